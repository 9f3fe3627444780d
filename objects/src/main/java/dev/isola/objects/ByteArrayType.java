package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code bytearray}: a mutable byte string whose bytes live in a separate buffer, so the object's
 * address never changes while it grows (CPython's {@code PyByteArrayObject}, without
 * {@code ob_start}: deleting from the front moves the bytes).
 *
 * <pre>
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  size        int64    bytes in use
 *   +24  buffer      int64    address of the buffer (s.allocBytes), 0 when allocated == 0
 *   +32  allocated   int64    buffer capacity in bytes
 *   (40 bytes; CPython 3.14's sys.getsizeof(bytearray()) is 56)
 *
 *   buffer ──► [ byte 0 | … | byte size-1 | 0 | (spare) … ]     allocated bytes
 * </pre>
 *
 * <p>Invariants: {@code buffer == 0 ⇔ allocated == 0}; when {@code buffer != 0},
 * {@code size < allocated} and {@code buffer[size] == 0} (a trailing NUL, as CPython keeps).
 * Not GC-tracked: it holds no references. Growth follows CPython's
 * {@code PyByteArray_Resize}: within 1/8 above the capacity it over-allocates by
 * {@code size/8 + (size < 9 ? 3 : 6)}, a larger jump or a shrink below half gets exactly
 * {@code size + 1}. Owned by one interpreter; no locking.
 */
public final class ByteArrayType {
    public static final int SIZE_OFFSET = 16;
    public static final int BUFFER_OFFSET = 24;
    public static final int ALLOCATED_OFFSET = 32;
    public static final int SIZE = 40;

    private ByteArrayType() {}

    static TypeSlots slots() {
        return ByteArrayOps.slots();
    }

    public static long size(long ba) {
        return Memory.getLong(ba + SIZE_OFFSET);
    }

    /** Address of the bytes (valid until the next resize; 0 when nothing was ever allocated). */
    public static long data(long ba) {
        return Memory.getLong(ba + BUFFER_OFFSET);
    }

    public static long allocated(long ba) {
        return Memory.getLong(ba + ALLOCATED_OFFSET);
    }

    /** True when {@code addr} is a bytearray or an instance of a subclass. */
    public static boolean check(ObjectState s, long addr) {
        return Objects.isInstance(addr, s.space().type(BuiltinType.BYTEARRAY));
    }

    /** A new empty bytearray of {@code type}. */
    public static long allocate(ObjectState s, long type) {
        long ba = s.allocObject(type, SIZE);
        Memory.putLong(ba + SIZE_OFFSET, 0);
        Memory.putLong(ba + BUFFER_OFFSET, 0);
        Memory.putLong(ba + ALLOCATED_OFFSET, 0);
        return ba;
    }

    /** A new bytearray holding a copy of {@code size} bytes at {@code data}. */
    public static long fromMemory(ObjectState s, long data, long size) {
        long ba = allocate(s, s.space().type(BuiltinType.BYTEARRAY));
        try {
            resize(s, ba, size);
        } catch (PyException e) {
            Objects.decref(s, ba);
            throw e;
        }
        if (size > 0) {
            Memory.copy(data, data(ba), size);
        }
        return ba;
    }

    public static long fromBytes(ObjectState s, byte[] bytes) {
        long ba = allocate(s, s.space().type(BuiltinType.BYTEARRAY));
        try {
            resize(s, ba, bytes.length);
        } catch (PyException e) {
            Objects.decref(s, ba);
            throw e;
        }
        if (bytes.length > 0) {
            Memory.segment(data(ba), bytes.length).copyFrom(java.lang.foreign.MemorySegment.ofArray(bytes));
        }
        return ba;
    }

    /** The contents as a Java array. */
    public static byte[] toArray(long ba) {
        long n = size(ba);
        return n == 0 ? new byte[0] : Memory.segment(data(ba), n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    /**
     * Sets the size to {@code newSize}, growing or shrinking the buffer as CPython does; bytes
     * past the old size are left for the caller to write. MemoryError when it cannot.
     */
    public static void resize(ObjectState s, long ba, long newSize) {
        if (newSize < 0 || newSize > StrType.MAX_SIZE) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        long alloc = allocated(ba);
        long buffer = data(ba);
        if (newSize == 0 && alloc == 0) {
            return;
        }
        if (newSize + 1 <= alloc) {
            if (newSize >= alloc / 2) {
                Memory.putLong(ba + SIZE_OFFSET, newSize);
                Memory.putByte(buffer + newSize, (byte) 0);
                return;
            }
            alloc = newSize + 1;
        } else if (newSize <= alloc + (alloc >> 3)) {
            alloc = newSize + (newSize >> 3) + (newSize < 9 ? 3 : 6);
        } else {
            alloc = newSize + 1;
        }
        buffer = buffer == 0 ? s.allocBytes(alloc) : s.reallocBytes(buffer, alloc);
        Memory.putLong(ba + BUFFER_OFFSET, buffer);
        Memory.putLong(ba + ALLOCATED_OFFSET, alloc);
        Memory.putLong(ba + SIZE_OFFSET, newSize);
        Memory.putByte(buffer + newSize, (byte) 0);
    }

    static void dealloc(ObjectState s, long ba) {
        long buffer = data(ba);
        if (buffer != 0) {
            s.freeBytes(buffer);
        }
        s.freeAny(ba);
    }

    /** Bytes the object occupies with its buffer ({@code sys.getsizeof}). */
    public static long sizeOf(long ba) {
        return SIZE + allocated(ba);
    }

    /** Throws IllegalStateException when an invariant of the layout does not hold (debug checks). */
    static void checkInvariants(long ba) {
        long size = size(ba);
        long alloc = allocated(ba);
        long buffer = data(ba);
        if ((buffer == 0) != (alloc == 0) || size < 0 || (buffer != 0 && size >= alloc)
                || (buffer != 0 && Memory.getByte(buffer + size) != 0) || (buffer == 0 && size != 0)) {
            throw new IllegalStateException("bytearray invariant broken: address=" + Memory.hex(ba) + " size=" + size
                    + " allocated=" + alloc + " buffer=" + Memory.hex(buffer));
        }
    }
}

package dev.isola.objects;

import dev.isola.immortal.ImmortalHeap;
import dev.isola.immortal.Refcount;
import dev.isola.memory.Memory;

/**
 * {@code bytes}: an immutable byte string.
 *
 * <pre>
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  size       int64
 *   +24  hash       int64   -1 until computed
 *   +32  data       size bytes, then a zero byte
 *   (33 + size bytes, as CPython)
 * </pre>
 */
public final class BytesType {
    public static final int SIZE_OFFSET = 16;
    public static final int HASH_OFFSET = 24;
    public static final int DATA_OFFSET = 32;

    private BytesType() {}

    static TypeSlots slots() {
        return BytesOps.slots();
    }

    /** True when {@code addr} is a bytes or an instance of a subclass. */
    public static boolean check(long addr) {
        return Objects.hasFlag(Objects.type(addr), TypeFlags.BYTES_SUBCLASS);
    }

    public static long size(long addr) {
        return Memory.getLong(addr + SIZE_OFFSET);
    }

    public static long data(long addr) {
        return addr + DATA_OFFSET;
    }

    public static long fromBytes(ObjectState s, byte[] bytes) {
        if (bytes.length == 0) {
            return s.space().emptyBytes();
        }
        long addr = allocate(s, bytes.length);
        Memory.segment(addr + DATA_OFFSET, bytes.length).copyFrom(java.lang.foreign.MemorySegment.ofArray(bytes));
        return addr;
    }

    /** A new reference to a bytes object holding a copy of {@code size} bytes at {@code data}. */
    public static long fromMemory(ObjectState s, long data, long size) {
        if (size == 0) {
            return s.space().emptyBytes();
        }
        long addr = allocate(s, size);
        Memory.copy(data, addr + DATA_OFFSET, size);
        return addr;
    }

    /**
     * A new bytes object of {@code size} bytes, contents to be written by the caller (never the
     * shared empty object). MemoryError when too large.
     */
    public static long allocate(ObjectState s, long size) {
        if (size < 0 || size > StrType.MAX_SIZE - DATA_OFFSET - 1) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        long addr = s.allocObject(s.space().type(BuiltinType.BYTES), DATA_OFFSET + size + 1);
        Memory.putLong(addr + SIZE_OFFSET, size);
        Memory.putLong(addr + HASH_OFFSET, -1);
        Memory.putByte(addr + DATA_OFFSET + size, (byte) 0);
        return addr;
    }

    public static byte[] toArray(long addr) {
        return Memory.segment(addr + DATA_OFFSET, size(addr)).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    public static long hash(long addr) {
        long h = Memory.getLong(addr + HASH_OFFSET);
        if (h == -1) {
            h = SipHash13.hashBytes(addr + DATA_OFFSET, size(addr));
            Memory.putLong(addr + HASH_OFFSET, h);
        }
        return h;
    }

    /** Bytes the object occupies ({@code sys.getsizeof}). */
    public static long sizeOf(long addr) {
        return DATA_OFFSET + size(addr) + 1;
    }

    static long immortal(ImmortalHeap heap, long type, byte[] bytes) {
        long addr = heap.allocate(DATA_OFFSET + bytes.length + 1);
        Refcount.makeImmortal(addr);
        Memory.putLong(addr + ObjectLayout.TYPE_OFFSET, type);
        Memory.putLong(addr + SIZE_OFFSET, bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            Memory.putByte(addr + DATA_OFFSET + i, bytes[i]);
        }
        Memory.putLong(addr + HASH_OFFSET, SipHash13.hashBytes(addr + DATA_OFFSET, bytes.length));
        return addr;
    }
}

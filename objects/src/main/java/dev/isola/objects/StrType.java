package dev.isola.objects;

import dev.isola.immortal.ImmortalHeap;
import dev.isola.immortal.Refcount;
import dev.isola.memory.Memory;
import java.nio.charset.StandardCharsets;

/**
 * {@code str}, compact as PEP 393: the code points are stored in the narrowest of three kinds —
 * 1 byte (latin-1), 2 bytes (UCS-2) or 4 bytes (UCS-4) per code point — right after the fixed
 * fields, followed by one zero code unit.
 *
 * <pre>
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  length     int64    code points
 *   +24  hash       int64    -1 until computed (always computed for immortal strings)
 *   +32  state      int32    bits 0-2 kind (1, 2, 4) · bit 3 ascii · bit 4 interned
 *   +36  (padding)
 *   +40  data       length × kind bytes, then a zero code unit
 * </pre>
 *
 * <p>Size: 40 + (length + 1) × kind — equal to CPython's for ASCII ({@code sys.getsizeof('')}
 * is 41), smaller for the other kinds (CPython's header is 56 bytes there).
 */
public final class StrType {
    public static final int LENGTH_OFFSET = 16;
    public static final int HASH_OFFSET = 24;
    public static final int STATE_OFFSET = 32;
    public static final int DATA_OFFSET = 40;

    static final int KIND_MASK = 7;
    static final int ASCII_BIT = 8;
    static final int INTERNED_BIT = 16;

    /** Largest object the str and bytes constructors attempt to allocate (their PY_SSIZE_T_MAX bound). */
    static final long MAX_SIZE = Long.MAX_VALUE / 2;

    private StrType() {}

    static TypeSlots slots() {
        return StrOps.slots();
    }

    public static long length(long addr) {
        return Memory.getLong(addr + LENGTH_OFFSET);
    }

    public static int kind(long addr) {
        return Memory.getInt(addr + STATE_OFFSET) & KIND_MASK;
    }

    public static boolean isAscii(long addr) {
        return (Memory.getInt(addr + STATE_OFFSET) & ASCII_BIT) != 0;
    }

    public static long data(long addr) {
        return addr + DATA_OFFSET;
    }

    /** The code point at {@code index} (0 ≤ index &lt; length). */
    public static int codePointAt(long addr, long index) {
        long data = addr + DATA_OFFSET;
        return switch (kind(addr)) {
            case 1 -> Memory.getByte(data + index) & 0xFF;
            case 2 -> Memory.getShort(data + 2 * index) & 0xFFFF;
            default -> Memory.getInt(data + 4 * index);
        };
    }

    /** True when {@code addr} is a str or an instance of a subclass. */
    public static boolean check(long addr) {
        return Objects.hasFlag(Objects.type(addr), TypeFlags.UNICODE_SUBCLASS);
    }

    /** A new reference to a str with {@code text}'s code points (shared objects for "" and one latin-1 char). */
    public static long fromJava(ObjectState s, String text) {
        if (text.isEmpty()) {
            return s.space().emptyStr();
        }
        if (text.length() == 1 && text.charAt(0) < 256) {
            return s.space().latin1Char(text.charAt(0));
        }
        int n = text.length();
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, text.charAt(i));
        }
        if (max >= 0xD800) { // surrogates: by code point
            return fromCodePoints(s, text.codePoints().toArray());
        }
        long addr = allocate(s, n, max);
        for (int i = 0; i < n; i++) {
            putCodePoint(addr, i, text.charAt(i));
        }
        return addr;
    }

    /** A new reference to a str of the given code points (each in 0…0x10FFFF). */
    public static long fromCodePoints(ObjectState s, int[] cps) {
        return fromCodePoints(s, cps, 0, cps.length);
    }

    private static void init(long addr, int[] cps, int kind, boolean ascii) {
        Memory.putLong(addr + LENGTH_OFFSET, cps.length);
        Memory.putLong(addr + HASH_OFFSET, -1);
        Memory.putInt(addr + STATE_OFFSET, kind | (ascii ? ASCII_BIT : 0));
        Memory.putInt(addr + STATE_OFFSET + 4, 0);
        long data = addr + DATA_OFFSET;
        for (int i = 0; i < cps.length; i++) {
            switch (kind) {
                case 1 -> Memory.putByte(data + i, (byte) cps[i]);
                case 2 -> Memory.putShort(data + 2L * i, (short) cps[i]);
                default -> Memory.putInt(data + 4L * i, cps[i]);
            }
        }
        switch (kind) {
            case 1 -> Memory.putByte(data + cps.length, (byte) 0);
            case 2 -> Memory.putShort(data + 2L * cps.length, (short) 0);
            default -> Memory.putInt(data + 4L * cps.length, 0);
        }
    }

    /**
     * A new, unshared str of {@code length} code points, each at most {@code maxChar}: the
     * caller writes every one with {@link #putCodePoint} before the str is used. The kind is
     * the narrowest that holds {@code maxChar}, so the caller must store at least one code
     * point that needs it (the representation is canonical). MemoryError when too large.
     */
    public static long allocate(ObjectState s, long length, int maxChar) {
        int kind = maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
        if (length < 0 || length > (MAX_SIZE - DATA_OFFSET) / kind - 1) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        long addr = s.allocObject(s.space().type(BuiltinType.STR), DATA_OFFSET + (length + 1) * kind);
        Memory.putLong(addr + LENGTH_OFFSET, length);
        Memory.putLong(addr + HASH_OFFSET, -1);
        Memory.putInt(addr + STATE_OFFSET, kind | (maxChar < 0x80 ? ASCII_BIT : 0));
        Memory.putInt(addr + STATE_OFFSET + 4, 0);
        putCodePoint(addr, length, 0);
        return addr;
    }

    /** Stores code point {@code cp} at {@code index} of a str being built by {@link #allocate}. */
    public static void putCodePoint(long addr, long index, int cp) {
        long data = addr + DATA_OFFSET;
        switch (kind(addr)) {
            case 1 -> Memory.putByte(data + index, (byte) cp);
            case 2 -> Memory.putShort(data + 2 * index, (short) cp);
            default -> Memory.putInt(data + 4 * index, cp);
        }
    }

    /** A new reference to a str of {@code cps[from:to]}. */
    public static long fromCodePoints(ObjectState s, int[] cps, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return s.space().emptyStr();
        }
        if (n == 1 && cps[from] < 256) {
            return s.space().latin1Char(cps[from]);
        }
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, cps[i]);
        }
        long addr = allocate(s, n, max);
        for (int i = 0; i < n; i++) {
            putCodePoint(addr, i, cps[from + i]);
        }
        return addr;
    }

    /** A new reference to {@code str[start:end]} (0 ≤ start ≤ end ≤ length); the str itself when whole. */
    public static long substring(ObjectState s, long addr, long start, long end) {
        long n = end - start;
        if (n == length(addr) && Objects.type(addr) == s.space().type(BuiltinType.STR)) {
            return Objects.newRef(addr);
        }
        if (n <= 0) {
            return s.space().emptyStr();
        }
        if (n == 1 && codePointAt(addr, start) < 256) {
            return s.space().latin1Char(codePointAt(addr, start));
        }
        int kind = kind(addr);
        int max = kind == 1 && isAscii(addr) ? 0x7f : maxChar(addr, start, end);
        long out = allocate(s, n, max);
        if (kind(out) == kind) {
            Memory.copy(addr + DATA_OFFSET + start * kind, out + DATA_OFFSET, n * kind);
        } else {
            for (long i = 0; i < n; i++) {
                putCodePoint(out, i, codePointAt(addr, start + i));
            }
        }
        return out;
    }

    /** The largest code point of {@code str[start:end]}, 0 when empty. */
    public static int maxChar(long addr, long start, long end) {
        int max = 0;
        for (long i = start; i < end; i++) {
            max = Math.max(max, codePointAt(addr, i));
        }
        return max;
    }

    /** An immortal, interned str in {@code heap} with its hash computed (bootstrap only). */
    static long immortal(ImmortalHeap heap, long type, String text) {
        int[] cps = text.codePoints().toArray();
        int max = 0;
        for (int cp : cps) {
            max = Math.max(max, cp);
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        long addr = heap.allocate(DATA_OFFSET + (cps.length + 1L) * kind);
        Refcount.makeImmortal(addr);
        Memory.putLong(addr + ObjectLayout.TYPE_OFFSET, type);
        init(addr, cps, kind, max < 0x80);
        Memory.putInt(addr + STATE_OFFSET, Memory.getInt(addr + STATE_OFFSET) | INTERNED_BIT);
        hash(addr);
        return addr;
    }

    /** Marks a str as interned: it lives as long as its interpreter (or forever, if immortal). */
    static void markInterned(long addr) {
        if (!Refcount.isImmortal(addr)) {
            Memory.putInt(addr + STATE_OFFSET, Memory.getInt(addr + STATE_OFFSET) | INTERNED_BIT);
        }
    }

    /** True when the str is interned (an identifier of the runtime or of its interpreter). */
    static boolean isInterned(long addr) {
        return (Memory.getInt(addr + STATE_OFFSET) & INTERNED_BIT) != 0;
    }

    /** The str's contents as a Java string. */
    public static String toJava(long addr) {
        long n = length(addr);
        long data = addr + DATA_OFFSET;
        int kind = kind(addr);
        if (kind == 1) {
            byte[] bytes = new byte[(int) n];
            Memory.segment(data, n).asByteBuffer().get(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder((int) n);
        for (long i = 0; i < n; i++) {
            out.appendCodePoint(codePointAt(addr, i));
        }
        return out.toString();
    }

    /** The code points as an array. */
    public static int[] codePoints(long addr) {
        int n = (int) length(addr);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = codePointAt(addr, i);
        }
        return out;
    }

    /** CPython's str hash (SipHash-1-3 over the data bytes, zero key), cached in the object. */
    public static long hash(long addr) {
        long h = Memory.getLong(addr + HASH_OFFSET);
        if (h != -1) {
            return h;
        }
        h = SipHash13.hashBytes(addr + DATA_OFFSET, length(addr) * kind(addr));
        Memory.putLong(addr + HASH_OFFSET, h);
        return h;
    }

    /** Equal contents (same kind is implied: the representation is canonical). */
    public static boolean equals(long a, long b) {
        if (a == b) {
            return true;
        }
        long n = length(a);
        if (n != length(b) || kind(a) != kind(b)) {
            return false;
        }
        long ha = Memory.getLong(a + HASH_OFFSET);
        long hb = Memory.getLong(b + HASH_OFFSET);
        if (ha != -1 && hb != -1 && ha != hb) {
            return false;
        }
        return Memory.segment(a + DATA_OFFSET, n * kind(a)).mismatch(Memory.segment(b + DATA_OFFSET, n * kind(a))) < 0;
    }

    /** True when the str at {@code addr} holds exactly the ASCII text {@code ascii}; allocates nothing. */
    public static boolean equalsAscii(long addr, String ascii) {
        int n = ascii.length();
        if (length(addr) != n || kind(addr) != 1) {
            return false;
        }
        long data = addr + DATA_OFFSET;
        for (int i = 0; i < n; i++) {
            if (Memory.getByte(data + i) != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Code-point order: negative, zero or positive. */
    public static int compare(long a, long b) {
        long na = length(a);
        long nb = length(b);
        long n = Math.min(na, nb);
        for (long i = 0; i < n; i++) {
            int ca = codePointAt(a, i);
            int cb = codePointAt(b, i);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
        }
        return Long.compare(na, nb);
    }

    /** Bytes the object occupies. */
    public static long sizeOf(long addr) {
        return DATA_OFFSET + (length(addr) + 1) * kind(addr);
    }
}

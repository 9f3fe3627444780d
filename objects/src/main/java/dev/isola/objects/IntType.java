package dev.isola.objects;

import dev.isola.immortal.ImmortalHeap;
import dev.isola.immortal.Refcount;
import dev.isola.memory.Memory;
import java.math.BigInteger;

/**
 * {@code int}: arbitrary precision with a one-word fast path.
 *
 * <pre>
 *   compact form (-2**62 &lt;= value &lt; 2**62), 24 bytes:
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  value      int64     the value itself; its top two bits are 00 or 11
 *
 *   big form, 24 + 4 × ndigits bytes:
 *   +16  tag        int64     0b10 in the top two bits, bit 32 = negative, low 32 bits = ndigits
 *   +24  digits     uint32[ndigits]   the magnitude, least significant digit first
 * </pre>
 *
 * <p>Invariants: a value is in the big form only if it does not fit the compact range
 * [-2**62, 2**62), so equal values have equal representations; a big form's top digit is not 0.
 * The small ints -5…256 are immortal ({@link ObjectSpace}). Sizes against CPython 3.14's
 * {@code sys.getsizeof}: 24 bytes for every compact value (CPython: 28 below 2**30, 32 below
 * 2**60, 36 below 2**90), and ⌈bits/32⌉ digits of 4 bytes for big values where CPython has
 * ⌈bits/30⌉.
 *
 * <p>The compact path of every operation ({@link IntOps}) is plain {@code long} arithmetic with
 * an overflow test and allocates no Java object; big values go through {@link BigInteger}.
 */
public final class IntType {
    public static final int VALUE_OFFSET = 16;
    public static final int DIGITS_OFFSET = 24;
    public static final int COMPACT_SIZE = 24;

    static final long BIG_MARK = 0x8000_0000_0000_0000L;
    static final long NEGATIVE_BIT = 1L << 32;
    static final long COMPACT_MIN = -(1L << 62);
    static final long COMPACT_MAX = (1L << 62) - 1;

    private IntType() {}

    static TypeSlots slots() {
        return IntOps.slots();
    }

    /** True when {@code v} is stored in the compact form. */
    public static boolean isCompactValue(long v) {
        return v >= COMPACT_MIN && v <= COMPACT_MAX;
    }

    /** The raw word at +16: the value itself when {@link #isCompactWord compact}, else the tag. */
    static long word(long addr) {
        return Memory.getLong(addr + VALUE_OFFSET);
    }

    /** True when the word read by {@link #word} is a compact value, not a big-form tag. */
    static boolean isCompactWord(long word) {
        return (word >>> 62) != 2;
    }

    /**
     * The value of an exact, compact int as a long, or {@link Long#MIN_VALUE} when {@code addr}
     * is not one (another type, a subclass or the big form): the interpreter's fast paths test
     * two operands with this and fall back to the slots.
     */
    public static long exactCompact(ObjectState s, long addr) {
        if (Memory.getLong(addr + ObjectLayout.TYPE_OFFSET) != s.space().intType()) {
            return Long.MIN_VALUE;
        }
        long w = word(addr);
        return isCompactWord(w) ? w : Long.MIN_VALUE;
    }

    /** True when the int object at {@code addr} is in the compact form. */
    public static boolean isCompact(long addr) {
        return isCompactWord(word(addr));
    }

    /** True when the int's value fits a Java long. */
    public static boolean fitsLong(long addr) {
        if (isCompact(addr)) {
            return true;
        }
        return toBig(addr).bitLength() <= 63;
    }

    /** The value of a compact int, or of any int that {@link #fitsLong fits a long}. */
    public static long longValue(long addr) {
        long v = word(addr);
        if (isCompactWord(v)) {
            return v;
        }
        return toBig(addr).longValueExact();
    }

    /** -1, 0 or 1. */
    public static int signum(long addr) {
        long v = word(addr);
        if (isCompactWord(v)) {
            return Long.signum(v);
        }
        return (v & NEGATIVE_BIT) != 0 ? -1 : 1;
    }

    /** The value as a BigInteger, for either form. */
    public static BigInteger toBig(long addr) {
        long v = word(addr);
        if (isCompactWord(v)) {
            return BigInteger.valueOf(v);
        }
        int n = (int) v;
        byte[] magnitude = new byte[n * 4];
        for (int i = 0; i < n; i++) {
            int digit = Memory.getInt(addr + DIGITS_OFFSET + 4L * i);
            int at = magnitude.length - 4 * (i + 1);
            magnitude[at] = (byte) (digit >>> 24);
            magnitude[at + 1] = (byte) (digit >>> 16);
            magnitude[at + 2] = (byte) (digit >>> 8);
            magnitude[at + 3] = (byte) digit;
        }
        return new BigInteger((v & NEGATIVE_BIT) != 0 ? -1 : 1, magnitude);
    }

    /** A new reference to an int of value {@code v}. */
    public static long fromLong(ObjectState s, long v) {
        if (v >= ObjectSpace.SMALL_INT_MIN && v <= ObjectSpace.SMALL_INT_MAX) {
            return s.space().smallInt(v);
        }
        if (isCompactValue(v)) {
            long addr = s.allocObject(s.space().intType(), COMPACT_SIZE);
            Memory.putLong(addr + VALUE_OFFSET, v);
            return addr;
        }
        return fromBig(s, s.space().type(BuiltinType.INT), BigInteger.valueOf(v));
    }

    /** A new reference to an int of value {@code v} (a shared small int where one exists). */
    public static long fromBig(ObjectState s, BigInteger v) {
        if (v.bitLength() < 63 && isCompactValue(v.longValue())) {
            return fromLong(s, v.longValue());
        }
        return fromBig(s, s.space().type(BuiltinType.INT), v);
    }

    /** An instance of {@code type} (int or a subclass) with value {@code v}, never a shared small int. */
    public static long fromBig(ObjectState s, long type, BigInteger v) {
        if (v.bitLength() < 63 && isCompactValue(v.longValue())) {
            long addr = s.allocObject(type, COMPACT_SIZE);
            Memory.putLong(addr + VALUE_OFFSET, v.longValue());
            return addr;
        }
        int ndigits = (v.abs().bitLength() + 31) / 32;
        long addr = s.allocObject(type, DIGITS_OFFSET + 4L * ndigits);
        writeBig(addr, v, ndigits);
        if (Objects.DEBUG) {
            checkInvariants(addr);
        }
        return addr;
    }

    private static void writeBig(long addr, BigInteger v, int ndigits) {
        byte[] magnitude = v.abs().toByteArray(); // big-endian, perhaps with a leading zero byte
        Memory.putLong(addr + VALUE_OFFSET, BIG_MARK | (v.signum() < 0 ? NEGATIVE_BIT : 0) | ndigits);
        int end = magnitude.length;
        for (int i = 0; i < ndigits; i++) {
            int digit = 0;
            for (int k = 0; k < 4; k++) {
                int at = end - 4 * i - 1 - k;
                if (at >= 0) {
                    digit |= (magnitude[at] & 0xFF) << (8 * k);
                }
            }
            Memory.putInt(addr + DIGITS_OFFSET + 4L * i, digit);
        }
    }

    // ---------------------------------------------------------------- 128-bit fast path

    /**
     * Reads an int of at most 3 digits (96 bits of magnitude) as a signed 128-bit value into
     * {@code out[0]} (high) and {@code out[1]} (low); false for a larger one. Sums and
     * differences of two such values fit 128 bits, so + and - of mid-sized ints need no
     * {@link BigInteger}.
     */
    static boolean to128(long addr, long[] out) {
        long v = word(addr);
        if (isCompactWord(v)) {
            out[0] = v >> 63;
            out[1] = v;
            return true;
        }
        int n = (int) v;
        if (n > 3) {
            return false;
        }
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < n; i++) {
            long digit = Memory.getInt(addr + DIGITS_OFFSET + 4L * i) & 0xFFFF_FFFFL;
            if (i < 2) {
                lo |= digit << (32 * i);
            } else {
                hi = digit;
            }
        }
        if ((v & NEGATIVE_BIT) != 0) {
            lo = -lo;
            hi = ~hi + (lo == 0 ? 1 : 0);
        }
        out[0] = hi;
        out[1] = lo;
        return true;
    }

    /** A new reference to the int whose signed 128-bit value is {@code hi:lo}. */
    static long from128(ObjectState s, long hi, long lo) {
        if (hi == (lo >> 63) && isCompactValue(lo)) {
            return fromLong(s, lo);
        }
        boolean negative = hi < 0;
        if (negative) {
            lo = -lo;
            hi = ~hi + (lo == 0 ? 1 : 0);
        }
        int ndigits = hi != 0 ? ((hi >>> 32) != 0 ? 4 : 3) : ((lo >>> 32) != 0 ? 2 : 1);
        long addr = s.allocObject(s.space().intType(), DIGITS_OFFSET + 4L * ndigits);
        Memory.putLong(addr + VALUE_OFFSET, BIG_MARK | (negative ? NEGATIVE_BIT : 0) | ndigits);
        for (int i = 0; i < ndigits; i++) {
            long word = i < 2 ? lo : hi;
            Memory.putInt(addr + DIGITS_OFFSET + 4L * i, (int) (word >>> (32 * (i & 1))));
        }
        if (Objects.DEBUG) {
            checkInvariants(addr);
        }
        return addr;
    }

    /** An immortal compact int in {@code heap} (bootstrap only). */
    static long immortal(ImmortalHeap heap, long type, long v) {
        long addr = heap.allocate(COMPACT_SIZE);
        Refcount.makeImmortal(addr);
        Memory.putLong(addr + ObjectLayout.TYPE_OFFSET, type);
        Memory.putLong(addr + VALUE_OFFSET, v);
        return addr;
    }

    /** Bytes this int occupies ({@code sys.getsizeof} without the GC prefix; ints have none). */
    public static long sizeOf(long addr) {
        long v = word(addr);
        return isCompactWord(v) ? COMPACT_SIZE : DIGITS_OFFSET + 4L * (int) v;
    }

    /** True when {@code addr} is an int (or bool, or a subclass). */
    public static boolean check(long addr) {
        return Objects.hasFlag(Objects.type(addr), TypeFlags.LONG_SUBCLASS);
    }

    /** Checks the invariants of the int at {@code addr}; run on every big int made in debug mode. */
    static void checkInvariants(long addr) {
        long v = word(addr);
        if (isCompactWord(v)) {
            return;
        }
        int n = (int) v;
        if (n <= 0 || Memory.getInt(addr + DIGITS_OFFSET + 4L * (n - 1)) == 0) {
            throw new IllegalStateException("big int with a zero top digit: ndigits=" + n);
        }
        if (isCompactValue(toBig(addr).longValue()) && toBig(addr).bitLength() < 63) {
            throw new IllegalStateException("big int whose value fits the compact form: " + toBig(addr));
        }
    }
}

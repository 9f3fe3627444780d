package dev.isola.objects;

import dev.isola.immortal.ImmortalHeap;
import dev.isola.immortal.Refcount;
import dev.isola.memory.Memory;
import java.math.BigInteger;

/**
 * {@code int}: arbitrary precision with a one-word fast path.
 *
 * <pre>
 *   compact form (|value| &lt; 2**62), 24 bytes:
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  value      int64     the value itself; its top two bits are 00 or 11
 *
 *   big form, 24 + 4 × ndigits bytes:
 *   +16  tag        int64     0b10 in the top two bits, bit 32 = negative, low 32 bits = ndigits
 *   +24  digits     uint32[ndigits]   the magnitude, least significant digit first
 * </pre>
 *
 * <p>Invariant: a value is in the big form only if it does not fit the compact range, so equal
 * values have equal representations. The small ints -5…256 are immortal ({@link ObjectSpace}).
 * The compact form is smaller than CPython's 28 bytes for {@code 0 < x < 2**30}.
 *
 * <p>Arithmetic on big values goes through {@link BigInteger}; the compact path never allocates
 * Java objects.
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

    /** True when the int object at {@code addr} is in the compact form. */
    public static boolean isCompact(long addr) {
        return (Memory.getLong(addr + VALUE_OFFSET) >>> 62) != 2;
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
        long v = Memory.getLong(addr + VALUE_OFFSET);
        if ((v >>> 62) != 2) {
            return v;
        }
        return toBig(addr).longValueExact();
    }

    /** The value as a BigInteger, for either form. */
    public static BigInteger toBig(long addr) {
        long v = Memory.getLong(addr + VALUE_OFFSET);
        if ((v >>> 62) != 2) {
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
            long addr = s.allocObject(s.space().type(BuiltinType.INT), COMPACT_SIZE);
            Memory.putLong(addr + VALUE_OFFSET, v);
            return addr;
        }
        return fromBig(s, s.space().type(BuiltinType.INT), BigInteger.valueOf(v));
    }

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
        int[] digits = digitsOf(v.abs());
        long addr = s.allocObject(type, DIGITS_OFFSET + 4L * digits.length);
        writeBig(addr, v.signum() < 0, digits);
        return addr;
    }

    private static int[] digitsOf(BigInteger magnitude) {
        int n = (magnitude.bitLength() + 31) / 32;
        int[] digits = new int[n];
        for (int i = 0; i < n; i++) {
            digits[i] = magnitude.shiftRight(32 * i).intValue();
        }
        return digits;
    }

    private static void writeBig(long addr, boolean negative, int[] digits) {
        Memory.putLong(addr + VALUE_OFFSET, BIG_MARK | (negative ? NEGATIVE_BIT : 0) | digits.length);
        for (int i = 0; i < digits.length; i++) {
            Memory.putInt(addr + DIGITS_OFFSET + 4L * i, digits[i]);
        }
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
        long v = Memory.getLong(addr + VALUE_OFFSET);
        return (v >>> 62) != 2 ? COMPACT_SIZE : DIGITS_OFFSET + 4L * (int) v;
    }

    /** True when {@code addr} is an int (or bool, or a subclass). */
    public static boolean check(long addr) {
        return Objects.hasFlag(Objects.type(addr), TypeFlags.LONG_SUBCLASS);
    }
}

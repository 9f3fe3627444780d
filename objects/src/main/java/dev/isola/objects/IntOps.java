package dev.isola.objects;

import java.math.BigInteger;

/**
 * The behaviour of {@code int} ({@link IntType} holds the layout): hash, comparison, truth,
 * conversion to float, and the number slots other than division and power
 * ({@link IntDivision}). Text conversions are in {@link IntText}, methods and attributes in
 * {@link IntMethods}.
 *
 * <p>Every binary slot reads the two value words; when both are compact the result is computed
 * in {@code long} arithmetic (operands are below 2**62 in magnitude, so {@code +} and {@code -}
 * cannot overflow, and {@code *} is checked with {@link Math#multiplyHigh}) and boxed by
 * {@link IntType#fromLong}, which hands out the immortal small ints. Otherwise the operation
 * runs on {@link BigInteger}s and {@link IntType#fromBig} shrinks the result back to the
 * compact form when it fits.
 */
public final class IntOps {
    /** CPython's {@code _PyHASH_MODULUS}: 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    /** CPython's default {@code sys.get_int_max_str_digits()} (see {@link IntText}). */
    static final int MAX_STR_DIGITS = IntText.MAX_STR_DIGITS;

    /** The largest int we build, in bits: beyond it CPython would exhaust memory; we say so sooner. */
    static final long MAX_BITS = Integer.MAX_VALUE - 64;

    private IntOps() {}

    static TypeSlots slots() {
        TypeSlots.Builder t = TypeSlots.builder()
                .repr(IntText::repr)
                .hash((s, a) -> hash(a))
                .richCompare(IntOps::richCompare)
                .bool((s, a) -> IntType.signum(a) != 0)
                .getAttr(IntMethods::getAttr)
                .newInstance(IntMethods::newInstance)
                .negative(IntOps::negative)
                .positive(IntOps::intExact)
                .absolute(IntOps::absolute)
                .invert(IntOps::invert)
                .index(IntOps::intExact)
                .toInt(IntOps::intExact)
                .toFloat((s, a) -> FloatType.fromDouble(s, toDouble(s, a)))
                .power(IntDivision::power)
                .number(NumberOp.ADD, IntOps::add)
                .number(NumberOp.SUBTRACT, IntOps::subtract)
                .number(NumberOp.MULTIPLY, IntOps::multiply)
                .number(NumberOp.FLOOR_DIVIDE, IntDivision::floorDivide)
                .number(NumberOp.REMAINDER, IntDivision::remainder)
                .number(NumberOp.DIVMOD, IntDivision::divmod)
                .number(NumberOp.TRUE_DIVIDE, IntDivision::trueDivide)
                .number(NumberOp.POWER, (s, a, b) -> IntDivision.power(s, a, b, s.space().none()))
                .number(NumberOp.LSHIFT, IntOps::leftShift)
                .number(NumberOp.RSHIFT, IntOps::rightShift)
                .number(NumberOp.AND, (s, a, b) -> bitwise(s, a, b, NumberOp.AND))
                .number(NumberOp.OR, (s, a, b) -> bitwise(s, a, b, NumberOp.OR))
                .number(NumberOp.XOR, (s, a, b) -> bitwise(s, a, b, NumberOp.XOR))
                .dealloc((s, a) -> s.freeObject(a));
        IntMethods.addMethods(t);
        return t.build();
    }

    /** {@code a} as an exact int (a new reference; a copy for subclasses, as {@code int(x)}). */
    static long intExact(ObjectState s, long a) {
        if (Objects.type(a) == s.space().type(BuiltinType.INT)) {
            return Objects.newRef(a);
        }
        long w = IntType.word(a);
        return IntType.isCompactWord(w) ? IntType.fromLong(s, w) : IntType.fromBig(s, IntType.toBig(a));
    }

    // ---------------------------------------------------------------- text (the hex()/oct()/bin() helpers)

    /**
     * {@code a} in {@code base} as Python writes it: {@code 0b…}, {@code 0o…}, {@code 0x…} with
     * the sign first ({@code -0xff}); base 10 is {@code repr}. A new str reference.
     */
    public static long toBase(ObjectState s, long a, int base) {
        return IntText.toBase(s, a, base);
    }

    // ---------------------------------------------------------------- hash, compare

    /** CPython's int hash: the value modulo 2**61 - 1, sign kept, -1 mapped to -2. */
    static long hash(long a) {
        long w = IntType.word(a);
        if (IntType.isCompactWord(w)) {
            return hashLong(w);
        }
        BigInteger v = IntType.toBig(a);
        long h = v.abs().mod(BIG_HASH_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static long hashLong(long v) {
        long h = v == Long.MIN_VALUE ? (1L << 63) % HASH_MODULUS : Math.abs(v) % HASH_MODULUS;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** Three-way comparison of two ints. */
    static int compare(long a, long b) {
        long x = IntType.word(a);
        long y = IntType.word(b);
        boolean cx = IntType.isCompactWord(x);
        boolean cy = IntType.isCompactWord(y);
        if (cx && cy) {
            return Long.compare(x, y);
        }
        if (cx || cy) {
            // A big value is beyond every compact one: its sign decides.
            return cx ? -IntType.signum(b) : IntType.signum(a);
        }
        return IntType.toBig(a).compareTo(IntType.toBig(b));
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!IntType.check(b)) {
            // int versus float is decided by float's (reflected) comparison, as in CPython.
            return s.space().notImplemented();
        }
        return s.space().bool(op.test(compare(a, b)));
    }

    // ---------------------------------------------------------------- conversion to float

    /** The nearest double (ties to even); OverflowError when it is beyond the float range. */
    static double toDouble(ObjectState s, long a) {
        long w = IntType.word(a);
        if (IntType.isCompactWord(w)) {
            return (double) w;
        }
        double d = IntType.toBig(a).doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError(s, "int too large to convert to float");
        }
        return d;
    }

    // ---------------------------------------------------------------- + - *

    static long add(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long x = IntType.word(a);
        long y = IntType.word(b);
        if (IntType.isCompactWord(x) && IntType.isCompactWord(y)) {
            return IntType.fromLong(s, x + y);
        }
        long[] p = new long[2];
        long[] q = new long[2];
        if (IntType.to128(a, p) && IntType.to128(b, q)) {
            long lo = p[1] + q[1];
            long carry = Long.compareUnsigned(lo, p[1]) < 0 ? 1 : 0;
            return IntType.from128(s, p[0] + q[0] + carry, lo);
        }
        return IntType.fromBig(s, IntType.toBig(a).add(IntType.toBig(b)));
    }

    static long subtract(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long x = IntType.word(a);
        long y = IntType.word(b);
        if (IntType.isCompactWord(x) && IntType.isCompactWord(y)) {
            return IntType.fromLong(s, x - y);
        }
        long[] p = new long[2];
        long[] q = new long[2];
        if (IntType.to128(a, p) && IntType.to128(b, q)) {
            long lo = p[1] - q[1];
            long borrow = Long.compareUnsigned(p[1], q[1]) < 0 ? 1 : 0;
            return IntType.from128(s, p[0] - q[0] - borrow, lo);
        }
        return IntType.fromBig(s, IntType.toBig(a).subtract(IntType.toBig(b)));
    }

    static long multiply(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long x = IntType.word(a);
        long y = IntType.word(b);
        if (IntType.isCompactWord(x) && IntType.isCompactWord(y)) {
            // Two compact values (below 2**62): the product fits 124 bits.
            return IntType.from128(s, Math.multiplyHigh(x, y), x * y);
        }
        return IntType.fromBig(s, IntType.toBig(a).multiply(IntType.toBig(b)));
    }

    // ---------------------------------------------------------------- unary

    static long negative(ObjectState s, long a) {
        long x = IntType.word(a);
        if (IntType.isCompactWord(x)) {
            return IntType.fromLong(s, -x);
        }
        return IntType.fromBig(s, IntType.toBig(a).negate());
    }

    static long absolute(ObjectState s, long a) {
        long x = IntType.word(a);
        if (IntType.isCompactWord(x)) {
            return IntType.fromLong(s, Math.abs(x));
        }
        return IntType.signum(a) < 0 ? IntType.fromBig(s, IntType.toBig(a).negate()) : intExact(s, a);
    }

    static long invert(ObjectState s, long a) {
        long x = IntType.word(a);
        if (IntType.isCompactWord(x)) {
            return IntType.fromLong(s, ~x);
        }
        return IntType.fromBig(s, IntType.toBig(a).not());
    }

    // ---------------------------------------------------------------- & | ^ (two's complement of infinite width)

    static long bitwise(ObjectState s, long a, long b, NumberOp op) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long x = IntType.word(a);
        long y = IntType.word(b);
        if (IntType.isCompactWord(x) && IntType.isCompactWord(y)) {
            return IntType.fromLong(s, switch (op) {
                case AND -> x & y;
                case OR -> x | y;
                default -> x ^ y;
            });
        }
        BigInteger p = IntType.toBig(a);
        BigInteger q = IntType.toBig(b);
        return IntType.fromBig(s, switch (op) {
            case AND -> p.and(q);
            case OR -> p.or(q);
            default -> p.xor(q);
        });
    }

    // ---------------------------------------------------------------- << >>

    static long leftShift(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long count = shiftCount(s, b);
        long x = IntType.word(a);
        if (IntType.isCompactWord(x)) {
            if (x == 0) {
                return IntType.fromLong(s, 0);
            }
            if (count < 63) {
                long r = x << count;
                if (r >> count == x) {
                    return IntType.fromLong(s, r);
                }
            }
        }
        if (count == Long.MAX_VALUE) {
            // The count does not fit 63 bits: CPython's _PyLong_New refuses the size.
            throw Errors.overflowError(s, "too many digits in integer");
        }
        BigInteger v = IntType.toBig(a);
        if (v.signum() == 0) {
            return IntType.fromLong(s, 0);
        }
        if (count + v.bitLength() > MAX_BITS) {
            throw memoryError(s);
        }
        return IntType.fromBig(s, v.shiftLeft((int) count));
    }

    static long rightShift(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long count = shiftCount(s, b);
        long x = IntType.word(a);
        if (IntType.isCompactWord(x)) {
            return IntType.fromLong(s, x >> Math.min(count, 63));
        }
        BigInteger v = IntType.toBig(a);
        if (count >= v.bitLength()) {
            return IntType.fromLong(s, v.signum() < 0 ? -1 : 0);
        }
        return IntType.fromBig(s, v.shiftRight((int) count)); // BigInteger's shift rounds toward -inf, as Python's
    }

    /** The shift count: ValueError when negative; {@code Long.MAX_VALUE} when it does not fit a long. */
    private static long shiftCount(ObjectState s, long b) {
        int sign = IntType.signum(b);
        if (sign < 0) {
            throw Errors.valueError(s, "negative shift count");
        }
        return IntType.fitsLong(b) ? IntType.longValue(b) : Long.MAX_VALUE;
    }

    /** {@code MemoryError()}: an int too large to build. */
    static PyException memoryError(ObjectState s) {
        return Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
    }
}

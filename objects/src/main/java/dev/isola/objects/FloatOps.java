package dev.isola.objects;

import dev.isola.natives.Libm;
import java.math.BigInteger;

/**
 * The behaviour of {@code float} ({@link FloatType} holds the layout): arithmetic with float
 * and int operands, comparisons, hash and truth, following CPython's {@code floatobject.c}.
 *
 * <p>An int operand is converted to the nearest double, or OverflowError when it is beyond the
 * float range, except in comparisons, which are exact for ints of any size (CPython's
 * {@code float_richcompare}): {@code 2**53 + 1 > 2.0**53} is true.
 *
 * <p>{@code //}, {@code %} and {@code divmod} follow CPython's {@code float_divmod}: the
 * remainder is computed by {@code fmod} (Java's {@code %} on doubles, exact) and takes the
 * divisor's sign; the quotient is {@code (a - mod) / b} floored and nudged to the nearest
 * integer, so {@code divmod(a, b)[0] * b + divmod(a, b)[1]} is close to {@code a}.
 *
 * <p>{@code **} decides the special values as CPython's {@code float_pow} does and leaves the
 * rest to the C library's {@code pow} ({@link Libm}), as CPython does, so the result is the same
 * bits ({@code Math.pow} differs in the last place for about one argument in a thousand).
 */
final class FloatOps {
    private FloatOps() {}

    static TypeSlots slots() {
        TypeSlots.Builder t = TypeSlots.builder()
                .repr((s, a) -> StrType.fromJava(s, FloatText.repr(FloatType.value(a))))
                .hash(FloatOps::hash)
                .richCompare(FloatOps::richCompare)
                .bool((s, a) -> FloatType.value(a) != 0.0)
                .getAttr(FloatMethods::getAttr)
                .newInstance(FloatMethods::newInstance)
                .negative((s, a) -> FloatType.fromDouble(s, -FloatType.value(a)))
                .positive(FloatOps::floatExact)
                .absolute((s, a) -> FloatType.fromDouble(s, Math.abs(FloatType.value(a))))
                .toInt((s, a) -> toInt(s, FloatType.value(a)))
                .toFloat(FloatOps::floatExact)
                .power(FloatOps::power)
                .number(NumberOp.POWER, (s, a, b) -> power(s, a, b, s.space().none()))
                .dealloc((s, a) -> s.freeObject(a));
        for (NumberOp op : new NumberOp[] {NumberOp.ADD, NumberOp.SUBTRACT, NumberOp.MULTIPLY, NumberOp.TRUE_DIVIDE,
                NumberOp.FLOOR_DIVIDE, NumberOp.REMAINDER, NumberOp.DIVMOD}) {
            t.number(op, (s, x, y) -> binary(s, x, y, op));
        }
        FloatMethods.addMethods(t);
        return t.build();
    }

    /** {@code a} as an exact float: itself, or a copy of a subclass instance's value. */
    static long floatExact(ObjectState s, long a) {
        if (Objects.type(a) == s.space().type(BuiltinType.FLOAT)) {
            return Objects.newRef(a);
        }
        return FloatType.fromDouble(s, FloatType.value(a));
    }

    /** True when {@code x} is a float or an int (the operands float arithmetic accepts). */
    private static boolean isOperand(ObjectState s, long x) {
        return IntType.check(x) || FloatType.check(s, x);
    }

    /** A float operand's value, an int's nearest double (OverflowError beyond the float range). */
    static double operand(ObjectState s, long x) {
        return IntType.check(x) ? IntOps.toDouble(s, x) : FloatType.value(x);
    }

    // ---------------------------------------------------------------- arithmetic

    static long binary(ObjectState s, long a, long b, NumberOp op) {
        if (!isOperand(s, a) || !isOperand(s, b)) {
            return s.space().notImplemented();
        }
        double x = operand(s, a);
        double y = operand(s, b);
        return switch (op) {
            case ADD -> FloatType.fromDouble(s, x + y);
            case SUBTRACT -> FloatType.fromDouble(s, x - y);
            case MULTIPLY -> FloatType.fromDouble(s, x * y);
            case TRUE_DIVIDE -> {
                if (y == 0.0) {
                    throw Errors.zeroDivision(s, "float division by zero");
                }
                yield FloatType.fromDouble(s, x / y);
            }
            case REMAINDER -> {
                if (y == 0.0) {
                    throw Errors.zeroDivision(s, "float modulo");
                }
                yield FloatType.fromDouble(s, remainder(x, y));
            }
            case FLOOR_DIVIDE -> {
                if (y == 0.0) {
                    throw Errors.zeroDivision(s, "float floor division by zero");
                }
                yield FloatType.fromDouble(s, floorDivide(x, y));
            }
            case DIVMOD -> {
                if (y == 0.0) {
                    throw Errors.zeroDivision(s, "float divmod()");
                }
                long q = FloatType.fromDouble(s, floorDivide(x, y));
                long r;
                try {
                    r = FloatType.fromDouble(s, remainder(x, y));
                } catch (PyException e) {
                    Objects.decref(s, q);
                    throw e;
                }
                yield IntDivision.pair(s, q, r);
            }
            default -> s.space().notImplemented();
        };
    }

    /** CPython's {@code float_rem}: fmod, moved to the divisor's sign; a zero takes the divisor's sign. */
    static double remainder(double x, double y) {
        double mod = x % y;
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** The quotient of CPython's {@code float_divmod}. */
    static double floorDivide(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0.0 && (y < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div != 0.0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, x / y);
    }

    /** {@code a ** b} for float or int operands (also int ** negative int); CPython's {@code float_pow}. */
    static long power(ObjectState s, long a, long b, long c) {
        if (!isOperand(s, a) || !isOperand(s, b)) {
            return s.space().notImplemented();
        }
        if (c != s.space().none()) {
            throw Errors.typeError(s, "pow() 3rd argument not allowed unless all arguments are integers");
        }
        return FloatType.fromDouble(s, power(s, operand(s, a), operand(s, b)));
    }

    static double power(ObjectState s, double v, double w) {
        if (w == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(v)) {
            return v;
        }
        if (Double.isNaN(w)) {
            return v == 1.0 ? 1.0 : w;
        }
        if (Double.isInfinite(w)) {
            double av = Math.abs(v);
            if (av == 1.0) {
                return 1.0;
            }
            return (w > 0.0) == (av > 1.0) ? Math.abs(w) : 0.0;
        }
        boolean wOdd = isOddInteger(w);
        if (Double.isInfinite(v)) {
            if (w > 0.0) {
                return wOdd ? v : Math.abs(v);
            }
            return wOdd ? Math.copySign(0.0, v) : 0.0;
        }
        if (v == 0.0) {
            if (w < 0.0) {
                throw Errors.zeroDivision(s, "0.0 cannot be raised to a negative power");
            }
            return wOdd ? v : 0.0;
        }
        boolean negate = false;
        if (v < 0.0) {
            if (w != Math.floor(w)) {
                // CPython returns a complex number here; Isola has no complex type yet.
                throw Errors.valueError(s, "negative number cannot be raised to a fractional power");
            }
            v = -v;
            negate = wOdd;
        }
        if (v == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Libm.pow(v, w);
        if (Double.isInfinite(r)) {
            // C's pow sets errno = ERANGE; CPython raises OverflowError(34, 'Numerical result out of range').
            throw rangeError(s);
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 0x1p53 && w == Math.rint(w) && ((long) w & 1) != 0;
    }

    private static PyException rangeError(ObjectState s) {
        long code = IntType.fromLong(s, 34);
        long text = StrType.fromJava(s, "Numerical result out of range");
        long args = IntDivision.pair(s, code, text);
        try {
            return Errors.raiseWithArgs(s, s.space().type(BuiltinType.OVERFLOW_ERROR), args);
        } finally {
            Objects.decref(s, args);
        }
    }

    // ---------------------------------------------------------------- comparison

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        double x = FloatType.value(a);
        int cmp;
        if (FloatType.check(s, b)) {
            double y = FloatType.value(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return s.space().bool(op == CompareOp.NE);
            }
            cmp = x < y ? -1 : x > y ? 1 : 0;
        } else if (IntType.check(b)) {
            if (Double.isNaN(x)) {
                return s.space().bool(op == CompareOp.NE);
            }
            cmp = compareWithInt(x, b);
        } else {
            return s.space().notImplemented();
        }
        return s.space().bool(op.test(cmp));
    }

    /** Exact three-way comparison of a non-NaN double with an int of any size. */
    static int compareWithInt(double d, long i) {
        long w = IntType.word(i);
        if (IntType.isCompactWord(w) && Math.abs(w) <= (1L << 53)) {
            double v = w; // exact
            return d < v ? -1 : d > v ? 1 : 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        double floor = Math.floor(d);
        int c;
        if (IntType.isCompactWord(w)) {
            if (Math.abs(floor) >= 0x1p63) {
                return floor > 0 ? 1 : -1;
            }
            c = Long.compare((long) floor, w);
        } else {
            c = integralToBig(floor).compareTo(IntType.toBig(i));
        }
        if (c != 0) {
            return c;
        }
        return d > floor ? 1 : 0;
    }

    /** The exact value of an integral double. */
    static BigInteger integralToBig(double d) {
        if (Math.abs(d) < 0x1p63) {
            return BigInteger.valueOf((long) d);
        }
        long bits = Double.doubleToRawLongBits(d);
        int exponent = Math.getExponent(d);
        long mantissa = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
        BigInteger v = BigInteger.valueOf(mantissa).shiftLeft(exponent - 52);
        return d < 0 ? v.negate() : v;
    }

    /** {@code int(d)}: truncation toward zero; ValueError for NaN, OverflowError for infinities. */
    static long toInt(ObjectState s, double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError(s, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError(s, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 0x1p62) {
            return IntType.fromLong(s, (long) d);
        }
        return IntType.fromBig(s, integralToBig(d)); // |d| ≥ 2**62 is integral
    }

    // ---------------------------------------------------------------- hash

    /**
     * CPython's {@code _Py_HashDouble}: the value reduced modulo 2**61 - 1 by its binary digits
     * (so equal ints and floats hash alike); ±inf → ±314159; NaN → the object's address.
     */
    static long hash(ObjectState s, long a) {
        double v = FloatType.value(a);
        if (Double.isNaN(v)) {
            return ObjectType.pointerHash(a);
        }
        return hashDouble(v);
    }

    static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == 0.0) {
            return 0;
        }
        // frexp: v = m × 2**e with 0.5 ≤ |m| < 1.
        int e = Math.getExponent(v) + 1;
        double m = Math.abs(v);
        if (e < Double.MIN_EXPONENT + 1) {
            // Subnormal: normalise through a scaling that is exact.
            m *= 0x1p54;
            e = Math.getExponent(m) + 1 - 54;
            m = Math.scalb(m, -(Math.getExponent(m) + 1));
        } else {
            m = Math.scalb(m, -e);
        }
        long sign = v < 0 ? -1 : 1;
        final long modulus = IntOps.HASH_MODULUS;
        final int bits = 61;
        long x = 0;
        while (m != 0.0) {
            x = ((x << 28) & modulus) | x >>> (bits - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) {
                x -= modulus;
            }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & modulus) | x >>> (bits - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}

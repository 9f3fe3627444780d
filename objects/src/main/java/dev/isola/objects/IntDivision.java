package dev.isola.objects;

import java.math.BigInteger;

/**
 * {@code int} division and power: {@code // % divmod / ** pow(a, b, m)}.
 *
 * <p>Floor division rounds toward minus infinity and the remainder takes the divisor's sign,
 * so {@code a == (a // b) * b + a % b} for every sign combination. Compact operands use
 * {@link Math#floorDiv}/{@link Math#floorMod} (no overflow: both are below 2**62 in magnitude);
 * big ones correct {@link BigInteger#divideAndRemainder}'s truncation.
 *
 * <p>True division is correctly rounded for any operand size, as CPython's
 * {@code long_true_divide}: directly in doubles when both operands are exact doubles (below
 * 2**53), otherwise by {@link #ratioToDouble} on the exact quotient.
 */
final class IntDivision {
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;
    private static final long MAX_EXPONENT = Integer.MAX_VALUE;

    private IntDivision() {}

    static long floorDivide(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long x = IntType.word(a);
        long y = IntType.word(b);
        if (IntType.isCompactWord(x) && IntType.isCompactWord(y)) {
            if (y == 0) {
                throw Errors.zeroDivision(s, "integer division or modulo by zero");
            }
            return IntType.fromLong(s, Math.floorDiv(x, y));
        }
        return IntType.fromBig(s, floorDivmod(s, a, b, "integer division or modulo by zero")[0]);
    }

    static long remainder(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long x = IntType.word(a);
        long y = IntType.word(b);
        if (IntType.isCompactWord(x) && IntType.isCompactWord(y)) {
            if (y == 0) {
                throw Errors.zeroDivision(s, "integer modulo by zero");
            }
            return IntType.fromLong(s, Math.floorMod(x, y));
        }
        return IntType.fromBig(s, floorDivmod(s, a, b, "integer modulo by zero")[1]);
    }

    static long divmod(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long x = IntType.word(a);
        long y = IntType.word(b);
        long q;
        long r;
        if (IntType.isCompactWord(x) && IntType.isCompactWord(y)) {
            if (y == 0) {
                throw Errors.zeroDivision(s, "integer division or modulo by zero");
            }
            q = IntType.fromLong(s, Math.floorDiv(x, y));
            r = IntType.fromLong(s, Math.floorMod(x, y));
        } else {
            BigInteger[] qr = floorDivmod(s, a, b, "integer division or modulo by zero");
            q = IntType.fromBig(s, qr[0]);
            r = IntType.fromBig(s, qr[1]);
        }
        return pair(s, q, r);
    }

    /** A 2-tuple that takes over the references {@code first} and {@code second}. */
    static long pair(ObjectState s, long first, long second) {
        long t;
        try {
            t = TupleType.allocate(s, 2);
        } catch (PyException e) {
            Objects.decref(s, first);
            Objects.decref(s, second);
            throw e;
        }
        TupleType.initItem(s, t, 0, first);
        TupleType.initItem(s, t, 1, second);
        return t;
    }

    private static BigInteger[] floorDivmod(ObjectState s, long a, long b, String zeroMessage) {
        BigInteger divisor = IntType.toBig(b);
        if (divisor.signum() == 0) {
            throw Errors.zeroDivision(s, zeroMessage);
        }
        BigInteger[] qr = IntType.toBig(a).divideAndRemainder(divisor);
        if (qr[1].signum() != 0 && qr[1].signum() != divisor.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(divisor);
        }
        return qr;
    }

    // ---------------------------------------------------------------- true division

    static long trueDivide(ObjectState s, long a, long b) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        long x = IntType.word(a);
        long y = IntType.word(b);
        if (IntType.isCompactWord(x) && IntType.isCompactWord(y)
                && Math.abs(x) <= EXACT_DOUBLE_LIMIT && Math.abs(y) <= EXACT_DOUBLE_LIMIT) {
            if (y == 0) {
                throw Errors.zeroDivision(s, "division by zero");
            }
            return FloatType.fromDouble(s, (double) x / (double) y);
        }
        BigInteger p = IntType.toBig(a);
        BigInteger q = IntType.toBig(b);
        if (q.signum() == 0) {
            throw Errors.zeroDivision(s, "division by zero");
        }
        double r = ratioToDouble(p.abs(), q.abs());
        if (Double.isInfinite(r)) {
            throw Errors.overflowError(s, "integer division result too large for a float");
        }
        return FloatType.fromDouble(s, (p.signum() < 0) != (q.signum() < 0) ? -r : r); // 0 / -5 is -0.0
    }

    /**
     * {@code num / den} (both ≥ 0, {@code den > 0}) rounded to the nearest double, ties to even,
     * including subnormal results; infinity when the result is beyond the float range.
     *
     * <p>With E = ⌊log2(num/den)⌋, the result's unit in the last place is 2**max(E - 52, -1074):
     * the quotient scaled by that unit has at most 53 bits and is rounded once, on its exact
     * remainder, then scaled back exactly.
     */
    static double ratioToDouble(BigInteger num, BigInteger den) {
        if (num.signum() == 0) {
            return 0.0;
        }
        long e = (long) num.bitLength() - den.bitLength();
        if (e > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        if (e < -1080) {
            return 0.0;
        }
        boolean atLeast = e >= 0 ? num.compareTo(den.shiftLeft((int) e)) >= 0
                : num.shiftLeft((int) -e).compareTo(den) >= 0;
        long exponent = atLeast ? e : e - 1;
        if (exponent > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        int scale = (int) Math.max(exponent - 52, -1074);
        BigInteger n = scale < 0 ? num.shiftLeft(-scale) : num;
        BigInteger d = scale > 0 ? den.shiftLeft(scale) : den;
        BigInteger[] qr = n.divideAndRemainder(d);
        long q = qr[0].longValueExact();
        int half = qr[1].shiftLeft(1).compareTo(d);
        if (half > 0 || half == 0 && (q & 1) != 0) {
            q++;
        }
        return Math.scalb((double) q, scale); // exact: q ≤ 2**53; 2**1024 becomes infinity
    }

    // ---------------------------------------------------------------- power

    /** {@code a ** b} or {@code pow(a, b, c)}; {@code c} is None for the two-argument form. */
    static long power(ObjectState s, long a, long b, long c) {
        if (!IntType.check(a) || !IntType.check(b)) {
            return s.space().notImplemented();
        }
        if (c != s.space().none()) {
            if (!IntType.check(c)) {
                if (FloatType.check(s, c)) {
                    throw Errors.typeError(s, "pow() 3rd argument not allowed unless all arguments are integers");
                }
                return s.space().notImplemented();
            }
            return modularPower(s, a, b, c);
        }
        if (IntType.signum(b) < 0) {
            // A negative exponent gives a float: float(a) ** float(b).
            return FloatOps.power(s, a, b, c);
        }
        long x = IntType.word(a);
        if (IntType.isCompactWord(x) && x >= -1 && x <= 1) {
            if (x == 0) {
                return IntType.fromLong(s, IntType.signum(b) == 0 ? 1 : 0);
            }
            return IntType.fromLong(s, x == 1 || !IntType.toBig(b).testBit(0) ? 1 : -1);
        }
        if (!IntType.isCompact(b)) {
            throw IntOps.memoryError(s);
        }
        long e = IntType.longValue(b);
        if (IntType.isCompactWord(x)) {
            int bits = 64 - Long.numberOfLeadingZeros(Math.abs(x));
            if (e <= 62 / bits) {
                // |x|**e < 2**(bits × e) ≤ 2**62: no step can overflow.
                long r = 1;
                long base = x;
                for (long k = e; ; ) {
                    if ((k & 1) != 0) {
                        r *= base;
                    }
                    k >>= 1;
                    if (k == 0) {
                        break;
                    }
                    base *= base;
                }
                return IntType.fromLong(s, r);
            }
        }
        BigInteger base = IntType.toBig(a);
        // |a| ≥ 2: the result has at least (bitLength - 1) × e + 1 bits.
        if (e > MAX_EXPONENT || (base.abs().bitLength() - 1) * e + 1 > IntOps.MAX_BITS) {
            throw IntOps.memoryError(s);
        }
        try {
            return IntType.fromBig(s, base.pow((int) e));
        } catch (ArithmeticException overflow) {
            throw IntOps.memoryError(s);
        }
    }

    /** CPython's three-argument {@code long_pow}: the result has the modulus's sign. */
    private static long modularPower(ObjectState s, long a, long b, long c) {
        BigInteger modulus = IntType.toBig(c);
        if (modulus.signum() == 0) {
            throw Errors.valueError(s, "pow() 3rd argument cannot be 0");
        }
        boolean negative = modulus.signum() < 0;
        modulus = modulus.abs();
        if (modulus.equals(BigInteger.ONE)) {
            return IntType.fromLong(s, 0);
        }
        BigInteger base = IntType.toBig(a);
        BigInteger exponent = IntType.toBig(b);
        if (exponent.signum() < 0) {
            try {
                base = base.mod(modulus).modInverse(modulus);
            } catch (ArithmeticException notInvertible) {
                throw Errors.valueError(s, "base is not invertible for the given modulus");
            }
            exponent = exponent.negate();
        }
        BigInteger r = base.modPow(exponent, modulus);
        if (negative && r.signum() != 0) {
            r = r.subtract(modulus);
        }
        return IntType.fromBig(s, r);
    }
}

package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.CompareOp;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import java.math.BigInteger;

/**
 * The integer methods of {@code random}: {@code _randbelow_with_getrandbits} (rejection sampling
 * over {@code getrandbits(n.bit_length())}), {@code randrange} with 3.11's checks and messages,
 * and {@code randint}. Ranges are computed exactly, as Python ints; a range that fits a Java
 * long draws without BigInteger.
 */
final class RandomIntegers {
    private RandomIntegers() {}

    /** A random int in {@code [0, n)}, {@code 0 < n < 2**63}. */
    static long below(long st, long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = MersenneTwister.bits(st, k);
        while (r >= n) {
            r = MersenneTwister.bits(st, k);
        }
        return r;
    }

    /** A random int in {@code [0, n)}, {@code n > 0}. */
    static BigInteger below(long st, BigInteger n) {
        if (n.bitLength() <= 63) {
            return BigInteger.valueOf(below(st, n.longValue()));
        }
        int k = n.bitLength();
        BigInteger r = MersenneTwister.bigBits(st, k);
        while (r.compareTo(n) >= 0) {
            r = MersenneTwister.bigBits(st, k);
        }
        return r;
    }

    static long randrange(ObjectState s, long st, long start, long stop, long step) {
        BigInteger istart = integral(s, start, "non-integer arg 1 for randrange()");
        if (stop == 0 || stop == s.space().none()) {
            if (step != 0 && !isOne(s, step)) {
                throw Errors.typeError(s, "Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return IntType.fromBig(s, below(st, istart));
            }
            throw Errors.valueError(s, "empty range for randrange()");
        }
        BigInteger istop = integral(s, stop, "non-integer stop for randrange()");
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == 0 ? BigInteger.ONE : integral(s, step, "non-integer step for randrange()");
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return IntType.fromBig(s, istart.add(below(st, width)));
            }
            throw Errors.valueError(s, "empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw Errors.valueError(s, "zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw Errors.valueError(s, "empty range for randrange()");
        }
        return IntType.fromBig(s, istart.add(istep.multiply(below(st, n))));
    }

    /** {@code randrange(a, b + 1)}. */
    static long randint(ObjectState s, long st, long a, long b) {
        try (RefScope t = new RefScope(s)) {
            return randrange(s, st, a, t.add(b, t.i(1)), 0);
        }
    }

    /** {@code step is _ONE}: the cached small int 1 (an int, not True). */
    private static boolean isOne(ObjectState s, long step) {
        return Objects.type(step) == s.space().intType() && IntType.fitsLong(step) && IntType.longValue(step) == 1;
    }

    /**
     * {@code _index(x)}, or for a type without {@code __index__} {@code int(x)} when that equals
     * {@code x} (CPython warns there; Isola has no warnings yet) and ValueError otherwise.
     */
    private static BigInteger integral(ObjectState s, long x, String message) {
        long i;
        try {
            i = Abstract.index(s, x);
        } catch (PyException e) {
            if (!RandomModule.isTypeError(s, e)) {
                throw e;
            }
            i = Abstract.numberInt(s, x);
            try {
                if (Abstract.richCompareBool(s, i, x, CompareOp.NE)) {
                    throw Errors.valueError(s, message);
                }
            } catch (PyException inner) {
                Objects.decref(s, i);
                throw inner;
            }
        }
        try {
            return IntType.toBig(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}

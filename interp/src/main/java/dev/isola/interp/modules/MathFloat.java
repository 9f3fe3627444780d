package dev.isola.interp.modules;

import dev.isola.interp.modules.MathReal.LogBase;
import dev.isola.natives.Libm;
import dev.isola.objects.Abstract;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.TupleType;
import java.math.BigInteger;

/**
 * The {@code math} functions on floats whose arguments or results are more than one double:
 * {@code log} (of any int, with an optional base), {@code log2}, {@code log10}, {@code pow},
 * {@code fmod}, {@code frexp}, {@code ldexp}, {@code modf} and {@code isclose}, each with the
 * special cases and messages of CPython 3.11's {@code mathmodule.c}.
 */
final class MathFloat {
    private MathFloat() {}

    /** {@code log(x[, base])}: a quotient of two {@link #logOf}s. */
    static long log(ObjectState s, long module, long args, long kwargs) {
        Args.noKeywords(s, "log", kwargs);
        long n = TupleType.size(args);
        if (n < 1 || n > 2) {
            throw Errors.typeError(s, "math.log requires 1 to 2 arguments");
        }
        double num = logValue(s, TupleType.getItem(args, 0), LogBase.E);
        if (n == 1) {
            return FloatType.fromDouble(s, num);
        }
        double den = logValue(s, TupleType.getItem(args, 1), LogBase.E);
        if (den == 0) {
            throw Errors.zeroDivision(s, "float division by zero");
        }
        return FloatType.fromDouble(s, num / den);
    }

    /** {@code log2}, {@code log10} (or the natural log, for {@code LogBase.E}). */
    static long logOf(ObjectState s, long x, LogBase base) {
        return FloatType.fromDouble(s, logValue(s, x, base));
    }

    /**
     * CPython's {@code loghelper}: an int is taken exactly, even beyond the float range, as
     * {@code log(m) + log(2) * e} for {@code x == m * 2**e}; anything else is converted to float.
     */
    private static double logValue(ObjectState s, long x, LogBase base) {
        if (IntType.check(x)) {
            if (IntType.signum(x) <= 0) {
                throw MathModule.domainError(s);
            }
            if (IntType.fitsLong(x)) {
                return MathReal.log(IntType.longValue(x), base);
            }
            BigInteger v = IntType.toBig(x);
            double d = v.doubleValue();
            if (Double.isFinite(d)) {
                return MathReal.log(d, base);
            }
            // frexp of the int: the top bits rounded half-even to a double in [0.5, 1).
            long e = v.bitLength();
            BigInteger top = v.shiftRight((int) (e - 64));
            if (v.getLowestSetBit() < e - 64) {
                top = top.setBit(0);
            }
            double m = Math.scalb(top.doubleValue(), -64);
            if (m == 1.0) {
                m = 0.5;
                e += 1;
            }
            return MathReal.log(m, base) + MathReal.log(2.0, base) * e;
        }
        double d = Abstract.asDouble(s, x);
        return MathModule.checked1(s, d, MathReal.log(d, base), false);
    }

    /** {@code math.pow}: IEEE special values decided here, {@code x**y} of finite values by libm. */
    static long pow(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "pow", "math.pow", args, kwargs, 2, 2);
        double x = Abstract.asDouble(s, a[0]);
        double y = Abstract.asDouble(s, a[1]);
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    r = oddY ? x : Math.abs(x);
                } else if (y == 0) {
                    r = 1.0;
                } else {
                    r = oddY ? Math.copySign(0.0, x) : 0.0;
                }
            } else if (Math.abs(x) == 1.0) {
                r = 1.0;
            } else if (y > 0 && Math.abs(x) > 1.0) {
                r = y;
            } else if (y < 0 && Math.abs(x) < 1.0) {
                r = -y;
            } else {
                r = 0.0;
            }
        } else {
            r = Libm.pow(x, y);
            if (Double.isNaN(r)) {
                throw MathModule.domainError(s);
            }
            if (Double.isInfinite(r)) {
                throw x == 0 ? MathModule.domainError(s) : MathModule.rangeError(s);
            }
        }
        return FloatType.fromDouble(s, r);
    }

    static long fmod(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "fmod", "math.fmod", args, kwargs, 2, 2);
        double x = Abstract.asDouble(s, a[0]);
        double y = Abstract.asDouble(s, a[1]);
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return FloatType.fromDouble(s, x);
        }
        double r = Libm.fmod(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathModule.domainError(s);
        }
        return FloatType.fromDouble(s, r);
    }

    /** {@code frexp(x)}: {@code (m, e)} with {@code x == m * 2**e} and {@code 0.5 <= abs(m) < 1}. */
    static long frexp(ObjectState s, long module, long args, long kwargs) {
        double x = MathModule.arg(s, "frexp", args, kwargs);
        int e = 0;
        if (Double.isFinite(x) && x != 0) {
            int shift = 0;
            if (Math.getExponent(x) == Double.MIN_EXPONENT - 1) {
                x *= 0x1p54;
                shift = 54;
            }
            e = Math.getExponent(x) + 1;
            x = Math.scalb(x, -e);
            e -= shift;
        }
        return MathModule.pair(s, FloatType.fromDouble(s, x), IntType.fromLong(s, e));
    }

    /** {@code ldexp(x, i)}: {@code x * 2**i} rounded once; the exponent must be an int. */
    static long ldexp(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "ldexp", "math.ldexp", args, kwargs, 2, 2);
        double x = Abstract.asDouble(s, a[0]);
        if (!IntType.check(a[1])) {
            throw Errors.typeError(s, "Expected an int as second argument to ldexp.");
        }
        long exp = IntType.fitsLong(a[1]) ? IntType.longValue(a[1])
                : IntType.signum(a[1]) < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        double r;
        if (x == 0 || !Double.isFinite(x)) {
            r = x;
        } else if (exp > Integer.MAX_VALUE) {
            throw MathModule.rangeError(s);
        } else if (exp < Integer.MIN_VALUE) {
            r = Math.copySign(0.0, x);
        } else {
            r = Math.scalb(x, (int) exp);
            if (Double.isInfinite(r)) {
                throw MathModule.rangeError(s);
            }
        }
        return FloatType.fromDouble(s, r);
    }

    /** {@code modf(x)}: the fractional and integer parts, both with the sign of {@code x}. */
    static long modf(ObjectState s, long module, long args, long kwargs) {
        double x = MathModule.arg(s, "modf", args, kwargs);
        double frac;
        double whole;
        if (Double.isInfinite(x)) {
            frac = Math.copySign(0.0, x);
            whole = x;
        } else if (Double.isNaN(x)) {
            frac = x;
            whole = x;
        } else {
            whole = x >= 0 ? Math.floor(x) : Math.ceil(x);
            frac = Math.copySign(x - whole, x);
        }
        return MathModule.pair(s, FloatType.fromDouble(s, frac), FloatType.fromDouble(s, whole));
    }

    /** {@code isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)}: Boost's "weak" test. */
    static long isclose(ObjectState s, long module, long args, long kwargs) {
        long n = TupleType.size(args);
        if (n > 2) {
            throw Errors.typeError(s, "isclose() takes exactly 2 positional arguments (" + n + " given)");
        }
        long[] p = Args.parse(s, "isclose", args, kwargs, 0, 2, "a", "b", "rel_tol", "abs_tol");
        double a = Abstract.asDouble(s, p[0]);
        double b = Abstract.asDouble(s, p[1]);
        double relTol = p[2] == 0 ? 1e-09 : Abstract.asDouble(s, p[2]);
        double absTol = p[3] == 0 ? 0.0 : Abstract.asDouble(s, p[3]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError(s, "tolerances must be non-negative");
        }
        if (a == b) {
            return s.space().bool(true);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return s.space().bool(false);
        }
        double diff = Math.abs(b - a);
        return s.space().bool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
    }
}

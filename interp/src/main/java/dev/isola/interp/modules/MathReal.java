package dev.isola.interp.modules;

import dev.isola.natives.Libm;

/**
 * CPython's wrappers around libm ({@code m_log}, {@code m_log2}, {@code m_log10}, {@code m_atan2})
 * that decide the special values themselves before the C library sees the argument, and the
 * functions CPython computes without libm: {@code m_remainder} and {@code ulp}. Pure functions of
 * doubles; the Python-level wrappers are in {@link MathModule} and {@link MathFloat}.
 */
final class MathReal {
    private MathReal() {}

    /** The base of a logarithm: {@code log}, {@code log2} or {@code log10} of the C library. */
    enum LogBase {
        E, TWO, TEN
    }

    /**
     * {@code m_log}, {@code m_log2} and {@code m_log10}: the C library's logarithm for positive
     * finite x; NaN for negatives and -inf, -inf at zero, x itself for NaN and +inf.
     */
    static double log(double x, LogBase base) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 || Double.isNaN(x) ? x : Double.NaN;
        }
        return switch (base) {
            case E -> Libm.log(x);
            case TWO -> Libm.log2(x);
            case TEN -> Libm.log10(x);
        };
    }

    // ---------------------------------------------------------------- two arguments, ulp

    /** CPython's {@code m_atan2}: the special values decided here, the rest by libm. */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0) {
            return Math.copySign(1.0, x) == 1.0 ? Math.copySign(0.0, y) : Math.copySign(Math.PI, y);
        }
        return Libm.atan2(y, x);
    }

    /** IEEE 754 remainder: exact, ties to the even multiple (CPython's {@code m_remainder}). */
    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0) {
                return Double.NaN;
            }
            double ax = Math.abs(x);
            double ay = Math.abs(y);
            double m = ax % ay;
            double c = ay - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (ax - m)) % ay);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        return Double.isInfinite(x) ? Double.NaN : x;
    }

    static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double up = Math.nextUp(x);
        return Double.isInfinite(up) ? x - Math.nextDown(x) : up - x;
    }
}

package dev.isola.interp.modules;

/**
 * Float functions of {@code math} that {@code java.lang.Math} lacks or rounds differently from
 * glibc: the hyperbolic functions and their inverses, cbrt and log10 follow glibc's algorithms
 * (fdlibm's, over glibc's exp and log) so that they round the same way; log2 is correctly rounded
 * as glibc's is in practice; atan2, remainder and ulp decide their special values as CPython does.
 * Pure functions of doubles; the Python-level wrappers are in {@link MathModule} and
 * {@link MathFloat}.
 */
final class MathReal {
    private MathReal() {}

    private static final double LN2 = 6.93147180559945286227e-01;

    // ---------------------------------------------------------------- hyperbolic

    static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(ax);
            return ax < 1 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        if (ax < 709.782712893384) {
            return h * Math.exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = Math.exp(0.5 * ax);
            return h * w * w;
        }
        return x * 1.0e307;
    }

    static double cosh(double x) {
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0.5 * LN2) {
                if (ax < 0x1p-55) {
                    return 1.0;
                }
                double t = Math.expm1(ax);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.782712893384) {
            return 0.5 * Math.exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = Math.exp(0.5 * ax);
            return 0.5 * w * w;
        }
        return x * x * (Double.isFinite(x) ? Double.POSITIVE_INFINITY : 1);
    }

    static double tanh(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        }
        double ax = Math.abs(x);
        double z;
        if (ax < 22) {
            if (x == 0 || ax < 0x1p-55) {
                return x == 0 ? x : x * (1.0 + x);
            }
            if (ax >= 1) {
                double t = Math.expm1(2 * ax);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = Math.expm1(-2 * ax);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return x >= 0 ? z : -z;
    }

    static double asinh(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-28 || !Double.isFinite(x)) {
            return x;
        }
        double w;
        if (ax > 0x1p28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(ax * ax + 1.0) + ax));
        } else {
            double t = ax * ax;
            w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (!(x >= 1)) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double ax = Math.abs(x);
        double t;
        if (ax < 0.5) {
            if (ax < 0x1p-28) {
                return x;
            }
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else if (ax < 1) {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        } else if (ax == 1) {
            t = Double.POSITIVE_INFINITY;
        } else {
            return Double.NaN;
        }
        return Math.copySign(t, x);
    }

    // ---------------------------------------------------------------- roots, exponentials, logarithms

    /** 2**(r/3) for the remainder r of the exponent, -2 to 2. */
    private static double cbrtFactor(int r) {
        return switch (r) {
            case -2 -> 1.0 / 1.5874010519681994748;
            case -1 -> 1.0 / 1.2599210498948731648;
            case 0 -> 1.0;
            case 1 -> 1.2599210498948731648;
            default -> 1.5874010519681994748;
        };
    }

    /** glibc's cbrt: a polynomial start and one rational (Halley) step; not always correctly rounded. */
    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x + x;
        }
        int xe = Math.getExponent(x);
        double xm;
        if (xe == Double.MIN_EXPONENT - 1) {
            double scaled = Math.abs(x) * 0x1p54;
            xe = Math.getExponent(scaled) + 1 - 54;
            xm = Math.scalb(scaled, -(xe + 54));
        } else {
            xe += 1;
            xm = Math.scalb(Math.abs(x), -xe);
        }
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm))
                * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * cbrtFactor(xe % 3);
        return Math.copySign(Math.scalb(ym, xe / 3), x);
    }

    static double exp2(double x) {
        return Math.pow(2.0, x);
    }

    static double log1p(double x) {
        return x == -1 ? Double.NEGATIVE_INFINITY : Math.log1p(x);
    }

    /** Natural log as CPython's {@code m_log}: NaN for negatives, -inf at zero. */
    static double log(double x) {
        if (x > 0 || Double.isNaN(x)) {
            return Math.log(x);
        }
        return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }

    /**
     * log2 rounded as glibc's (correctly, in practice): exact at powers of two; elsewhere
     * {@code e + log(m)/ln 2} with {@code log(m) = 2 atanh((m-1)/(m+1))} carried in double-double,
     * because a rounded {@code Math.log(m)} alone is off by one ulp in one case in twenty.
     */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 || Double.isNaN(x) ? x : Double.NaN;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
        }
        double m = Math.scalb(x, -Math.getExponent(x));
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e += 1;
        }
        if (m == 1.0) {
            return e;
        }
        double num = m - 1.0;
        double den = m + 1.0;
        double bb = den - m;
        double denLo = (m - (den - bb)) + (1.0 - bb);
        double u = num / den;
        double uLo = (Math.fma(-u, den, num) - u * denLo) / den;
        // u**3/3 in double-double; the later terms are small enough for plain doubles.
        double u2 = u * u;
        double u2Lo = Math.fma(u, u, -u2);
        double u3 = u2 * u;
        double u3Lo = Math.fma(u2, u, -u3) + u2Lo * u;
        double t3 = u3 / 3.0;
        double t3Lo = (Math.fma(-t3, 3.0, u3) + u3Lo) / 3.0;
        double series = 0.0;
        for (int k = 31; k >= 5; k -= 2) {
            series = series * u2 + 1.0 / k;
        }
        double rest = u3 * u2 * series;
        double head = u + t3;
        double headLo = (u - head) + t3;
        // log(m) / ln 2 = (head + headLo + uLo + t3Lo + rest) * (2 / ln 2)
        double hi = head * TWO_INV_LN2_HI;
        double lo = Math.fma(head, TWO_INV_LN2_HI, -hi) + head * TWO_INV_LN2_LO
                + (headLo + uLo + t3Lo + rest) * TWO_INV_LN2_HI;
        double sum = e + hi;
        double err = e - sum + hi;
        return sum + (err + lo);
    }

    private static final double TWO_INV_LN2_HI = 2 * 1.4426950408889634;
    private static final double TWO_INV_LN2_LO = 2 * 2.0355273740931033e-17;

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** glibc's log10 (fdlibm's reduction over glibc's log). */
    static double log10(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 || Double.isNaN(x) ? x : Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int k = 0;
        if (hx < 0x00100000) {
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(x);
        return z + y * LOG10_2HI;
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
        return MathArcs.atan2(y, x);
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

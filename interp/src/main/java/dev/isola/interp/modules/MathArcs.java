package dev.isola.interp.modules;

/**
 * atan, asin, acos and atan2 correctly rounded, as glibc's (IBM Accurate Mathematical Library)
 * are; Java's fdlibm versions are off by one unit in the last place for a few arguments in a
 * hundred. Each is reduced to the arc tangent of a ratio in [0, 1], computed in
 * {@link DoubleDouble} arithmetic: three halvings {@code atan(t) = 2 atan(t / (1 + sqrt(1 + t*t)))}
 * bring t below 0.1, where the Taylor series converges to 2**-106 in 16 terms.
 */
final class MathArcs {
    private MathArcs() {}

    private static final DoubleDouble ONE = DoubleDouble.of(1.0);

    /** atan(t) for 0 <= t <= 1. */
    private static DoubleDouble atanUnit(DoubleDouble t) {
        for (int i = 0; i < 3; i++) {
            t = t.divide(ONE.add(ONE.add(t.multiply(t)).sqrt()));
        }
        DoubleDouble u = t.multiply(t);
        // The terms from u**3/7 on are below 2**-20 of the sum: doubles carry them well enough.
        double tail = 0.0;
        for (int k = 16; k >= 3; k--) {
            tail = tail * u.hi() + (k % 2 == 0 ? 1.0 : -1.0) / (2 * k + 1);
        }
        DoubleDouble p = DoubleDouble.of(tail);
        for (int k = 2; k >= 0; k--) {
            double n = 2 * k + 1;
            double c = 1.0 / n;
            DoubleDouble coefficient = new DoubleDouble(c, Math.fma(-c, n, 1.0) / n);
            p = p.multiply(u).add(k % 2 == 0 ? coefficient : coefficient.negate());
        }
        DoubleDouble r = p.multiply(t);
        return new DoubleDouble(8 * r.hi(), 8 * r.lo());
    }

    /** atan(num / den) for positive num and den (the ratio need not be below 1). */
    private static DoubleDouble atanRatio(DoubleDouble num, DoubleDouble den) {
        if (num.hi() <= den.hi()) {
            return atanUnit(num.divide(den));
        }
        return DoubleDouble.HALF_PI.subtract(atanUnit(den.divide(num)));
    }

    static double atan(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a < 0x1p-28) {
            return x;
        }
        if (a > 0x1p60) {
            return Math.copySign(Math.PI / 2, x);
        }
        return Math.copySign(atanRatio(DoubleDouble.of(a), ONE).value(), x);
    }

    /** sqrt(1 - x*x) for |x| <= 1. */
    private static DoubleDouble cosOfAsin(double x) {
        return DoubleDouble.sum(1.0, -x).multiply(DoubleDouble.sum(1.0, x)).sqrt();
    }

    static double asin(double x) {
        double a = Math.abs(x);
        if (!(a <= 1)) {
            return Double.NaN;
        }
        if (a < 0x1p-28) {
            return x;
        }
        if (a == 1) {
            return Math.copySign(Math.PI / 2, x);
        }
        return Math.copySign(atanRatio(DoubleDouble.of(a), cosOfAsin(a)).value(), x);
    }

    static double acos(double x) {
        double a = Math.abs(x);
        if (!(a <= 1)) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x == -1) {
            return Math.PI;
        }
        if (a < 0x1p-60) {
            return Math.PI / 2;
        }
        DoubleDouble r = atanRatio(cosOfAsin(a), DoubleDouble.of(a));
        return (x > 0 ? r : DoubleDouble.PI.subtract(r)).value();
    }

    /** atan2 of finite, non-zero arguments (CPython's m_atan2 has decided the special values). */
    static double atan2(double y, double x) {
        int e = Math.max(Math.getExponent(y), Math.getExponent(x));
        double ay = Math.scalb(Math.abs(y), -e);
        double ax = Math.scalb(Math.abs(x), -e);
        if (ay < 0x1p-900) {
            return x > 0 ? y / x : Math.copySign(Math.PI, y);
        }
        if (ax < 0x1p-900) {
            return Math.copySign(Math.PI / 2, y);
        }
        DoubleDouble r = atanRatio(DoubleDouble.of(ay), DoubleDouble.of(ax));
        return Math.copySign((x > 0 ? r : DoubleDouble.PI.subtract(r)).value(), y);
    }
}

package dev.isola.interp.modules;

/**
 * An unevaluated sum {@code hi + lo} of two doubles with {@code |lo| <= ulp(hi)/2}: about 106
 * bits of precision, enough to round a function's value correctly except in the rarest cases.
 * The operations are Dekker's and Knuth's error-free transformations (with {@code Math.fma} for
 * exact products); each result is within a few units of 2**-104 of the exact one, relatively.
 * Immutable; {@code hi + lo} rounded to nearest is {@code hi}.
 */
record DoubleDouble(double hi, double lo) {
    static final DoubleDouble PI = new DoubleDouble(3.141592653589793, 1.2246467991473532e-16);
    static final DoubleDouble HALF_PI = new DoubleDouble(1.5707963267948966, 6.123233995736766e-17);

    static DoubleDouble of(double x) {
        return new DoubleDouble(x, 0.0);
    }

    /** The exact sum of two doubles (Knuth's TwoSum). */
    static DoubleDouble sum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DoubleDouble(s, (a - (s - bb)) + (b - bb));
    }

    /** {@code hi + lo} renormalised, given {@code |hi| >= |lo|} (Fast2Sum). */
    private static DoubleDouble normalize(double hi, double lo) {
        double s = hi + lo;
        return new DoubleDouble(s, lo - (s - hi));
    }

    DoubleDouble add(DoubleDouble b) {
        DoubleDouble s = sum(hi, b.hi);
        DoubleDouble t = sum(lo, b.lo);
        DoubleDouble u = normalize(s.hi, s.lo + t.hi);
        return normalize(u.hi, u.lo + t.lo);
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble subtract(DoubleDouble b) {
        return add(b.negate());
    }

    DoubleDouble multiply(DoubleDouble b) {
        double p = hi * b.hi;
        double e = Math.fma(hi, b.hi, -p) + (hi * b.lo + lo * b.hi);
        return normalize(p, e);
    }

    DoubleDouble divide(DoubleDouble b) {
        double q1 = hi / b.hi;
        DoubleDouble r = subtract(b.multiply(of(q1)));
        double q2 = r.hi / b.hi;
        r = r.subtract(b.multiply(of(q2)));
        double q3 = r.hi / b.hi;
        DoubleDouble q = normalize(q1, q2);
        return q.add(of(q3));
    }

    DoubleDouble sqrt() {
        double s = Math.sqrt(hi);
        double e = (Math.fma(-s, s, hi) + lo) / (2.0 * s);
        return normalize(s, e);
    }

    /** The nearest double. */
    double value() {
        return hi + lo;
    }
}

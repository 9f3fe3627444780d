package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.TupleType;
import java.util.Arrays;

/**
 * The {@code math} functions that combine many values: {@code fsum} (Shewchuk's exact partial
 * sums, rounded once, as CPython's {@code msum}), {@code hypot} and {@code dist} (CPython 3.11's
 * {@code vector_norm}: power-of-two scaling, Dekker squaring, compensated summation and a
 * correction of the square root, correctly rounded in all tested cases) and {@code prod}.
 */
final class MathSums {
    private MathSums() {}

    static long fsum(ObjectState s, long seq) {
        long it = Abstract.iter(s, seq);
        try {
            double[] p = new double[32];
            int n = 0;
            double specialSum = 0.0;
            double infSum = 0.0;
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                double x;
                try {
                    x = Abstract.asDouble(s, item);
                } finally {
                    Objects.decref(s, item);
                }
                double xsave = x;
                int i = 0;
                for (int j = 0; j < n; j++) {
                    double y = p[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) {
                        p[i++] = lo;
                    }
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        // From an inf or nan summand, or from intermediate overflow.
                        if (Double.isFinite(xsave)) {
                            throw Errors.overflowError(s, "intermediate overflow in fsum");
                        }
                        if (Double.isInfinite(xsave)) {
                            infSum += xsave;
                        }
                        specialSum += xsave;
                        n = 0;
                    } else {
                        if (n == p.length) {
                            p = Arrays.copyOf(p, 2 * n);
                        }
                        p[n++] = x;
                    }
                }
            }
            if (specialSum != 0.0) {
                if (Double.isNaN(infSum)) {
                    throw Errors.valueError(s, "-inf + inf in fsum");
                }
                return FloatType.fromDouble(s, specialSum);
            }
            return FloatType.fromDouble(s, sumPartials(p, n));
        } finally {
            Objects.decref(s, it);
        }
    }

    /** The correctly rounded sum of non-overlapping partials in increasing magnitude. */
    private static double sumPartials(double[] p, int n) {
        double hi = 0.0;
        if (n > 0) {
            double lo = 0.0;
            hi = p[--n];
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) {
                    break;
                }
            }
            // Half-even rounding across partials: sum([1e-16, 1, 1e16]) must round up.
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    static long hypot(ObjectState s, long module, long args, long kwargs) {
        Args.noKeywords(s, "math.hypot", kwargs);
        int n = (int) TupleType.size(args);
        double[] v = new double[n];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(Abstract.asDouble(s, TupleType.getItem(args, i)));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return FloatType.fromDouble(s, vectorNorm(v, max, nan));
    }

    static long dist(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "dist", "math.dist", args, kwargs, 2, 2);
        long p = toTuple(s, a[0]);
        try {
            long q = toTuple(s, a[1]);
            try {
                int n = (int) TupleType.size(q);
                if (TupleType.size(p) != n) {
                    throw Errors.valueError(s, "both points must have the same number of dimensions");
                }
                double[] v = new double[n];
                double max = 0.0;
                boolean nan = false;
                for (int i = 0; i < n; i++) {
                    double px = Abstract.asDouble(s, TupleType.getItem(p, i));
                    double qx = Abstract.asDouble(s, TupleType.getItem(q, i));
                    double x = Math.abs(px - qx);
                    v[i] = x;
                    nan |= Double.isNaN(x);
                    if (x > max) {
                        max = x;
                    }
                }
                return FloatType.fromDouble(s, vectorNorm(v, max, nan));
            } finally {
                Objects.decref(s, q);
            }
        } finally {
            Objects.decref(s, p);
        }
    }

    /** CPython's {@code PySequence_Tuple}: a tuple as is, any other iterable collected (new reference). */
    private static long toTuple(ObjectState s, long seq) {
        if (TupleType.check(seq)) {
            return Objects.newRef(seq);
        }
        long it = Abstract.iter(s, seq);
        java.util.ArrayList<Long> items = new java.util.ArrayList<>();
        try {
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                items.add(item);
            }
            long t = TupleType.allocate(s, items.size());
            for (int i = 0; i < items.size(); i++) {
                TupleType.initItem(s, t, i, items.get(i));
            }
            items.clear();
            return t;
        } finally {
            for (long item : items) {
                Objects.decref(s, item);
            }
            Objects.decref(s, it);
        }
    }

    private static final double T27 = 134217729.0;

    /** sqrt(sum(x*x)) of non-negative finite values whose largest is {@code max}. */
    private static double vectorNorm(double[] v, double max, boolean foundNan) {
        int n = v.length;
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) == Double.MIN_EXPONENT - 1
                ? Math.getExponent(max * 0x1p54) + 1 - 54 : Math.getExponent(max) + 1;
        double csum = 1.0;
        double frac1 = 0.0;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            double frac2 = 0.0;
            double frac3 = 0.0;
            for (double value : v) {
                double x = value * scale;
                double t = x * T27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double old = csum;
                csum += x;
                frac1 += (old - csum) + x;
                x = 2.0 * hi * lo;
                old = csum;
                csum += x;
                frac2 += (old - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * T27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = -2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            x = -lo * lo;
            old = csum;
            csum += x;
            frac3 += (old - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // Subnormal max: 2**-maxE would overflow, so divide by max instead.
        for (double value : v) {
            double x = value / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    /** {@code prod(iterable, /, *, start=1)}: left to right with the generic {@code *}. */
    static long prod(ObjectState s, long module, long args, long kwargs) {
        long n = TupleType.size(args);
        if (n != 1) {
            throw Errors.typeError(s, "prod() takes exactly 1 positional argument (" + n + " given)");
        }
        long[] kw = Args.keywordOnly(s, "prod", kwargs, "start");
        long it = Abstract.iter(s, TupleType.getItem(args, 0));
        long result = Objects.newRef(kw[0] != 0 ? kw[0] : s.space().smallInt(1));
        try {
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                try {
                    long product = Abstract.binaryOp(s, result, item, NumberOp.MULTIPLY);
                    Objects.decref(s, result);
                    result = product;
                } finally {
                    Objects.decref(s, item);
                }
            }
            long done = result;
            result = 0;
            return done;
        } finally {
            Objects.xdecref(s, result);
            Objects.decref(s, it);
        }
    }
}

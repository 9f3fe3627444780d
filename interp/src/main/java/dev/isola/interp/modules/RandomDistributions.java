package dev.isola.interp.modules;

import dev.isola.natives.Libm;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.PyException;
import java.util.List;

/**
 * The real-valued distributions of {@code random}, ported from {@code Lib/random.py} with the
 * same float operations in the same order, so the results are bit-identical to CPython's:
 * the elementary functions are the C library's ({@link Libm}, what CPython's {@code math}
 * calls) and {@code sqrt} is Java's (correctly rounded, as C's). Where random.py combines a
 * caller's argument with a float ({@code mu + z * sigma}) the operation is the generic one, so
 * ints, bools and errors behave as there; arguments that random.py only mixes with floats are
 * converted with {@code float()} first, which gives the same values.
 */
final class RandomDistributions {
    private static final double TWOPI = 6.283185307179586;
    private static final double PI = 3.141592653589793;
    private static final double E = 2.718281828459045;

    private RandomDistributions() {}

    static List<MethodDef> functions() {
        return List.of(
                new MethodDef("uniform", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.uniform", args, kw, 2, 2, "a", "b");
                    try (RefScope t = new RefScope(s)) {
                        long width = t.sub(a[1], a[0]);
                        return t.result(t.add(a[0], t.mul(width, t.f(MersenneTwister.random(RandomModule.state(m))))));
                    }
                }),
                new MethodDef("triangular", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.triangular", args, kw, 3, 0, "low", "high", "mode");
                    return triangular(s, RandomModule.state(m), a[0], a[1], a[2]);
                }),
                new MethodDef("normalvariate", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.normalvariate", args, kw, 2, 0, "mu", "sigma");
                    return shifted(s, a[0], normal(RandomModule.state(m)), a[1]);
                }),
                new MethodDef("gauss", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.gauss", args, kw, 2, 0, "mu", "sigma");
                    return shifted(s, a[0], gauss(RandomModule.state(m)), a[1]);
                }),
                new MethodDef("lognormvariate", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.lognormvariate", args, kw, 2, 2, "mu", "sigma");
                    try (RefScope t = new RefScope(s)) {
                        long x = t.own(shifted(s, a[0], normal(RandomModule.state(m)), a[1]));
                        return FloatType.fromDouble(s, exp(s, t.dbl(x)));
                    }
                }),
                new MethodDef("expovariate", (s, m, args, kw) -> {
                    long lambd = DefArgs.bind(s, "Random.expovariate", args, kw, 1, 1, "lambd")[0];
                    try (RefScope t = new RefScope(s)) {
                        double x = -Libm.log(1.0 - MersenneTwister.random(RandomModule.state(m)));
                        return t.result(t.div(t.f(x), lambd));
                    }
                }),
                new MethodDef("vonmisesvariate", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.vonmisesvariate", args, kw, 2, 2, "mu", "kappa");
                    return vonmises(s, RandomModule.state(m), a[0], a[1]);
                }),
                new MethodDef("gammavariate", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.gammavariate", args, kw, 2, 2, "alpha", "beta");
                    try (RefScope t = new RefScope(s)) {
                        return t.result(t.mul(t.f(gamma(s, t, RandomModule.state(m), a[0], a[1])), a[1]));
                    }
                }),
                new MethodDef("betavariate", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.betavariate", args, kw, 2, 2, "alpha", "beta");
                    long st = RandomModule.state(m);
                    try (RefScope t = new RefScope(s)) {
                        double y = gamma(s, t, st, a[0], t.f(1.0));
                        if (y != 0.0) {
                            return FloatType.fromDouble(s, y / (y + gamma(s, t, st, a[1], t.f(1.0))));
                        }
                        return FloatType.fromDouble(s, 0.0);
                    }
                }),
                new MethodDef("paretovariate", (s, m, args, kw) -> {
                    long alpha = DefArgs.bind(s, "Random.paretovariate", args, kw, 1, 1, "alpha")[0];
                    try (RefScope t = new RefScope(s)) {
                        double u = 1.0 - MersenneTwister.random(RandomModule.state(m));
                        return FloatType.fromDouble(s, pow(s, u, t.dbl(t.div(t.f(-1.0), alpha))));
                    }
                }),
                new MethodDef("weibullvariate", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.weibullvariate", args, kw, 2, 2, "alpha", "beta");
                    try (RefScope t = new RefScope(s)) {
                        double u = 1.0 - MersenneTwister.random(RandomModule.state(m));
                        double x = pow(s, -Libm.log(u), t.dbl(t.div(t.f(1.0), a[1])));
                        return t.result(t.mul(a[0], t.f(x)));
                    }
                }));
    }

    /** {@code mu + z * sigma}, the defaults {@code mu=0.0, sigma=1.0}. */
    private static long shifted(ObjectState s, long mu, double z, long sigma) {
        try (RefScope t = new RefScope(s)) {
            mu = mu == 0 ? t.f(0.0) : mu;
            sigma = sigma == 0 ? t.f(1.0) : sigma;
            return t.result(t.add(mu, t.mul(t.f(z), sigma)));
        }
    }

    /** Kinderman and Monahan's ratio of uniforms, as {@code normalvariate}. */
    private static double normal(long st) {
        double magic = 4 * Libm.exp(-0.5) / Math.sqrt(2.0);
        while (true) {
            double u1 = MersenneTwister.random(st);
            double u2 = 1.0 - MersenneTwister.random(st);
            double z = magic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Libm.log(u2)) {
                return z;
            }
        }
    }

    /** Box–Muller with the second value cached in the generator block ({@code gauss_next}). */
    private static double gauss(long st) {
        Double next = MersenneTwister.gaussNext(st);
        MersenneTwister.setGaussNext(st, null);
        if (next != null) {
            return next;
        }
        double x2pi = MersenneTwister.random(st) * TWOPI;
        double g2rad = Math.sqrt(-2.0 * Libm.log(1.0 - MersenneTwister.random(st)));
        MersenneTwister.setGaussNext(st, Libm.sin(x2pi) * g2rad);
        return Libm.cos(x2pi) * g2rad;
    }

    private static long triangular(ObjectState s, long st, long low, long high, long mode) {
        try (RefScope t = new RefScope(s)) {
            low = low == 0 ? t.f(0.0) : low;
            high = high == 0 ? t.f(1.0) : high;
            double ud = MersenneTwister.random(st);
            long c;
            try {
                c = mode == 0 || mode == s.space().none() ? t.f(0.5) : t.div(t.sub(mode, low), t.sub(high, low));
            } catch (PyException e) {
                if (!e.matches(s.space().type(BuiltinType.ZERO_DIVISION_ERROR))) {
                    throw e;
                }
                e.release(s);
                return t.result(low);
            }
            long u = t.f(ud);
            if (t.gt(u, c)) {
                u = t.f(1.0 - ud);
                c = t.sub(t.f(1.0), c);
                long swap = low;
                low = high;
                high = swap;
            }
            double root = sqrt(s, t.dbl(t.mul(u, c)));
            return t.result(t.add(low, t.mul(t.sub(high, low), t.f(root))));
        }
    }

    private static long vonmises(ObjectState s, long st, long mu, long kappa) {
        try (RefScope t = new RefScope(s)) {
            if (t.le(kappa, t.f(1e-6))) {
                return FloatType.fromDouble(s, TWOPI * MersenneTwister.random(st));
            }
            double sv = t.dbl(t.div(t.f(0.5), kappa));
            double r = sv + Math.sqrt(1.0 + sv * sv);
            double z;
            while (true) {
                double u1 = MersenneTwister.random(st);
                z = Libm.cos(PI * u1);
                double d = z / (r + z);
                double u2 = MersenneTwister.random(st);
                if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Libm.exp(d)) {
                    break;
                }
            }
            double q = 1.0 / r;
            double f = (q + z) / (1.0 + q * z);
            double u3 = MersenneTwister.random(st);
            long angle = t.f(acos(s, f));
            long theta = u3 > 0.5 ? t.add(mu, angle) : t.sub(mu, angle);
            return t.result(t.mod(theta, t.f(TWOPI)));
        }
    }

    /** {@code gammavariate(alpha, beta) / beta}: the draw before the final {@code x * beta}. */
    private static double gamma(ObjectState s, RefScope t, long st, long alphaObj, long beta) {
        if (t.le(alphaObj, t.f(0.0)) || t.le(beta, t.f(0.0))) {
            throw Errors.valueError(s, "gammavariate: alpha and beta must be > 0.0");
        }
        if (t.gt(alphaObj, t.f(1.0))) {
            double alpha = t.dbl(alphaObj);
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - Libm.log(4.0);
            double ccc = alpha + ainv;
            double sgMagic = 1.0 + Libm.log(4.5);
            while (true) {
                double u1 = MersenneTwister.random(st);
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - MersenneTwister.random(st);
                double v = Libm.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Libm.exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + sgMagic - 4.5 * z >= 0.0 || r >= Libm.log(z)) {
                    return x;
                }
            }
        }
        if (t.eq(alphaObj, t.f(1.0))) {
            return -Libm.log(1.0 - MersenneTwister.random(st));
        }
        double alpha = t.dbl(alphaObj);
        while (true) {
            double u = MersenneTwister.random(st);
            double b = (E + alpha) / E;
            double p = b * u;
            double x = p <= 1.0 ? pow(s, p, 1.0 / alpha) : -Libm.log((b - p) / alpha);
            double u1 = MersenneTwister.random(st);
            if (p > 1.0 ? u1 <= pow(s, x, alpha - 1.0) : u1 <= Libm.exp(-x)) {
                return x;
            }
        }
    }

    /** {@code float.__pow__} for finite floats: C's pow with CPython's error checks. */
    static double pow(ObjectState s, double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (x == 0.0 && y < 0.0 && Double.isFinite(y)) {
            throw Errors.zeroDivision(s, "0.0 cannot be raised to a negative power");
        }
        if (x < 0.0 && Double.isFinite(x) && y != Math.floor(y)) {
            throw Errors.valueError(s, "negative number cannot be raised to a fractional power");
        }
        double r = Libm.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw Errors.overflowError(s, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** {@code math.exp}: OverflowError when a finite argument overflows. */
    static double exp(ObjectState s, double x) {
        double r = Libm.exp(x);
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw Errors.overflowError(s, "math range error");
        }
        return r;
    }

    static double sqrt(ObjectState s, double x) {
        if (x < 0.0) {
            throw Errors.valueError(s, "math domain error");
        }
        return Math.sqrt(x);
    }

    static double acos(ObjectState s, double x) {
        double r = Libm.acos(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Errors.valueError(s, "math domain error");
        }
        return r;
    }
}

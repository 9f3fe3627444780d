package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TupleType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math}: CPython 3.11's math module. This class holds the table and the two wrappers
 * that give the libm functions CPython's error rules ({@code math_1} and {@code math_2} in
 * {@code mathmodule.c}): a NaN from non-NaN arguments is ValueError "math domain error", an
 * infinity from finite arguments OverflowError "math range error" (or ValueError at a
 * singularity). The functions themselves live in {@link MathReal}, {@link MathArcs},
 * {@link MathSpecial}, {@link MathFloat}, {@link MathSums} (fsum, hypot, dist, prod) and
 * {@link MathIntegers}.
 *
 * <p>CPython calls the platform libm; on Linux that is glibc, and Isola aims at glibc's results
 * bit for bit. Which implementation stands in for each function was chosen by comparing thousands
 * of arguments with CPython on Linux (glibc 2.36):
 * <ul>
 *   <li>{@code Math.sin/cos/tan/exp/log/pow/expm1/log1p/sqrt} (HotSpot's intrinsics): equal to
 *       glibc but for a few arguments in a thousand, by one unit in the last place;
 *   <li>glibc's own algorithms ported where they differ from Java's: erf, erfc, cbrt, log10, the
 *       hyperbolic functions and their inverses (fdlibm's code over glibc's exp and log);
 *   <li>correctly rounded versions where glibc's are (nearly) correctly rounded and Java's fdlibm
 *       is not: log2 ({@link MathReal}), atan, asin, acos and atan2 ({@link MathArcs});
 *   <li>CPython's own code for gamma, lgamma, fsum, hypot and dist, and exact integer code.
 * </ul>
 */
final class MathModule {
    private MathModule() {}

    static ModuleDef def() {
        List<MethodDef> f = new ArrayList<>();
        one(f, "acos", MathArcs::acos, false);
        one(f, "acosh", MathReal::acosh, false);
        one(f, "asin", MathArcs::asin, false);
        one(f, "asinh", MathReal::asinh, false);
        one(f, "atan", MathArcs::atan, false);
        two(f, "atan2", MathReal::atan2);
        one(f, "atanh", MathReal::atanh, false);
        one(f, "cbrt", MathReal::cbrt, false);
        f.add(new MethodDef("ceil", (s, m, args, kw) -> MathIntegers.ceil(s, Args.one(s, "math.ceil", args, kw))));
        two(f, "copysign", Math::copySign);
        one(f, "cos", Math::cos, false);
        one(f, "cosh", MathReal::cosh, true);
        f.add(new MethodDef("degrees", (s, m, args, kw) ->
                FloatType.fromDouble(s, Abstract.asDouble(s, Args.one(s, "math.degrees", args, kw)) * (180.0 / Math.PI))));
        f.add(new MethodDef("dist", MathSums::dist));
        f.add(new MethodDef("erf", (s, m, args, kw) -> FloatType.fromDouble(s, MathSpecial.erf(arg(s, "erf", args, kw)))));
        f.add(new MethodDef("erfc", (s, m, args, kw) ->
                FloatType.fromDouble(s, MathSpecial.erfc(arg(s, "erfc", args, kw)))));
        one(f, "exp", Math::exp, true);
        one(f, "exp2", MathReal::exp2, true);
        one(f, "expm1", Math::expm1, true);
        one(f, "fabs", Math::abs, false);
        f.add(new MethodDef("factorial", (s, m, args, kw) -> MathIntegers.factorial(s, Args.one(s, "math.factorial", args, kw))));
        f.add(new MethodDef("floor", (s, m, args, kw) -> MathIntegers.floor(s, Args.one(s, "math.floor", args, kw))));
        f.add(new MethodDef("fmod", MathFloat::fmod));
        f.add(new MethodDef("frexp", MathFloat::frexp));
        f.add(new MethodDef("fsum", (s, m, args, kw) -> MathSums.fsum(s, Args.one(s, "math.fsum", args, kw))));
        f.add(new MethodDef("gamma", (s, m, args, kw) -> MathSpecial.gamma(s, arg(s, "gamma", args, kw))));
        f.add(new MethodDef("gcd", MathIntegers::gcd));
        f.add(new MethodDef("hypot", MathSums::hypot));
        f.add(new MethodDef("isclose", MathFloat::isclose));
        f.add(new MethodDef("isfinite", (s, m, args, kw) ->
                s.space().bool(Double.isFinite(arg(s, "isfinite", args, kw)))));
        f.add(new MethodDef("isinf", (s, m, args, kw) -> s.space().bool(Double.isInfinite(arg(s, "isinf", args, kw)))));
        f.add(new MethodDef("isnan", (s, m, args, kw) -> s.space().bool(Double.isNaN(arg(s, "isnan", args, kw)))));
        f.add(new MethodDef("isqrt", (s, m, args, kw) -> MathIntegers.isqrt(s, Args.one(s, "math.isqrt", args, kw))));
        f.add(new MethodDef("lcm", MathIntegers::lcm));
        f.add(new MethodDef("ldexp", MathFloat::ldexp));
        f.add(new MethodDef("lgamma", (s, m, args, kw) -> MathSpecial.lgamma(s, arg(s, "lgamma", args, kw))));
        f.add(new MethodDef("log", MathFloat::log));
        one(f, "log1p", MathReal::log1p, false);
        f.add(new MethodDef("log10", (s, m, args, kw) -> MathFloat.logOf(s, Args.one(s, "math.log10", args, kw), 10)));
        f.add(new MethodDef("log2", (s, m, args, kw) -> MathFloat.logOf(s, Args.one(s, "math.log2", args, kw), 2)));
        f.add(new MethodDef("modf", MathFloat::modf));
        f.add(new MethodDef("pow", MathFloat::pow));
        f.add(new MethodDef("radians", (s, m, args, kw) ->
                FloatType.fromDouble(s, Abstract.asDouble(s, Args.one(s, "math.radians", args, kw)) * (Math.PI / 180.0))));
        two(f, "remainder", MathReal::remainder);
        one(f, "sin", Math::sin, false);
        one(f, "sinh", MathReal::sinh, true);
        one(f, "sqrt", Math::sqrt, false);
        one(f, "tan", Math::tan, false);
        one(f, "tanh", MathReal::tanh, false);
        f.add(new MethodDef("trunc", (s, m, args, kw) -> MathIntegers.trunc(s, Args.one(s, "math.trunc", args, kw))));
        f.add(new MethodDef("prod", MathSums::prod));
        f.add(new MethodDef("perm", MathIntegers::perm));
        f.add(new MethodDef("comb", MathIntegers::comb));
        f.add(new MethodDef("nextafter", (s, m, args, kw) -> {
            long[] a = Args.positional(s, "nextafter", "math.nextafter", args, kw, 2, 2);
            double x = Abstract.asDouble(s, a[0]);
            return FloatType.fromDouble(s, Math.nextAfter(x, Abstract.asDouble(s, a[1])));
        }));
        f.add(new MethodDef("ulp", (s, m, args, kw) -> FloatType.fromDouble(s, MathReal.ulp(arg(s, "ulp", args, kw)))));
        return new ModuleDef("math", List.copyOf(f), MathModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        put(s, dict, "pi", Math.PI);
        put(s, dict, "e", Math.E);
        put(s, dict, "tau", 2 * Math.PI);
        put(s, dict, "inf", Double.POSITIVE_INFINITY);
        put(s, dict, "nan", Double.NaN);
    }

    private static void put(ObjectState s, long dict, String name, double value) {
        long v = FloatType.fromDouble(s, value);
        try {
            DictType.setItemString(s, dict, name, v);
        } finally {
            Objects.decref(s, v);
        }
    }

    /** The single argument of a {@code METH_O} function taking a double (clinic's {@code x: double}). */
    static double arg(ObjectState s, String name, long args, long kwargs) {
        return Abstract.asDouble(s, Args.one(s, "math." + name, args, kwargs));
    }

    /** CPython's {@code math_1}: {@code canOverflow} picks OverflowError over ValueError for an infinite result. */
    private static void one(List<MethodDef> table, String name, DoubleUnaryOperator f, boolean canOverflow) {
        table.add(new MethodDef(name, (s, m, args, kw) -> {
            double x = arg(s, name, args, kw);
            return FloatType.fromDouble(s, checked1(s, x, f.applyAsDouble(x), canOverflow));
        }));
    }

    static double checked1(ObjectState s, double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError(s);
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError(s) : domainError(s);
        }
        return r;
    }

    /** CPython's {@code math_2}. */
    private static void two(List<MethodDef> table, String name, DoubleBinaryOperator f) {
        table.add(new MethodDef(name, (s, m, args, kw) -> {
            long[] a = Args.positional(s, name, "math." + name, args, kw, 2, 2);
            double x = Abstract.asDouble(s, a[0]);
            double y = Abstract.asDouble(s, a[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError(s);
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw rangeError(s);
            }
            return FloatType.fromDouble(s, r);
        }));
    }

    static PyException domainError(ObjectState s) {
        return Errors.valueError(s, "math domain error");
    }

    static PyException rangeError(ObjectState s) {
        return Errors.overflowError(s, "math range error");
    }

    /** A new tuple of two new references. */
    static long pair(ObjectState s, long a, long b) {
        long t = TupleType.allocate(s, 2);
        TupleType.initItem(s, t, 0, a);
        TupleType.initItem(s, t, 1, b);
        return t;
    }
}

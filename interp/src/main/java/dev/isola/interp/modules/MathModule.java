package dev.isola.interp.modules;

import dev.isola.interp.modules.MathReal.LogBase;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.natives.Libm;
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
 * singularity). CPython also looks at {@code errno}, but with glibc that only ever confirms what
 * the result shows, so Isola does not capture it.
 *
 * <p>Wherever CPython calls the C library, Isola calls the same function through {@link Libm}, so
 * the results are glibc's bit for bit (Java's {@code Math} differs in the last place for about one
 * argument in a thousand). Where CPython has its own code (gamma, lgamma, fsum, hypot, dist,
 * remainder, the special values of atan2, log and pow, the integer functions) Isola has the same
 * code, calling libm where it does. Functions whose result is exact ({@code sqrt}, {@code fabs},
 * {@code floor}, {@code frexp}, {@code ldexp}, {@code copysign}, {@code nextafter}) use Java's,
 * which give the same bits. The functions live in {@link MathReal}, {@link MathSpecial},
 * {@link MathFloat}, {@link MathSums} (fsum, hypot, dist, prod) and {@link MathIntegers}.
 */
final class MathModule {
    private MathModule() {}

    static ModuleDef def() {
        List<MethodDef> f = new ArrayList<>();
        one(f, "acos", Libm::acos, false);
        one(f, "acosh", Libm::acosh, false);
        one(f, "asin", Libm::asin, false);
        one(f, "asinh", Libm::asinh, false);
        one(f, "atan", Libm::atan, false);
        two(f, "atan2", MathReal::atan2);
        one(f, "atanh", Libm::atanh, false);
        one(f, "cbrt", Libm::cbrt, false);
        f.add(new MethodDef("ceil", (s, m, args, kw) -> MathIntegers.ceil(s, Args.one(s, "math.ceil", args, kw))));
        two(f, "copysign", Math::copySign);
        one(f, "cos", Libm::cos, false);
        one(f, "cosh", Libm::cosh, true);
        f.add(new MethodDef("degrees", (s, m, args, kw) ->
                FloatType.fromDouble(s, Abstract.asDouble(s, Args.one(s, "math.degrees", args, kw)) * (180.0 / Math.PI))));
        f.add(new MethodDef("dist", MathSums::dist));
        f.add(new MethodDef("erf", (s, m, args, kw) -> FloatType.fromDouble(s, Libm.erf(arg(s, "erf", args, kw)))));
        f.add(new MethodDef("erfc", (s, m, args, kw) ->
                FloatType.fromDouble(s, Libm.erfc(arg(s, "erfc", args, kw)))));
        one(f, "exp", Libm::exp, true);
        one(f, "exp2", Libm::exp2, true);
        one(f, "expm1", Libm::expm1, true);
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
        one(f, "log1p", Libm::log1p, false);
        f.add(new MethodDef("log10", (s, m, args, kw) -> MathFloat.logOf(s, Args.one(s, "math.log10", args, kw), LogBase.TEN)));
        f.add(new MethodDef("log2", (s, m, args, kw) -> MathFloat.logOf(s, Args.one(s, "math.log2", args, kw), LogBase.TWO)));
        f.add(new MethodDef("modf", MathFloat::modf));
        f.add(new MethodDef("pow", MathFloat::pow));
        f.add(new MethodDef("radians", (s, m, args, kw) ->
                FloatType.fromDouble(s, Abstract.asDouble(s, Args.one(s, "math.radians", args, kw)) * (Math.PI / 180.0))));
        two(f, "remainder", MathReal::remainder);
        one(f, "sin", Libm::sin, false);
        one(f, "sinh", Libm::sinh, true);
        one(f, "sqrt", Math::sqrt, false);
        one(f, "tan", Libm::tan, false);
        one(f, "tanh", Libm::tanh, false);
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

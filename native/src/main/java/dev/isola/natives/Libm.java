package dev.isola.natives;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * {@code <math.h>}: the C library's elementary functions, one static method per function over a
 * {@code MethodHandle} made when the function is first called (a holder class per function, so
 * the handle is a constant the JIT inlines). CPython's {@code math} module and {@code float.__pow__}
 * call these, and Java's {@code Math}/{@code StrictMath} round differently in the last bit for
 * about one argument in a thousand, so Isola calls the same functions to give the same results bit
 * for bit. All are leaves, linked {@code critical(false)}: a call costs about as much as a
 * non-inlined Java call plus the thread-state transition (10-20 ns). {@code errno} is not
 * captured: callers check the result instead, as CPython's {@code math_1} mostly does.
 */
public final class Libm {
    private Libm() {}

    private static final FunctionDescriptor DOUBLE_OF_DOUBLE = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE);
    private static final FunctionDescriptor DOUBLE_OF_TWO_DOUBLES =
            FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE);

    // ---------------------------------------------------------------- trigonometric

    private static final class sin$ {
        static final MethodHandle HANDLE = Natives.libc("sin", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double sin(double x)
     * }
     */
    public static double sin(double x) {
        try {
            return (double) sin$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class cos$ {
        static final MethodHandle HANDLE = Natives.libc("cos", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double cos(double x)
     * }
     */
    public static double cos(double x) {
        try {
            return (double) cos$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class tan$ {
        static final MethodHandle HANDLE = Natives.libc("tan", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double tan(double x)
     * }
     */
    public static double tan(double x) {
        try {
            return (double) tan$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class asin$ {
        static final MethodHandle HANDLE = Natives.libc("asin", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double asin(double x)
     * }
     */
    public static double asin(double x) {
        try {
            return (double) asin$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class acos$ {
        static final MethodHandle HANDLE = Natives.libc("acos", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double acos(double x)
     * }
     */
    public static double acos(double x) {
        try {
            return (double) acos$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class atan$ {
        static final MethodHandle HANDLE = Natives.libc("atan", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double atan(double x)
     * }
     */
    public static double atan(double x) {
        try {
            return (double) atan$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class atan2$ {
        static final MethodHandle HANDLE = Natives.libc("atan2", DOUBLE_OF_TWO_DOUBLES, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double atan2(double y, double x)
     * }
     */
    public static double atan2(double y, double x) {
        try {
            return (double) atan2$.HANDLE.invokeExact(y, x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    // ---------------------------------------------------------------- hyperbolic

    private static final class sinh$ {
        static final MethodHandle HANDLE = Natives.libc("sinh", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double sinh(double x)
     * }
     */
    public static double sinh(double x) {
        try {
            return (double) sinh$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class cosh$ {
        static final MethodHandle HANDLE = Natives.libc("cosh", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double cosh(double x)
     * }
     */
    public static double cosh(double x) {
        try {
            return (double) cosh$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class tanh$ {
        static final MethodHandle HANDLE = Natives.libc("tanh", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double tanh(double x)
     * }
     */
    public static double tanh(double x) {
        try {
            return (double) tanh$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class asinh$ {
        static final MethodHandle HANDLE = Natives.libc("asinh", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double asinh(double x)
     * }
     */
    public static double asinh(double x) {
        try {
            return (double) asinh$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class acosh$ {
        static final MethodHandle HANDLE = Natives.libc("acosh", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double acosh(double x)
     * }
     */
    public static double acosh(double x) {
        try {
            return (double) acosh$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class atanh$ {
        static final MethodHandle HANDLE = Natives.libc("atanh", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double atanh(double x)
     * }
     */
    public static double atanh(double x) {
        try {
            return (double) atanh$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    // ---------------------------------------------------------------- exponentials and logarithms

    private static final class exp$ {
        static final MethodHandle HANDLE = Natives.libc("exp", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double exp(double x)
     * }
     */
    public static double exp(double x) {
        try {
            return (double) exp$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class exp2$ {
        static final MethodHandle HANDLE = Natives.libc("exp2", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double exp2(double x)
     * }
     */
    public static double exp2(double x) {
        try {
            return (double) exp2$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class expm1$ {
        static final MethodHandle HANDLE = Natives.libc("expm1", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double expm1(double x)
     * }
     */
    public static double expm1(double x) {
        try {
            return (double) expm1$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class log$ {
        static final MethodHandle HANDLE = Natives.libc("log", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double log(double x)
     * }
     */
    public static double log(double x) {
        try {
            return (double) log$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class log2$ {
        static final MethodHandle HANDLE = Natives.libc("log2", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double log2(double x)
     * }
     */
    public static double log2(double x) {
        try {
            return (double) log2$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class log10$ {
        static final MethodHandle HANDLE = Natives.libc("log10", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double log10(double x)
     * }
     */
    public static double log10(double x) {
        try {
            return (double) log10$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class log1p$ {
        static final MethodHandle HANDLE = Natives.libc("log1p", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double log1p(double x)
     * }
     */
    public static double log1p(double x) {
        try {
            return (double) log1p$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    // ---------------------------------------------------------------- powers, remainders, error functions

    private static final class pow$ {
        static final MethodHandle HANDLE = Natives.libc("pow", DOUBLE_OF_TWO_DOUBLES, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double pow(double x, double y)
     * }
     */
    public static double pow(double x, double y) {
        try {
            return (double) pow$.HANDLE.invokeExact(x, y);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class cbrt$ {
        static final MethodHandle HANDLE = Natives.libc("cbrt", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double cbrt(double x)
     * }
     */
    public static double cbrt(double x) {
        try {
            return (double) cbrt$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class fmod$ {
        static final MethodHandle HANDLE = Natives.libc("fmod", DOUBLE_OF_TWO_DOUBLES, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double fmod(double x, double y)
     * }
     */
    public static double fmod(double x, double y) {
        try {
            return (double) fmod$.HANDLE.invokeExact(x, y);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class erf$ {
        static final MethodHandle HANDLE = Natives.libc("erf", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double erf(double x)
     * }
     */
    public static double erf(double x) {
        try {
            return (double) erf$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class erfc$ {
        static final MethodHandle HANDLE = Natives.libc("erfc", DOUBLE_OF_DOUBLE, Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * double erfc(double x)
     * }
     */
    public static double erfc(double x) {
        try {
            return (double) erfc$.HANDLE.invokeExact(x);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }
}

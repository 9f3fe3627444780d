package dev.isola.natives;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * {@code <math.h>}: the C library's elementary functions. CPython's {@code math} module and
 * {@code float.__pow__} call these, and Java's {@code Math}/{@code StrictMath} may round
 * differently in the last bit, so code whose results must equal CPython's bit for bit (the
 * {@code random} distributions) calls the same functions. All are leaves, linked
 * {@code critical(false)}; {@code errno} is not captured: callers check the result instead.
 */
public final class Libm {
    private Libm() {}

    private static final class exp$ {
        static final MethodHandle HANDLE = Natives.libc("exp",
                FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE), Natives.LEAF);
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

    private static final class log$ {
        static final MethodHandle HANDLE = Natives.libc("log",
                FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE), Natives.LEAF);
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

    private static final class cos$ {
        static final MethodHandle HANDLE = Natives.libc("cos",
                FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE), Natives.LEAF);
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

    private static final class sin$ {
        static final MethodHandle HANDLE = Natives.libc("sin",
                FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE), Natives.LEAF);
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

    private static final class acos$ {
        static final MethodHandle HANDLE = Natives.libc("acos",
                FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE), Natives.LEAF);
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

    private static final class pow$ {
        static final MethodHandle HANDLE = Natives.libc("pow",
                FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE), Natives.LEAF);
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
}

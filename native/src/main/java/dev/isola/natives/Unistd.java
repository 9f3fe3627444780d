package dev.isola.natives;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/** {@code <unistd.h>}: system configuration. */
public final class Unistd {
    /** {@code _SC_PAGESIZE} on Linux. */
    public static final int _SC_PAGESIZE = 30;

    private Unistd() {}

    private static final class sysconf$ {
        static final MethodHandle HANDLE = Natives.libc("sysconf",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * long sysconf(int name)
     * }
     */
    public static long sysconf(int name) {
        try {
            return (long) sysconf$.HANDLE.invokeExact(name);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class getpagesize$ {
        static final MethodHandle HANDLE = Natives.libc("getpagesize",
                FunctionDescriptor.of(JAVA_INT), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * int getpagesize(void)
     * }
     */
    public static int getpagesize() {
        try {
            return (int) getpagesize$.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class PageSize {
        static final long VALUE = sysconf(_SC_PAGESIZE);
    }

    /** The page size, read once: {@code sysconf(_SC_PAGESIZE)}. */
    public static long pageSize() {
        return PageSize.VALUE;
    }
}

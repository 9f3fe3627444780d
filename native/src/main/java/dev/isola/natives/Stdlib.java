package dev.isola.natives;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/** {@code <stdlib.h>}: the C allocator. All four are leaves, linked {@code critical(false)}. */
public final class Stdlib {
    private Stdlib() {}

    private static final class malloc$ {
        static final MethodHandle HANDLE = Natives.libc("malloc",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void *malloc(size_t size)
     * }
     */
    public static long malloc(long size) {
        try {
            return (long) malloc$.HANDLE.invokeExact(size);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class calloc$ {
        static final MethodHandle HANDLE = Natives.libc("calloc",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void *calloc(size_t nmemb, size_t size)
     * }
     */
    public static long calloc(long nmemb, long size) {
        try {
            return (long) calloc$.HANDLE.invokeExact(nmemb, size);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class realloc$ {
        static final MethodHandle HANDLE = Natives.libc("realloc",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void *realloc(void *ptr, size_t size)
     * }
     */
    public static long realloc(long ptr, long size) {
        try {
            return (long) realloc$.HANDLE.invokeExact(ptr, size);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class free$ {
        static final MethodHandle HANDLE = Natives.libc("free",
                FunctionDescriptor.ofVoid(JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void free(void *ptr)
     * }
     */
    public static void free(long ptr) {
        try {
            free$.HANDLE.invokeExact(ptr);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }
}

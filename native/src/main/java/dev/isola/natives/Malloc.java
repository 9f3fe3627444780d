package dev.isola.natives;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/** {@code <malloc.h>}: glibc's allocator extensions. */
public final class Malloc {
    private Malloc() {}

    private static final class malloc_usable_size$ {
        static final MethodHandle HANDLE = Natives.libc("malloc_usable_size",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * size_t malloc_usable_size(void *ptr)
     * }
     */
    public static long malloc_usable_size(long ptr) {
        try {
            return (long) malloc_usable_size$.HANDLE.invokeExact(ptr);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }
}

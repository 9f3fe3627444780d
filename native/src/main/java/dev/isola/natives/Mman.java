package dev.isola.natives;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * {@code <sys/mman.h>}: mapping, unmapping, protecting and advising pages (Linux x86-64 and
 * aarch64 constants).
 *
 * <p>Every function here reports failure through errno, so each binding takes a call-state
 * segment from {@link Errno#allocateState} first. These are system calls, not leaves of the
 * hot path: they are linked without {@code critical}.
 */
public final class Mman {
    public static final int PROT_NONE = 0x0;
    public static final int PROT_READ = 0x1;
    public static final int PROT_WRITE = 0x2;

    public static final int MAP_SHARED = 0x01;
    public static final int MAP_PRIVATE = 0x02;
    public static final int MAP_FIXED = 0x10;
    public static final int MAP_ANONYMOUS = 0x20;
    public static final int MAP_NORESERVE = 0x4000;

    /** {@code (void *) -1}: what mmap returns on failure. */
    public static final long MAP_FAILED = -1L;

    public static final int MADV_NORMAL = 0;
    public static final int MADV_DONTNEED = 4;
    public static final int MADV_FREE = 8;

    private Mman() {}

    private static final class mmap$ {
        static final MethodHandle HANDLE = Natives.libc("mmap",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG),
                Errno.CAPTURE);
    }

    /**
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
     * }
     * Returns {@link #MAP_FAILED} on failure, errno in {@code errnoState}.
     */
    public static long mmap(MemorySegment errnoState, long addr, long length, int prot, int flags, int fd,
                            long offset) {
        try {
            return (long) mmap$.HANDLE.invokeExact(errnoState, addr, length, prot, flags, fd, offset);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class munmap$ {
        static final MethodHandle HANDLE = Natives.libc("munmap",
                FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG), Errno.CAPTURE);
    }

    /**
     * {@snippet lang=c :
     * int munmap(void *addr, size_t length)
     * }
     */
    public static int munmap(MemorySegment errnoState, long addr, long length) {
        try {
            return (int) munmap$.HANDLE.invokeExact(errnoState, addr, length);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mprotect$ {
        static final MethodHandle HANDLE = Natives.libc("mprotect",
                FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT), Errno.CAPTURE);
    }

    /**
     * {@snippet lang=c :
     * int mprotect(void *addr, size_t len, int prot)
     * }
     */
    public static int mprotect(MemorySegment errnoState, long addr, long len, int prot) {
        try {
            return (int) mprotect$.HANDLE.invokeExact(errnoState, addr, len, prot);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class madvise$ {
        static final MethodHandle HANDLE = Natives.libc("madvise",
                FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT), Errno.CAPTURE);
    }

    /**
     * {@snippet lang=c :
     * int madvise(void *addr, size_t length, int advice)
     * }
     */
    public static int madvise(MemorySegment errnoState, long addr, long length, int advice) {
        try {
            return (int) madvise$.HANDLE.invokeExact(errnoState, addr, length, advice);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }
}

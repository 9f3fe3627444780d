package dev.isola.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * {@code <errno.h>} and {@code strerror} from {@code <string.h>}.
 *
 * <p>The JVM may overwrite {@code errno} between two native calls, so functions that report
 * failure through it are linked with {@code Linker.Option.captureCallState("errno")}: their
 * bindings take a call-state segment first (made by {@link #allocateState}) and the caller
 * reads it with {@link #get} right after the call.
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EEXIST = 17;
    public static final int EINVAL = 22;

    static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
    private static final StructLayout STATE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private Errno() {}

    /** A call-state segment for the bindings that capture errno. */
    public static MemorySegment allocateState(Arena arena) {
        return arena.allocate(STATE_LAYOUT);
    }

    /** The errno captured by the last call that was given {@code state}. */
    public static int get(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static final class strerror$ {
        static final MethodHandle HANDLE = Natives.libc("strerror",
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * char *strerror(int errnum)
     * }
     * Returns the address of a C string owned by libc.
     */
    public static long strerror(int errnum) {
        try {
            return (long) strerror$.HANDLE.invokeExact(errnum);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    /** {@code "ENOMEM (Cannot allocate memory)"}-style text for messages. */
    public static String describe(int errnum) {
        String name = switch (errnum) {
            case EPERM -> "EPERM";
            case ENOENT -> "ENOENT";
            case EINTR -> "EINTR";
            case EBADF -> "EBADF";
            case EAGAIN -> "EAGAIN";
            case ENOMEM -> "ENOMEM";
            case EACCES -> "EACCES";
            case EFAULT -> "EFAULT";
            case EEXIST -> "EEXIST";
            case EINVAL -> "EINVAL";
            default -> "errno " + errnum;
        };
        long text = strerror(errnum);
        String message = text == 0 ? "?" : MemorySegment.ofAddress(text).reinterpret(1024).getString(0);
        return name + " (" + message + ")";
    }
}

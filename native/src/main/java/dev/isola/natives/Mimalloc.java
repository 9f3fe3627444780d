package dev.isola.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * {@code <mimalloc.h>}, version 2.0.9 (Debian's {@code libmimalloc2.0}).
 *
 * <p>The library is optional. It is looked up once, on first use, as the system property
 * {@code isola.mimalloc.library} names it (a path or a soname; {@code none} disables it), else
 * as {@code libmimalloc.so.2}, then {@code libmimalloc.so}. {@link #isAvailable()} says whether
 * it was found and {@link #unavailableReason()} why not; calling a binding while it is absent
 * throws {@link UnsupportedOperationException} with that reason.
 *
 * <p>A 2.0.9 heap ({@code mi_heap_t*}) may allocate only on the OS thread that created it; any
 * thread may free. When a thread that used mimalloc exits, mimalloc deletes that thread's
 * heaps (their live blocks move to its backing heap and stay valid).
 */
public final class Mimalloc {
    /** {@code MI_MALLOC_VERSION} of the header these bindings follow. */
    public static final int MI_MALLOC_VERSION = 209;

    /** {@code mi_option_t} values used by Isola (enum order of mimalloc.h 2.0.9). */
    public static final int mi_option_show_errors = 0;
    public static final int mi_option_show_stats = 1;
    public static final int mi_option_verbose = 2;
    public static final int mi_option_eager_commit = 3;
    public static final int mi_option_large_os_pages = 6;
    public static final int mi_option_page_reset = 11;
    public static final int mi_option_decommit_delay = 15;
    public static final int mi_option_limit_os_alloc = 17;

    private Mimalloc() {}

    private static final class Lib {
        static final SymbolLookup LOOKUP;
        static final String NAME;
        static final String REASON;

        static {
            SymbolLookup found = null;
            String name = null;
            String reason;
            String wanted = System.getProperty("isola.mimalloc.library");
            if ("none".equals(wanted)) {
                reason = "disabled by -Disola.mimalloc.library=none";
            } else {
                String[] candidates = wanted != null
                        ? new String[] {wanted}
                        : new String[] {"libmimalloc.so.2", "libmimalloc.so"};
                StringBuilder failures = new StringBuilder();
                for (String candidate : candidates) {
                    try {
                        found = SymbolLookup.libraryLookup(candidate, Arena.global());
                        name = candidate;
                        break;
                    } catch (IllegalArgumentException e) {
                        failures.append(failures.isEmpty() ? "" : ", ").append(candidate);
                    }
                }
                reason = found != null ? null
                        : "mimalloc not found (tried " + failures
                          + "); install Debian's libmimalloc2.0, or let ./test install it as root";
            }
            LOOKUP = found;
            NAME = name;
            REASON = reason;
        }
    }

    /** True when the mimalloc shared library was found and loaded. */
    public static boolean isAvailable() {
        return Lib.LOOKUP != null;
    }

    /** Why mimalloc is unavailable, or {@code null} when it is available. */
    public static String unavailableReason() {
        return Lib.REASON;
    }

    /** The library name or path that was loaded, or {@code null}. */
    public static String libraryName() {
        return Lib.NAME;
    }

    /**
     * Links {@code name}; when the library is absent, a handle of the same type that throws
     * {@link UnsupportedOperationException} with the reason on every call (a holder's static
     * initializer must not throw, or every later call would see {@code NoClassDefFoundError}).
     */
    private static MethodHandle link(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        if (Lib.LOOKUP != null) {
            return Natives.link(Lib.LOOKUP, "mimalloc", name, descriptor, options);
        }
        MethodType type = descriptor.toMethodType();
        try {
            MethodHandle make = MethodHandles.lookup().findConstructor(UnsupportedOperationException.class,
                    MethodType.methodType(void.class, String.class));
            MethodHandle exception = MethodHandles.filterReturnValue(
                    MethodHandles.constant(String.class, name + ": " + Lib.REASON), make);
            MethodHandle thrower = MethodHandles.foldArguments(
                    MethodHandles.throwException(type.returnType(), UnsupportedOperationException.class), exception);
            return MethodHandles.dropArguments(thrower, 0, type.parameterList());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the stand-in for " + name, e);
        }
    }

    private static final class mi_version$ {
        static final MethodHandle HANDLE = link("mi_version", FunctionDescriptor.of(JAVA_INT), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * int mi_version(void)
     * }
     */
    public static int mi_version() {
        try {
            return (int) mi_version$.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_heap_new$ {
        static final MethodHandle HANDLE = link("mi_heap_new", FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * mi_heap_t *mi_heap_new(void)
     * }
     * The new heap belongs to the calling OS thread.
     */
    public static long mi_heap_new() {
        try {
            return (long) mi_heap_new$.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_heap_delete$ {
        static final MethodHandle HANDLE = link("mi_heap_delete", FunctionDescriptor.ofVoid(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void mi_heap_delete(mi_heap_t *heap)
     * }
     * Its live blocks move to the backing heap. Call only on the heap's own thread.
     */
    public static void mi_heap_delete(long heap) {
        try {
            mi_heap_delete$.HANDLE.invokeExact(heap);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_heap_destroy$ {
        static final MethodHandle HANDLE = link("mi_heap_destroy", FunctionDescriptor.ofVoid(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void mi_heap_destroy(mi_heap_t *heap)
     * }
     * Frees every block of the heap at once. Call only on the heap's own thread.
     */
    public static void mi_heap_destroy(long heap) {
        try {
            mi_heap_destroy$.HANDLE.invokeExact(heap);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_heap_malloc$ {
        static final MethodHandle HANDLE = link("mi_heap_malloc",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void *mi_heap_malloc(mi_heap_t *heap, size_t size)
     * }
     */
    public static long mi_heap_malloc(long heap, long size) {
        try {
            return (long) mi_heap_malloc$.HANDLE.invokeExact(heap, size);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_heap_calloc$ {
        static final MethodHandle HANDLE = link("mi_heap_calloc",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void *mi_heap_calloc(mi_heap_t *heap, size_t count, size_t size)
     * }
     */
    public static long mi_heap_calloc(long heap, long count, long size) {
        try {
            return (long) mi_heap_calloc$.HANDLE.invokeExact(heap, count, size);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_heap_realloc$ {
        static final MethodHandle HANDLE = link("mi_heap_realloc",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void *mi_heap_realloc(mi_heap_t *heap, void *p, size_t newsize)
     * }
     */
    public static long mi_heap_realloc(long heap, long p, long newsize) {
        try {
            return (long) mi_heap_realloc$.HANDLE.invokeExact(heap, p, newsize);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_malloc$ {
        static final MethodHandle HANDLE = link("mi_malloc",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void *mi_malloc(size_t size)
     * }
     * Allocates from the calling OS thread's default heap.
     */
    public static long mi_malloc(long size) {
        try {
            return (long) mi_malloc$.HANDLE.invokeExact(size);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_free$ {
        static final MethodHandle HANDLE = link("mi_free", FunctionDescriptor.ofVoid(JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * void mi_free(void *p)
     * }
     * Any thread may free any block.
     */
    public static void mi_free(long p) {
        try {
            mi_free$.HANDLE.invokeExact(p);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_usable_size$ {
        static final MethodHandle HANDLE = link("mi_usable_size",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Natives.LEAF);
    }

    /**
     * {@snippet lang=c :
     * size_t mi_usable_size(const void *p)
     * }
     */
    public static long mi_usable_size(long p) {
        try {
            return (long) mi_usable_size$.HANDLE.invokeExact(p);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * typedef bool (mi_block_visit_fun)(const mi_heap_t *heap, const mi_heap_area_t *area,
     *                                   void *block, size_t block_size, void *arg);
     * }
     * Called once per area with {@code block == 0}, then once per block when visiting all blocks.
     * Return false to stop. An exception thrown by {@link #apply} must not reach native code:
     * {@link #allocate} turns it into {@code false} (stop), and the caller can learn of it from
     * the returned {@link Upcall}.
     */
    @FunctionalInterface
    public interface mi_block_visit_fun {
        FunctionDescriptor DESCRIPTOR =
                FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);

        boolean apply(long heap, long area, long block, long blockSize, long arg);

        /** An upcall stub for {@code fi}, valid as long as {@code arena}. */
        static Upcall allocate(mi_block_visit_fun fi, Arena arena) {
            Upcall upcall = new Upcall();
            mi_block_visit_fun safe = (h, a, b, s, arg) -> {
                try {
                    return fi.apply(h, a, b, s, arg);
                } catch (Throwable t) {
                    upcall.fail(t);
                    return false;
                }
            };
            upcall.stub = Upcall.stub(safe, mi_block_visit_fun.class, "apply", DESCRIPTOR, arena);
            return upcall;
        }
    }

    /**
     * {@snippet lang=c :
     * typedef void (mi_output_fun)(const char *msg, void *arg);
     * }
     * {@code msg} is the address of a NUL-terminated C string.
     */
    @FunctionalInterface
    public interface mi_output_fun {
        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG);

        void apply(long msg, long arg);

        /** An upcall stub for {@code fi}, valid as long as {@code arena}. */
        static Upcall allocate(mi_output_fun fi, Arena arena) {
            Upcall upcall = new Upcall();
            mi_output_fun safe = (msg, arg) -> {
                try {
                    fi.apply(msg, arg);
                } catch (Throwable t) {
                    upcall.fail(t);
                }
            };
            upcall.stub = Upcall.stub(safe, mi_output_fun.class, "apply", DESCRIPTOR, arena);
            return upcall;
        }
    }

    /** An upcall stub and the first exception its Java side threw (never let through to C). */
    public static final class Upcall {
        private MemorySegment stub;
        private volatile Throwable failure;

        public MemorySegment stub() {
            return stub;
        }

        private synchronized void fail(Throwable t) {
            if (failure == null) {
                failure = t;
            }
        }

        /** The first exception the callback threw, or {@code null}. */
        public Throwable failure() {
            return failure;
        }

        private static <T> MemorySegment stub(T target, Class<T> type, String method, FunctionDescriptor d,
                                              Arena arena) {
            try {
                MethodHandle handle = MethodHandles.publicLookup()
                        .findVirtual(type, method, d.toMethodType()).bindTo(target);
                return Natives.LINKER.upcallStub(handle, d, arena);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make upcall stub for " + type.getSimpleName(), e);
            }
        }
    }

    private static final class mi_heap_visit_blocks$ {
        static final MethodHandle HANDLE = link("mi_heap_visit_blocks",
                FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_LONG, JAVA_BOOLEAN, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * bool mi_heap_visit_blocks(const mi_heap_t *heap, bool visit_all_blocks,
     *                           mi_block_visit_fun *visitor, void *arg)
     * }
     * Not a leaf: it calls back into Java.
     */
    public static boolean mi_heap_visit_blocks(long heap, boolean visitAllBlocks, MemorySegment visitor, long arg) {
        try {
            return (boolean) mi_heap_visit_blocks$.HANDLE.invokeExact(heap, visitAllBlocks, visitor, arg);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_stats_print_out$ {
        static final MethodHandle HANDLE = link("mi_stats_print_out",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void mi_stats_print_out(mi_output_fun *out, void *arg)
     * }
     * Not a leaf: it calls back into Java. Statistics are process-wide (all heaps).
     */
    public static void mi_stats_print_out(MemorySegment out, long arg) {
        try {
            mi_stats_print_out$.HANDLE.invokeExact(out, arg);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_stats_reset$ {
        static final MethodHandle HANDLE = link("mi_stats_reset", FunctionDescriptor.ofVoid());
    }

    /**
     * {@snippet lang=c :
     * void mi_stats_reset(void)
     * }
     */
    public static void mi_stats_reset() {
        try {
            mi_stats_reset$.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    private static final class mi_option_set$ {
        static final MethodHandle HANDLE = link("mi_option_set",
                FunctionDescriptor.ofVoid(JAVA_INT, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void mi_option_set(mi_option_t option, long value)
     * }
     */
    public static void mi_option_set(int option, long value) {
        try {
            mi_option_set$.HANDLE.invokeExact(option, value);
        } catch (Throwable t) {
            throw Natives.rethrow(t);
        }
    }

    /**
     * Runs {@code mi_stats_print_out} and returns what it printed (process-wide statistics).
     */
    public static String statsText() {
        StringBuilder text = new StringBuilder();
        try (Arena arena = Arena.ofConfined()) {
            Upcall out = mi_output_fun.allocate((msg, arg) ->
                    text.append(MemorySegment.ofAddress(msg).reinterpret(Integer.MAX_VALUE).getString(0)), arena);
            mi_stats_print_out(out.stub(), 0);
            if (out.failure() != null) {
                throw new IllegalStateException("reading mimalloc statistics failed", out.failure());
            }
        }
        return text.toString();
    }
}

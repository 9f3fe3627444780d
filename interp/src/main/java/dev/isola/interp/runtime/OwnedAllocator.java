package dev.isola.interp.runtime;

import dev.isola.memory.Allocator;
import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.DebugHooks;
import dev.isola.memory.Domain;
import dev.isola.memory.LibcAllocator;
import dev.isola.memory.LimitedAllocator;
import dev.isola.memory.MimallocAllocator;

/**
 * The allocator stack an interpreter owns, made from its {@link InterpreterConfig}:
 *
 * <pre>
 *   limited (memoryLimit &gt; 0)  →  debug hooks (debugHooks)  →  arena | mimalloc | libc
 * </pre>
 *
 * The limit is outermost, so it counts what Python code asked for (the debug hooks' pad bytes
 * are theirs). Closed with the interpreter: the hooks are checked, their leaks counted, and the
 * base allocator returns every byte it obtained.
 */
final class OwnedAllocator {
    private final Allocator base;
    private final DebugHooks hooks;
    private final LimitedAllocator limited;
    private final Allocator top;

    private OwnedAllocator(Allocator base, DebugHooks hooks, LimitedAllocator limited, Allocator top) {
        this.base = base;
        this.hooks = hooks;
        this.limited = limited;
        this.top = top;
    }

    /** The allocator {@code config} asks for; IllegalStateException when mimalloc is asked for and missing. */
    static OwnedAllocator open(InterpreterConfig config) {
        Allocator base = switch (config.allocator()) {
            case ARENA -> new ArenaAllocator();
            case LIBC -> new LibcAllocator();
            case MIMALLOC -> {
                try {
                    yield new MimallocAllocator();
                } catch (UnsupportedOperationException e) {
                    throw new IllegalStateException("allocator MIMALLOC is not available: " + e.getMessage(), e);
                }
            }
        };
        DebugHooks hooks = config.debugHooks() ? new DebugHooks() : null;
        Allocator top = hooks == null ? base : hooks.wrap(Domain.OBJ, base);
        LimitedAllocator limited = null;
        if (config.memoryLimit() > 0) {
            limited = new LimitedAllocator(top, config.memoryLimit());
            top = limited;
        }
        return new OwnedAllocator(base, hooks, limited, top);
    }

    /** What the interpreter allocates from. */
    Allocator allocator() {
        return top;
    }

    /** {@code [limit, bytes in use]}, or zeros without a limit. */
    long[] limitUse() {
        return limited == null ? new long[] {0, 0} : new long[] {limited.limit(), limited.used()};
    }

    /**
     * Returns every byte; with debug hooks, checks every block first and returns how many were
     * still allocated (else -1). A corrupted block is reported as an IllegalStateException naming
     * the interpreter, after the memory has been returned.
     */
    int close(long interpreterId) {
        int leaked = -1;
        RuntimeException failure = null;
        if (hooks != null) {
            try {
                hooks.checkAll();
            } catch (RuntimeException e) {
                failure = new IllegalStateException("interpreter " + interpreterId + ": the debug hooks found a "
                        + "damaged block at close: " + e.getMessage(), e);
            }
            leaked = hooks.liveBlocks().size();
            hooks.close();
        }
        base.close();
        if (failure != null) {
            throw failure;
        }
        return leaked;
    }
}

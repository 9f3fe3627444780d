package dev.isola.memory;

/**
 * One domain's allocator under {@link DebugHooks}: made by {@link DebugHooks#wrap}, it hands out
 * blocks laid out as {@link DebugBlockLayout} describes and checks every free and resize.
 *
 * <p>{@link #usableSize} is the requested size: bytes past it are guard bytes. Thread-safe
 * when the wrapped allocator is; the hooks' monitor guards everything else.
 */
public final class DebugAllocator implements Allocator {
    final DebugHooks hooks;
    final Domain domain;
    final Allocator inner;
    /** Guarded by {@code hooks}. */
    long blocks;
    /** Guarded by {@code hooks}. */
    long bytes;
    /** Guarded by {@code hooks}. */
    boolean closed;

    DebugAllocator(DebugHooks hooks, Domain domain, Allocator inner) {
        this.hooks = hooks;
        this.domain = domain;
        this.inner = inner;
    }

    public Domain domain() {
        return domain;
    }

    @Override
    public String name() {
        return "debug(" + inner.name() + ")";
    }

    @Override
    public boolean isThreadSafe() {
        return inner.isThreadSafe();
    }

    @Override
    public long allocate(long size) {
        return hooks.allocate(this, size, false);
    }

    @Override
    public long allocateZeroed(long count, long size) {
        long total = Allocator.checkedProduct(count, size);
        return total < 0 ? 0 : hooks.allocate(this, total, true);
    }

    @Override
    public long reallocate(long addr, long newSize) {
        if (addr == 0) {
            return allocate(newSize);
        }
        return newSize < 0 ? 0 : hooks.reallocate(this, addr, newSize);
    }

    @Override
    public void free(long addr) {
        if (addr != 0) {
            hooks.free(this, addr);
        }
    }

    @Override
    public long usableSize(long addr) {
        return hooks.usableSize(this, addr);
    }

    @Override
    public AllocatorStats stats() {
        synchronized (hooks) {
            return new AllocatorStats(name(), blocks, bytes, inner.stats().bytesReserved());
        }
    }

    @Override
    public String report() {
        StringBuilder out = new StringBuilder();
        synchronized (hooks) {
            out.append("debug hooks, domain ").append(domain).append('\n');
            out.append(StatsReport.line("# blocks in use", blocks));
            out.append(StatsReport.line("# bytes requested in them", bytes));
            out.append(StatsReport.line("# blocks in quarantine (all domains)", hooks.quarantinedBlocks()));
        }
        return out.append('\n').append(inner.report()).toString();
    }

    /**
     * Verifies and releases this domain's blocks (live and quarantined), then closes the wrapped
     * allocator unless another open domain of the same hooks still uses it. Damage found on the
     * way is thrown after everything was released.
     */
    @Override
    public void close() {
        synchronized (hooks) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            hooks.release(this);
        } finally {
            if (!hooks.innerStillInUse(inner)) {
                inner.close();
            }
        }
    }
}

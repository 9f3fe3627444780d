package dev.isola.memory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Caps the bytes an allocator may have handed out at once: a request that would take the
 * usable bytes in live blocks past {@link #limit()} fails (returns 0, so the interpreter raises
 * {@code MemoryError}) and nothing is allocated. Frees give the bytes back, so a program that
 * catches the {@code MemoryError} and drops what it held can go on.
 *
 * <p>Invariant: {@code used() == Σ inner.usableSize(b)} over the live blocks allocated through
 * this wrapper, and {@code used() <= limit()} after every successful call (a request is checked
 * against its requested size before it is made, and the usable size counted after).
 *
 * <p>Cost: one {@code usableSize} per allocation and per free, and an atomic add; an
 * interpreter without a limit does not have this wrapper at all. Thread-safe when the inner
 * allocator is. Closing closes the wrapped allocator.
 */
public final class LimitedAllocator implements Allocator {
    private final Allocator inner;
    private final long limit;
    private final AtomicLong used = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public LimitedAllocator(Allocator inner, long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit=" + limit + " (must be positive)");
        }
        this.inner = inner;
        this.limit = limit;
    }

    /** The cap, in bytes. */
    public long limit() {
        return limit;
    }

    /** Usable bytes in live blocks now. */
    public long used() {
        return used.get();
    }

    /** Requests refused because of the cap so far. */
    public long refusals() {
        return refused.get();
    }

    @Override
    public String name() {
        return "limited(" + inner.name() + ", " + limit + ")";
    }

    @Override
    public boolean isThreadSafe() {
        return inner.isThreadSafe();
    }

    private boolean fits(long size) {
        if (size < 0 || size > limit - used.get()) {
            refused.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Counts a block just made; gives it back when its rounding took the total past the cap. */
    private long admit(long addr) {
        if (addr == 0) {
            return 0;
        }
        long n = inner.usableSize(addr);
        if (used.addAndGet(n) > limit) {
            used.addAndGet(-n);
            inner.free(addr);
            refused.incrementAndGet();
            return 0;
        }
        return addr;
    }

    @Override
    public long allocate(long size) {
        return fits(size) ? admit(inner.allocate(size)) : 0;
    }

    @Override
    public long allocateZeroed(long count, long size) {
        long total = Allocator.checkedProduct(count, size);
        return total >= 0 && fits(total) ? admit(inner.allocateZeroed(count, size)) : 0;
    }

    @Override
    public long reallocate(long addr, long newSize) {
        if (addr == 0) {
            return allocate(newSize);
        }
        long old = inner.usableSize(addr);
        if (newSize < 0 || newSize - old > limit - used.get()) {
            refused.incrementAndGet();
            return 0;
        }
        long moved = inner.reallocate(addr, newSize);
        if (moved == 0) {
            return 0;
        }
        used.addAndGet(inner.usableSize(moved) - old);
        return moved;
    }

    @Override
    public void free(long addr) {
        if (addr == 0) {
            return;
        }
        long n = inner.usableSize(addr);
        inner.free(addr);
        used.addAndGet(-n);
    }

    @Override
    public long usableSize(long addr) {
        return inner.usableSize(addr);
    }

    @Override
    public AllocatorStats stats() {
        AllocatorStats s = inner.stats();
        return new AllocatorStats(name(), s.blocksInUse(), s.bytesInUse(), s.bytesReserved());
    }

    @Override
    public String report() {
        return "limit: " + limit + " bytes, " + used.get() + " in use, " + refused.get() + " requests refused\n"
                + inner.report();
    }

    @Override
    public void close() {
        inner.close();
        used.set(0);
    }
}

package dev.isola.memory;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes any allocator safe for several threads by holding one lock around each call — for an
 * allocator shared by interpreters that share a lock (CPython's "legacy" configuration), and the
 * baseline that shows why Isola gives each interpreter its own allocator: on two threads a
 * shared locked allocator runs slower than one thread alone (docs/BENCHMARKS.md).
 *
 * <p>Thread-safe. Cost: one uncontended {@link ReentrantLock} acquire and release per call.
 * Closing closes the wrapped allocator.
 */
public final class LockingAllocator implements Allocator {
    private final Allocator inner;
    private final ReentrantLock lock = new ReentrantLock();

    public LockingAllocator(Allocator inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return "locking(" + inner.name() + ")";
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    @Override
    public long allocate(long size) {
        lock.lock();
        try {
            return inner.allocate(size);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long allocateZeroed(long count, long size) {
        lock.lock();
        try {
            return inner.allocateZeroed(count, size);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long reallocate(long addr, long newSize) {
        lock.lock();
        try {
            return inner.reallocate(addr, newSize);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void free(long addr) {
        lock.lock();
        try {
            inner.free(addr);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long usableSize(long addr) {
        lock.lock();
        try {
            return inner.usableSize(addr);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public AllocatorStats stats() {
        lock.lock();
        try {
            AllocatorStats s = inner.stats();
            return new AllocatorStats(name(), s.blocksInUse(), s.bytesInUse(), s.bytesReserved());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String report() {
        lock.lock();
        try {
            return inner.report();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            inner.close();
        } finally {
            lock.unlock();
        }
    }
}

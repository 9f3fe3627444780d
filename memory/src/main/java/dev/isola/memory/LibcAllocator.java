package dev.isola.memory;

import dev.isola.natives.Malloc;
import dev.isola.natives.Stdlib;

/**
 * The C library's malloc family behind the {@link Allocator} contract: the default RAW
 * allocator and the baseline the others are measured against.
 *
 * <p>Every live block is remembered in a {@link BlockTable} so that {@link #free} of a foreign
 * address is refused instead of corrupting the C heap, {@link #stats} can count, and
 * {@link #close} can return everything.
 *
 * <p>Thread-safe (RAW domain). Cost: the FFM call (≈7 ns for a malloc/free pair) plus one
 * uncontended monitor and a hash-table update per call. Closing while other threads still
 * allocate is a misuse: blocks they obtain after the close are not returned.
 */
public final class LibcAllocator implements Allocator {
    private final BlockTable live = new BlockTable();
    private volatile boolean closed;

    @Override
    public String name() {
        return "libc";
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    @Override
    public long allocate(long size) {
        if (size < 0) {
            return 0;
        }
        checkOpen();
        long addr = Stdlib.malloc(Math.max(size, 1));
        if (addr != 0) {
            live.add(addr, size);
        }
        return addr;
    }

    @Override
    public long allocateZeroed(long count, long size) {
        long total = Allocator.checkedProduct(count, size);
        if (total < 0) {
            return 0;
        }
        checkOpen();
        long addr = Stdlib.calloc(1, Math.max(total, 1));
        if (addr != 0) {
            live.add(addr, total);
        }
        return addr;
    }

    @Override
    public long reallocate(long addr, long newSize) {
        if (addr == 0) {
            return allocate(newSize);
        }
        if (newSize < 0) {
            return 0;
        }
        long oldSize = untrack(addr, "reallocate");
        long moved = Stdlib.realloc(addr, Math.max(newSize, 1));
        if (moved == 0) {
            live.add(addr, oldSize);
            return 0;
        }
        live.add(moved, newSize);
        return moved;
    }

    @Override
    public void free(long addr) {
        if (addr != 0) {
            untrack(addr, "free");
            Stdlib.free(addr);
        }
    }

    private long untrack(long addr, String operation) {
        long size = live.remove(addr);
        if (size < 0) {
            checkOpen();
            throw new IllegalArgumentException(operation + " of an address this libc allocator did not give out: address="
                    + Memory.hex(addr));
        }
        return size;
    }

    @Override
    public long usableSize(long addr) {
        long usable = live.ifLive(addr, Malloc::malloc_usable_size);
        if (usable < 0) {
            checkOpen();
            throw new IllegalArgumentException("usableSize of an address this libc allocator did not give out: address="
                    + Memory.hex(addr));
        }
        return usable;
    }

    @Override
    public AllocatorStats stats() {
        long usable = live.sum(Malloc::malloc_usable_size);
        return new AllocatorStats(name(), live.blocks(), usable, usable);
    }

    @Override
    public String report() {
        return StatsReport.simple(stats(), live.requestedBytes(), "");
    }

    @Override
    public void close() {
        closed = true;
        live.drain(addr -> {
            Stdlib.free(addr);
            return 0;
        });
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("libc allocator is closed");
        }
    }
}

package dev.isola.memory;

import dev.isola.natives.Malloc;
import dev.isola.natives.Stdlib;

/**
 * The C allocator with no bookkeeping at all, for an owner that already tracks every block it
 * gets from here: the {@link ArenaAllocator}'s private RAW allocator, whose large blocks sit in
 * the arena's own table (which refuses foreign addresses and frees everything on close). Used
 * anywhere else it would break the {@link Allocator} contract — a foreign free would reach libc,
 * and close could not return anything — so it is package-private.
 *
 * <p>Thread-safe, as malloc is. Cost: the FFM call alone (no second table, which cost the
 * arena's large path about 40 ns a pair through a {@link LibcAllocator}).
 */
final class PlainMalloc implements Allocator {
    @Override
    public String name() {
        return "libc";
    }

    @Override
    public long allocate(long size) {
        return size < 0 ? 0 : Stdlib.malloc(Math.max(size, 1));
    }

    @Override
    public long allocateZeroed(long count, long size) {
        long total = Allocator.checkedProduct(count, size);
        return total < 0 ? 0 : Stdlib.calloc(1, Math.max(total, 1));
    }

    @Override
    public long reallocate(long addr, long newSize) {
        return newSize < 0 ? 0 : Stdlib.realloc(addr, Math.max(newSize, 1));
    }

    @Override
    public void free(long addr) {
        Stdlib.free(addr);
    }

    @Override
    public long usableSize(long addr) {
        return Malloc.malloc_usable_size(addr);
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    /** Nothing is counted here: the owner's table is the record. */
    @Override
    public AllocatorStats stats() {
        return AllocatorStats.empty(name());
    }

    @Override
    public String report() {
        return "libc (untracked: blocks are counted by their owner)\n";
    }

    /** Nothing to return: the owner frees its blocks before closing. */
    @Override
    public void close() {}
}

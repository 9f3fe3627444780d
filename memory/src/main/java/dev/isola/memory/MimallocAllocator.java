package dev.isola.memory;

import dev.isola.natives.Mimalloc;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * mimalloc 2.0.9 heaps behind the {@link Allocator} contract.
 *
 * <h2>Heaps and threads</h2>
 * A 2.0.9 heap may allocate only on the OS thread that created it (any thread may free), so this
 * allocator keeps one heap per platform thread that allocates through it — a heap belongs to a
 * (thread, owner) pair, DESIGN §3. A virtual thread allocates from its carrier's default heap
 * ({@code mi_malloc}): a heap of our own per carrier cannot be kept safely, because carrier
 * threads come and go, mimalloc deletes a thread's heaps when it exits, and a later thread may
 * get the same {@code pthread_t}.
 *
 * <h2>Close</h2>
 * Every live block is remembered ({@link BlockTable}), so {@link #close} frees each one with
 * {@code mi_free} — correct from any thread, for blocks of live and dead threads alike — and then
 * deletes the heaps it may delete: those of the closing thread. A heap of another live thread is
 * empty by then and left to that thread (mimalloc deletes it when the thread exits; deleting it
 * from here would race with the thread's own structures); a dead thread's heap was already
 * deleted by mimalloc.
 *
 * <p>Thread-safe. Fast path: one reference load to find the calling thread's heap (a one-entry
 * cache), the FFM call, and one striped-monitor table update.
 */
public final class MimallocAllocator implements Allocator {
    private record HeapEntry(Thread thread, long heap) {}

    private final BlockTable live = new BlockTable();
    private final Map<Thread, HeapEntry> heaps = new HashMap<>();
    private volatile HeapEntry lastHeap;
    private volatile boolean closed;
    private int heapsLeftToThreads;

    /** Throws {@link UnsupportedOperationException} with the reason when mimalloc is absent. */
    public MimallocAllocator() {
        if (!Mimalloc.isAvailable()) {
            throw new UnsupportedOperationException(Mimalloc.unavailableReason());
        }
    }

    @Override
    public String name() {
        return "mimalloc";
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    /** The calling thread's heap, 0 for a virtual thread, -1 when mimalloc cannot make one. */
    private long heap() {
        Thread t = Thread.currentThread();
        HeapEntry e = lastHeap;
        if (e != null && e.thread == t) {
            return e.heap;
        }
        return heapSlow(t);
    }

    private long heapSlow(Thread t) {
        if (t.isVirtual()) {
            return 0;
        }
        synchronized (heaps) {
            checkOpen();
            HeapEntry e = heaps.get(t);
            if (e == null) {
                heaps.values().removeIf(old -> !old.thread.isAlive());
                long heap = Mimalloc.mi_heap_new();
                if (heap == 0) {
                    return -1;
                }
                e = new HeapEntry(t, heap);
                heaps.put(t, e);
            }
            lastHeap = e;
            return e.heap;
        }
    }

    /**
     * What to ask mimalloc for: at least 16 bytes. mimalloc aligns a block only to its size
     * class, and its 8-byte class (requests of 0…8 bytes) would break the 16-byte alignment of
     * the {@link Allocator} contract.
     */
    private static long request(long size) {
        return Math.max(size, 16);
    }

    @Override
    public long allocate(long size) {
        if (size < 0) {
            return 0;
        }
        checkOpen();
        long heap = heap();
        if (heap < 0) {
            return 0;
        }
        long addr = heap == 0 ? Mimalloc.mi_malloc(request(size)) : Mimalloc.mi_heap_malloc(heap, request(size));
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
        long heap = heap();
        long addr;
        if (heap < 0) {
            return 0;
        } else if (heap == 0) {
            addr = Mimalloc.mi_malloc(request(total));
            if (addr != 0) {
                Memory.fill(addr, total, (byte) 0);
            }
        } else {
            addr = Mimalloc.mi_heap_calloc(heap, 1, request(total));
        }
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
        long oldSize = live.remove(addr);
        if (oldSize < 0) {
            throw foreign("reallocate", addr);
        }
        long heap = heap();
        long moved;
        if (heap > 0) {
            moved = Mimalloc.mi_heap_realloc(heap, addr, request(newSize));
        } else {
            // Virtual thread (or no heap): allocate from the carrier's default heap and copy.
            moved = Mimalloc.mi_malloc(request(newSize));
            if (moved != 0) {
                Memory.copy(addr, moved, Math.min(oldSize, newSize));
                Mimalloc.mi_free(addr);
            }
        }
        if (moved == 0) {
            live.add(addr, oldSize);
            return 0;
        }
        live.add(moved, newSize);
        return moved;
    }

    @Override
    public void free(long addr) {
        if (addr == 0) {
            return;
        }
        if (live.remove(addr) < 0) {
            throw foreign("free", addr);
        }
        Mimalloc.mi_free(addr);
    }

    @Override
    public long usableSize(long addr) {
        long usable = live.ifLive(addr, Mimalloc::mi_usable_size);
        if (usable < 0) {
            throw foreign("usableSize", addr);
        }
        return usable;
    }

    private RuntimeException foreign(String operation, long addr) {
        checkOpen();
        return new IllegalArgumentException(operation + " of an address this mimalloc allocator did not give out: address="
                + Memory.hex(addr));
    }

    /** Heaps made so far for threads still holding one (platform threads that allocated). */
    public int heapCount() {
        synchronized (heaps) {
            return heaps.size();
        }
    }

    /** Heaps that {@link #close} left, empty, to their still-running threads. */
    public int heapsLeftToThreads() {
        synchronized (heaps) {
            return heapsLeftToThreads;
        }
    }

    /**
     * Counts the blocks in the calling thread's heap with {@code mi_heap_visit_blocks}: the
     * heap's own view, independent of this allocator's table. 0 when the thread has no heap.
     * Blocks other threads freed may still be counted: mimalloc collects such frees lazily, on
     * the owning thread's next allocations.
     */
    public long heapBlocksOfCurrentThread() {
        HeapEntry e;
        synchronized (heaps) {
            e = heaps.get(Thread.currentThread());
        }
        if (e == null) {
            return 0;
        }
        long[] count = new long[1];
        try (Arena arena = Arena.ofConfined()) {
            Mimalloc.Upcall visitor = Mimalloc.mi_block_visit_fun.allocate((heap, area, block, blockSize, arg) -> {
                if (block != 0) {
                    count[0]++;
                }
                return true;
            }, arena);
            Mimalloc.mi_heap_visit_blocks(e.heap, true, visitor.stub(), 0);
            if (visitor.failure() != null) {
                throw new IllegalStateException("visiting mimalloc heap blocks failed", visitor.failure());
            }
        }
        return count[0];
    }

    @Override
    public AllocatorStats stats() {
        long usable = live.sum(Mimalloc::mi_usable_size);
        return new AllocatorStats(name(), live.blocks(), usable, usable);
    }

    @Override
    public String report() {
        return StatsReport.simple(stats(), live.requestedBytes(),
                "heaps: " + heapCount() + " (one per platform thread that allocated)\n\n"
                + "mimalloc's process-wide statistics (mi_stats_print_out):\n" + Mimalloc.statsText());
    }

    @Override
    public void close() {
        List<HeapEntry> entries;
        synchronized (heaps) {
            if (closed) {
                return;
            }
            closed = true;
            entries = new ArrayList<>(heaps.values());
            heaps.clear();
            lastHeap = null;
        }
        live.drain(addr -> {
            Mimalloc.mi_free(addr);
            return 0;
        });
        Thread self = Thread.currentThread();
        int left = 0;
        for (HeapEntry e : entries) {
            if (e.thread == self) {
                Mimalloc.mi_heap_delete(e.heap);
            } else if (e.thread.isAlive()) {
                left++;
            }
        }
        synchronized (heaps) {
            heapsLeftToThreads = left;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("mimalloc allocator is closed");
        }
    }
}

package dev.isola.immortal;

import dev.isola.memory.Memory;
import dev.isola.memory.OsPages;
import dev.isola.natives.Mman;
import dev.isola.natives.Unistd;

/**
 * The process-wide heap of immortal objects (DESIGN §5): built once before the first
 * interpreter, then sealed read-only so that every interpreter may read it and none can write it.
 *
 * <pre>
 *   base                          top                     base + capacity
 *   ├── objects, bump-allocated ──┤── never touched ───────┤
 *   └──── sealed: PROT_READ ──────┘└── unmapped at seal ───┘   (rounded to pages)
 * </pre>
 *
 * <p>Invariants: every block is 16-byte aligned and zero-filled when handed out; nothing is
 * freed one by one (immortal objects live as long as the heap); after {@link #seal()} no
 * allocation is possible and the pages are read-only, so a write to them is a bug that stops
 * the process at once rather than corrupting another interpreter.
 *
 * <p>Owned by the runtime (one per process use). Not thread-safe while building — bootstrap
 * runs on one thread; after sealing it is immutable and any thread may read it.
 */
public final class ImmortalHeap implements AutoCloseable {
    /** Address space reserved up front; pages cost nothing until touched. */
    public static final long DEFAULT_CAPACITY = 64L << 20;

    private final long base;
    private final long capacity;
    private long top;
    private long mappedEnd;
    private boolean sealed;
    private boolean closed;

    public ImmortalHeap() {
        this(DEFAULT_CAPACITY);
    }

    public ImmortalHeap(long capacity) {
        long page = Unistd.pageSize();
        this.capacity = (capacity + page - 1) & -page;
        this.base = OsPages.map(this.capacity);
        if (base == 0) {
            throw new OutOfMemoryError("cannot map the immortal heap: size=" + this.capacity);
        }
        this.top = base;
        this.mappedEnd = base + this.capacity;
    }

    /** {@code size} zeroed bytes, 16-byte aligned. Only before {@link #seal()}. */
    public long allocate(long size) {
        if (sealed || closed) {
            throw new IllegalStateException("immortal heap is " + (closed ? "closed" : "sealed") + ": no allocation");
        }
        if (size < 0 || size > capacity) {
            throw new IllegalArgumentException("bad immortal allocation: size=" + size);
        }
        long addr = top;
        long end = addr + ((size + 15) & -16L);
        if (end > base + capacity) {
            throw new OutOfMemoryError("immortal heap full: capacity=" + capacity + " request=" + size);
        }
        top = end;
        return addr;
    }

    /** True when {@code addr} lies in the heap's objects. O(1). */
    public boolean contains(long addr) {
        return addr >= base && addr < top;
    }

    public long base() {
        return base;
    }

    /** Bytes handed out so far. */
    public long used() {
        return top - base;
    }

    /** The end of the sealed (read-only) range, page-rounded; equals base before sealing. */
    public long sealedEnd() {
        return sealed ? mappedEnd : base;
    }

    public boolean isSealed() {
        return sealed;
    }

    /**
     * Makes every page holding objects read-only and unmaps the untouched rest. Idempotent.
     */
    public void seal() {
        if (sealed) {
            return;
        }
        long page = Unistd.pageSize();
        long end = Math.max(base + page, (top + page - 1) & -page);
        if (end < mappedEnd) {
            OsPages.unmap(end, mappedEnd - end);
            mappedEnd = end;
        }
        OsPages.protect(base, mappedEnd - base, Mman.PROT_READ);
        sealed = true;
    }

    /**
     * Unmaps the heap. Only the runtime may do this, after every interpreter is gone: any
     * address into it is dangling afterwards.
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            OsPages.unmap(base, mappedEnd - base);
        }
    }

    @Override
    public String toString() {
        return "ImmortalHeap[base=" + Memory.hex(base) + " used=" + used() + " sealed=" + sealed + "]";
    }
}

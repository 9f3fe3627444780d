package dev.isola.memory;

/**
 * A source of off-heap blocks addressed by {@code long}, with C's malloc contract.
 *
 * <pre>
 *                 ┌──────────────┐   ┌──────────────┐   ┌──────────────┐
 *  wrappers       │ DebugHooks   │ → │ Tracing      │ → │ Locking      │   (stack in any order)
 *                 └──────────────┘   └──────────────┘   └──────────────┘
 *                          │ delegate to
 *  allocators     ArenaAllocator (obmalloc)  │  MimallocAllocator  │  LibcAllocator
 *                   ≤ 512 B: own pools       │   mimalloc heaps    │   malloc/free
 *                   else / 0 B: → RAW        │                     │
 *  natives        mmap/munmap                │   mi_heap_*         │   malloc/free
 * </pre>
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li>{@link #allocate} returns a 16-byte-aligned address of at least {@code size} usable
 *       bytes, or {@code 0} when memory cannot be had (the caller raises {@code MemoryError}).
 *       {@code allocate(0)} returns a unique address, as {@code malloc(1)} would.
 *   <li>{@link #reallocate} of {@code 0} allocates; on failure it returns {@code 0} and the old
 *       block is left intact.
 *   <li>{@link #free} of {@code 0} does nothing. Freeing an address this allocator did not
 *       give out throws {@link IllegalArgumentException} where the allocator can tell (every
 *       allocator here can) rather than corrupting memory.
 *   <li>{@link #close} returns every byte the allocator obtained, live blocks included; its
 *       statistics read zero afterwards and further use throws {@link IllegalStateException}.
 * </ul>
 *
 * <p>Thread-safety is per implementation and stated by {@link #isThreadSafe()}: RAW-domain
 * allocators are thread-safe; MEM/OBJ allocators have one owner at a time (the interpreter
 * lock) and no lock inside.
 */
public interface Allocator extends AutoCloseable {
    /** A short name for reports: {@code arena}, {@code mimalloc}, {@code libc}, {@code debug(arena)} … */
    String name();

    /** At least {@code size} bytes, 16-byte aligned, or 0. */
    long allocate(long size);

    /** {@code count * size} bytes set to zero, or 0 (also when the product overflows). */
    long allocateZeroed(long count, long size);

    /** Resizes {@code addr} to {@code newSize}, moving it if needed; 0 on failure, old block intact. */
    long reallocate(long addr, long newSize);

    /** Releases {@code addr}; 0 is ignored. */
    void free(long addr);

    /** Bytes usable at {@code addr}, at least what was requested. */
    long usableSize(long addr);

    /** True when any thread may call this allocator at any time (the RAW domain's requirement). */
    boolean isThreadSafe();

    /** Blocks and bytes in use now. */
    AllocatorStats stats();

    /** A text report for people, in the shape of CPython's {@code sys._debugmallocstats()}. */
    String report();

    /** Returns every byte obtained; see the class comment. Idempotent. */
    @Override
    void close();

    /**
     * True when {@code addr} is a live block of this allocator. Never touches memory it does not
     * own, but may cost a table lookup and an exception: for debug checks, not fast paths.
     */
    default boolean isLive(long addr) {
        try {
            usableSize(addr);
            return true;
        } catch (IllegalArgumentException | MemoryMisuseException e) {
            return false;
        }
    }

    /** {@code count * size}, or -1 when it overflows or either is negative. */
    static long checkedProduct(long count, long size) {
        if (count < 0 || size < 0) {
            return -1;
        }
        long hi = Math.multiplyHigh(count, size);
        long lo = count * size;
        return hi != 0 || lo < 0 ? -1 : lo;
    }
}

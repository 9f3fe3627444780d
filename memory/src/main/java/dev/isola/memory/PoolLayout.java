package dev.isola.memory;

/**
 * The header at the start of every 16 KiB pool of the {@link ArenaAllocator} (obmalloc's
 * {@code pool_header}). Stateless: offsets and sizes only.
 *
 * <pre>
 *  pool+0   ref            int32   blocks in use in this pool
 *  pool+4   szidx          int32   size-class index (block size = (szidx+1)*16); -1 = never used
 *  pool+8   freeblock      int64   address of the first free block, 0 if none; each free
 *                                  block's first 8 bytes hold the next one's address
 *  pool+16  nextpool       int64   next pool in its list (used pools of a class, or the arena's
 *                                  free pools), 0 at the end
 *  pool+24  prevpool       int64   previous pool in the used list of its class, 0 at the head
 *  pool+32  arenaindex     int32   index of the owning arena's record
 *  pool+36  nextoffset     int32   offset of the next never-carved block
 *  pool+40  maxnextoffset  int32   largest nextoffset at which a whole block still fits
 *  pool+44  (padding)
 *  pool+48  block 0, block 1, …    16-byte aligned
 * </pre>
 *
 * <p>Invariant (checked by {@link ArenaAllocator#checkInvariants()}): for a pool in use,
 * {@code ref + |free list| + (maxnextoffset - nextoffset)/size + 1 == capacity(szidx)} when
 * {@code nextoffset <= maxnextoffset}, and {@code ref + |free list| == capacity} otherwise.
 */
final class PoolLayout {
    static final int REF_OFFSET = 0;
    static final int SZIDX_OFFSET = 4;
    static final int FREEBLOCK_OFFSET = 8;
    static final int NEXTPOOL_OFFSET = 16;
    static final int PREVPOOL_OFFSET = 24;
    static final int ARENAINDEX_OFFSET = 32;
    static final int NEXTOFFSET_OFFSET = 36;
    static final int MAXNEXTOFFSET_OFFSET = 40;

    /** Header bytes before the first block (a multiple of the 16-byte alignment). */
    static final int POOL_OVERHEAD = 48;

    static final int POOL_SHIFT = 14;
    static final int POOL_SIZE = 1 << POOL_SHIFT;
    static final long POOL_MASK = POOL_SIZE - 1;

    static final int ALIGNMENT_SHIFT = 4;
    static final int ALIGNMENT = 1 << ALIGNMENT_SHIFT;
    static final int SMALL_REQUEST_THRESHOLD = 512;
    static final int SIZE_CLASSES = SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT;

    static final int ARENA_SHIFT = 20;
    static final long ARENA_SIZE = 1L << ARENA_SHIFT;
    static final int POOLS_PER_ARENA = (int) (ARENA_SIZE >> POOL_SHIFT);

    private PoolLayout() {}

    /** Block size of size class {@code index}: 16, 32, … 512. */
    static int classSize(int index) {
        return (index + 1) << ALIGNMENT_SHIFT;
    }

    /** Blocks of class {@code index} that fit in one pool. */
    static int capacity(int index) {
        return (POOL_SIZE - POOL_OVERHEAD) / classSize(index);
    }
}

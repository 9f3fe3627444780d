package dev.isola.memory;

import static dev.isola.memory.PoolLayout.ALIGNMENT_SHIFT;
import static dev.isola.memory.PoolLayout.ARENAINDEX_OFFSET;
import static dev.isola.memory.PoolLayout.ARENA_SHIFT;
import static dev.isola.memory.PoolLayout.ARENA_SIZE;
import static dev.isola.memory.PoolLayout.FREEBLOCK_OFFSET;
import static dev.isola.memory.PoolLayout.MAXNEXTOFFSET_OFFSET;
import static dev.isola.memory.PoolLayout.NEXTOFFSET_OFFSET;
import static dev.isola.memory.PoolLayout.NEXTPOOL_OFFSET;
import static dev.isola.memory.PoolLayout.POOLS_PER_ARENA;
import static dev.isola.memory.PoolLayout.POOL_MASK;
import static dev.isola.memory.PoolLayout.POOL_OVERHEAD;
import static dev.isola.memory.PoolLayout.POOL_SIZE;
import static dev.isola.memory.PoolLayout.PREVPOOL_OFFSET;
import static dev.isola.memory.PoolLayout.REF_OFFSET;
import static dev.isola.memory.PoolLayout.SIZE_CLASSES;
import static dev.isola.memory.PoolLayout.SMALL_REQUEST_THRESHOLD;
import static dev.isola.memory.PoolLayout.SZIDX_OFFSET;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-interpreter small-object allocator, after CPython's obmalloc.
 *
 * <h2>How it works</h2>
 * Requests of 1…512 bytes are rounded up to a multiple of 16 and served from a <em>size
 * class</em> (32 classes: 16, 32, … 512 bytes). Blocks of one class are carved from a 16 KiB
 * <em>pool</em> that holds only that class; pools are carved from 1 MiB <em>arenas</em> mapped
 * with mmap at 1 MiB-aligned addresses. Requests of 0 bytes or above 512 go to the RAW
 * allocator given at construction (by default the C library's malloc, called directly); this
 * allocator remembers them so that {@link #close} can return them.
 *
 * <pre>
 *  usedPools[class] ──► pool ◄──► pool ◄──► pool      pools with a free block, per class
 *                        │ freeblock → block → block → 0   (LIFO list threaded through blocks)
 *
 *  usableArenas ──► arena ◄──► arena ◄──► arena        arenas with a free pool, fewest first
 *                    │ freepools → pool → pool → 0
 *                    │ poolAddress: next never-used pool
 *
 *  arena (1 MiB, aligned)
 *  ┌──────────┬──────────┬─────┬──────────┐
 *  │ pool 0   │ pool 1   │ …   │ pool 63  │   pool = header (PoolLayout) + blocks
 *  └──────────┴──────────┴─────┴──────────┘
 * </pre>
 *
 * <p>A pool is in one of three states (obmalloc's): <em>used</em> (some blocks in use, at least
 * one free: it is in {@code usedPools[class]}), <em>full</em> (in no list), <em>empty</em> (in
 * its arena's free pools, class forgotten unless re-used for the same class). Arenas on the
 * usable list are sorted by free-pool count, fewest first, so allocation packs the most used
 * arenas and nearly empty ones drain. {@code lastWithFreePools[n]} points at the rightmost
 * arena with {@code n} free pools, which keeps the sort O(1) per change (CPython 3.9's
 * {@code nfp2lasta}).
 *
 * <p>An arena whose pools are all empty is unmapped at once, except when it is the last on the
 * usable list: that one is kept so that a program that allocates and frees one block in a loop
 * does not map and unmap an arena each time (CPython's guard against arena thrashing,
 * bpo-37257). {@link #close} unmaps it too.
 *
 * <h2>Cost</h2>
 * Fast path of {@link #allocate}: one unsigned compare, one array load, pop the pool's free
 * list (three off-heap loads and two stores). {@link #free}: an O(1) ownership test (the last
 * arena hit, else a hash of the 1 MiB arena number), push onto the pool's free list. No lock, no atomic, no allocation. The
 * slow paths — a pool running out of blocks, a full pool getting a block back, a pool going
 * empty, a new arena — are out of line.
 *
 * <h2>Ownership and threads</h2>
 * Not thread-safe, by design: an interpreter's MEM and OBJ domains are used only under its lock
 * (DESIGN §3, §8). Wrap in {@link LockingAllocator} to share one among threads. Blocks of
 * 0 or more than 512 bytes come from the RAW allocator, which must be thread-safe only if it is
 * shared.
 */
public final class ArenaAllocator implements Allocator {
    private final Allocator raw;
    private final boolean ownsRaw;

    /** Head of the used-pool list of each size class; 0 when the class has no pool with room. */
    private final long[] usedPools = new long[SIZE_CLASSES];

    /** Arena records by index; null slots are free for reuse. */
    private ArenaRecord[] arenas = new ArenaRecord[16];
    private ArenaRecord unusedRecords;

    /** Arenas with at least one free pool, sorted by freePools ascending. */
    private ArenaRecord usableArenas;
    private final ArenaRecord[] lastWithFreePools = new ArenaRecord[POOLS_PER_ARENA + 1];

    /** Arena number (address >>> 20) → record index + 1: the ownership test. */
    private final LongLongMap arenaNumbers = new LongLongMap(16);

    /**
     * The arena number the last ownership test found, or -1: a one-entry cache in front of
     * {@link #arenaNumbers}. Frees cluster in few arenas, and one field compare costs far less
     * than the hash probe (measured: 1.4 vs 3.0 ns for an alloc+free pair). Reset when that
     * arena is released.
     */
    private long lastArena = -1;

    /** Blocks passed to RAW: address → requested size. */
    private final LongLongMap largeBlocks = new LongLongMap(16);
    private long largeBytes;

    private long arenasAllocatedTotal;
    private long arenasReclaimed;
    private long arenasHighWater;
    private long arenasCurrent;
    private boolean closed;

    /**
     * An arena allocator whose large requests go straight to the C library's malloc; this
     * allocator's own table of large blocks is their only record.
     */
    public ArenaAllocator() {
        this(new PlainMalloc(), true);
    }

    /** An arena allocator whose large requests go to {@code raw} (not closed with this one). */
    public ArenaAllocator(Allocator raw) {
        this(raw, false);
    }

    private ArenaAllocator(Allocator raw, boolean ownsRaw) {
        this.raw = raw;
        this.ownsRaw = ownsRaw;
    }

    /** An arena's bookkeeping, on the Java heap; the arena's bytes are off-heap. */
    private static final class ArenaRecord {
        final int index;
        long base;
        int freePools;
        long freePoolList;
        long poolAddress;
        ArenaRecord prev;
        ArenaRecord next;

        ArenaRecord(int index) {
            this.index = index;
        }
    }

    @Override
    public String name() {
        return "arena";
    }

    @Override
    public boolean isThreadSafe() {
        return false;
    }

    // ---------------------------------------------------------------- allocation

    @Override
    public long allocate(long size) {
        if (Long.compareUnsigned(size - 1, SMALL_REQUEST_THRESHOLD) < 0) {
            int index = (int) ((size - 1) >>> ALIGNMENT_SHIFT);
            long pool = usedPools[index];
            if (pool != 0) {
                return popBlock(pool, index);
            }
            return allocSlow(index);
        }
        return allocateLarge(size, false);
    }

    /** Takes the first free block of {@code pool}, which is at the head of its class's list. */
    private long popBlock(long pool, int index) {
        long block = Memory.getLong(pool + FREEBLOCK_OFFSET);
        long next = Memory.getLong(block);
        Memory.putLong(pool + FREEBLOCK_OFFSET, next);
        Memory.putInt(pool + REF_OFFSET, Memory.getInt(pool + REF_OFFSET) + 1);
        if (next == 0) {
            extendOrUnlink(pool, index);
        }
        return block;
    }

    /** The pool's free list ran dry: carve one more block, or unlink the pool when it is full. */
    private void extendOrUnlink(long pool, int index) {
        int nextOffset = Memory.getInt(pool + NEXTOFFSET_OFFSET);
        if (nextOffset <= Memory.getInt(pool + MAXNEXTOFFSET_OFFSET)) {
            long block = pool + nextOffset;
            Memory.putLong(block, 0);
            Memory.putLong(pool + FREEBLOCK_OFFSET, block);
            Memory.putInt(pool + NEXTOFFSET_OFFSET, nextOffset + PoolLayout.classSize(index));
            return;
        }
        long next = Memory.getLong(pool + NEXTPOOL_OFFSET);
        usedPools[index] = next;
        if (next != 0) {
            Memory.putLong(next + PREVPOOL_OFFSET, 0);
        }
        Memory.putLong(pool + NEXTPOOL_OFFSET, 0);
    }

    /** No pool of this class has room: take a pool from the most used usable arena. */
    private long allocSlow(int index) {
        checkOpen();
        if (usableArenas == null && newArena() == null) {
            return 0;
        }
        ArenaRecord arena = usableArenas;
        int free = arena.freePools;
        if (lastWithFreePools[free] == arena) {
            lastWithFreePools[free] = null;
        }
        if (free > 1 && lastWithFreePools[free - 1] == null) {
            lastWithFreePools[free - 1] = arena;
        }
        long pool;
        if (arena.freePoolList != 0) {
            pool = arena.freePoolList;
            arena.freePoolList = Memory.getLong(pool + NEXTPOOL_OFFSET);
        } else {
            pool = arena.poolAddress;
            arena.poolAddress += POOL_SIZE;
            Memory.putInt(pool + SZIDX_OFFSET, -1);
            Memory.putInt(pool + ARENAINDEX_OFFSET, arena.index);
        }
        arena.freePools = free - 1;
        if (arena.freePools == 0) {
            usableArenas = arena.next;
            if (usableArenas != null) {
                usableArenas.prev = null;
            }
            arena.next = null;
        }
        Memory.putLong(pool + NEXTPOOL_OFFSET, 0);
        Memory.putLong(pool + PREVPOOL_OFFSET, 0);
        usedPools[index] = pool;
        if (Memory.getInt(pool + SZIDX_OFFSET) != index) {
            // Not re-used for the same class: start its free list with the first block.
            int size = PoolLayout.classSize(index);
            Memory.putInt(pool + SZIDX_OFFSET, index);
            long first = pool + POOL_OVERHEAD;
            Memory.putLong(first, 0);
            Memory.putLong(pool + FREEBLOCK_OFFSET, first);
            Memory.putInt(pool + NEXTOFFSET_OFFSET, POOL_OVERHEAD + size);
            Memory.putInt(pool + MAXNEXTOFFSET_OFFSET, POOL_SIZE - size);
        }
        Memory.putInt(pool + REF_OFFSET, 0);
        return popBlock(pool, index);
    }

    /** Maps a new arena and makes it the only usable one; null when the OS refuses. */
    private ArenaRecord newArena() {
        long base = OsPages.mapAligned(ARENA_SIZE, ARENA_SIZE);
        if (base == 0) {
            return null;
        }
        ArenaRecord arena = unusedRecords;
        if (arena != null) {
            unusedRecords = arena.next;
        } else {
            arena = new ArenaRecord(firstFreeIndex());
            arenas[arena.index] = arena;
        }
        arena.base = base;
        arena.freePools = POOLS_PER_ARENA;
        arena.freePoolList = 0;
        arena.poolAddress = base;
        arena.prev = null;
        arena.next = null;
        usableArenas = arena;
        lastWithFreePools[POOLS_PER_ARENA] = arena;
        arenaNumbers.put(base >>> ARENA_SHIFT, arena.index + 1L);
        arenasAllocatedTotal++;
        arenasCurrent++;
        arenasHighWater = Math.max(arenasHighWater, arenasCurrent);
        return arena;
    }

    private int firstFreeIndex() {
        for (int i = 0; i < arenas.length; i++) {
            if (arenas[i] == null) {
                return i;
            }
        }
        int index = arenas.length;
        arenas = java.util.Arrays.copyOf(arenas, index * 2);
        return index;
    }

    private long allocateLarge(long size, boolean zeroed) {
        if (size < 0) {
            return 0;
        }
        checkOpen();
        long request = Math.max(size, 1);
        long addr = zeroed ? raw.allocateZeroed(1, request) : raw.allocate(request);
        if (addr != 0) {
            largeBlocks.put(addr, size);
            largeBytes += size;
        }
        return addr;
    }

    @Override
    public long allocateZeroed(long count, long size) {
        long total = Allocator.checkedProduct(count, size);
        if (total < 0) {
            return 0;
        }
        if (total == 0 || total > SMALL_REQUEST_THRESHOLD) {
            return allocateLarge(total, true);
        }
        long addr = allocate(total);
        if (addr != 0) {
            Memory.fill(addr, total, (byte) 0);
        }
        return addr;
    }

    // ---------------------------------------------------------------- release

    /** True when {@code addr} lies in one of this allocator's arenas. O(1). */
    public boolean owns(long addr) {
        long number = addr >>> ARENA_SHIFT;
        return number == lastArena || ownsSlow(number);
    }

    private boolean ownsSlow(long number) {
        if (arenaNumbers.contains(number)) {
            lastArena = number;
            return true;
        }
        return false;
    }

    @Override
    public void free(long addr) {
        long number = addr >>> ARENA_SHIFT;
        if (number == lastArena || ownsSlow(number)) {
            long pool = addr & ~POOL_MASK;
            long last = Memory.getLong(pool + FREEBLOCK_OFFSET);
            Memory.putLong(addr, last);
            Memory.putLong(pool + FREEBLOCK_OFFSET, addr);
            int ref = Memory.getInt(pool + REF_OFFSET) - 1;
            Memory.putInt(pool + REF_OFFSET, ref);
            if (last == 0 || ref == 0) {
                freeSlow(pool, last == 0, ref == 0);
            }
            return;
        }
        if (addr != 0) {
            freeLarge(addr);
        }
    }

    private void freeLarge(long addr) {
        long size = largeBlocks.remove(addr, -1);
        if (size < 0) {
            checkOpen();
            throw new IllegalArgumentException("free of an address this arena allocator did not give out: address="
                    + Memory.hex(addr));
        }
        largeBytes -= size;
        raw.free(addr);
    }

    /** A full pool got a block back, or a pool went empty. */
    private void freeSlow(long pool, boolean wasFull, boolean isEmpty) {
        int index = Memory.getInt(pool + SZIDX_OFFSET);
        if (wasFull) {
            // Back on its class's list, at the front: its free block is the next one handed out.
            long head = usedPools[index];
            Memory.putLong(pool + NEXTPOOL_OFFSET, head);
            Memory.putLong(pool + PREVPOOL_OFFSET, 0);
            if (head != 0) {
                Memory.putLong(head + PREVPOOL_OFFSET, pool);
            }
            usedPools[index] = pool;
        }
        if (!isEmpty) {
            return;
        }
        long next = Memory.getLong(pool + NEXTPOOL_OFFSET);
        long prev = Memory.getLong(pool + PREVPOOL_OFFSET);
        if (prev == 0) {
            usedPools[index] = next;
        } else {
            Memory.putLong(prev + NEXTPOOL_OFFSET, next);
        }
        if (next != 0) {
            Memory.putLong(next + PREVPOOL_OFFSET, prev);
        }
        ArenaRecord arena = arenas[Memory.getInt(pool + ARENAINDEX_OFFSET)];
        Memory.putLong(pool + NEXTPOOL_OFFSET, arena.freePoolList);
        arena.freePoolList = pool;
        poolEmptied(arena);
    }

    /** One more free pool in {@code arena}: keep the usable list sorted, or unmap the arena. */
    private void poolEmptied(ArenaRecord arena) {
        int free = ++arena.freePools;
        if (free == 1) {
            // Was full, so on no list: it has the fewest free pools of all, so it goes first.
            arena.prev = null;
            arena.next = usableArenas;
            if (usableArenas != null) {
                usableArenas.prev = arena;
            }
            usableArenas = arena;
            if (lastWithFreePools[1] == null) {
                lastWithFreePools[1] = arena;
            }
            return;
        }
        ArenaRecord lastOld = lastWithFreePools[free - 1];
        if (lastOld == arena) {
            ArenaRecord p = arena.prev;
            lastWithFreePools[free - 1] = p != null && p.freePools == free - 1 ? p : null;
        }
        if (free == POOLS_PER_ARENA && arena.next != null) {
            unlinkUsable(arena);
            releaseArena(arena);
            return;
        }
        if (lastWithFreePools[free] == null) {
            lastWithFreePools[free] = arena;
        }
        if (arena == lastOld) {
            return;
        }
        // Move it right, behind the last arena that had as few free pools as it had.
        unlinkUsable(arena);
        arena.prev = lastOld;
        arena.next = lastOld.next;
        if (lastOld.next != null) {
            lastOld.next.prev = arena;
        }
        lastOld.next = arena;
    }

    private void unlinkUsable(ArenaRecord arena) {
        if (arena.prev != null) {
            arena.prev.next = arena.next;
        } else {
            usableArenas = arena.next;
        }
        if (arena.next != null) {
            arena.next.prev = arena.prev;
        }
        arena.prev = null;
        arena.next = null;
    }

    private void releaseArena(ArenaRecord arena) {
        arenaNumbers.remove(arena.base >>> ARENA_SHIFT, 0);
        lastArena = -1;
        OsPages.unmap(arena.base, ARENA_SIZE);
        arena.base = 0;
        arena.next = unusedRecords;
        unusedRecords = arena;
        arenasReclaimed++;
        arenasCurrent--;
    }

    // ---------------------------------------------------------------- resize, size

    @Override
    public long reallocate(long addr, long newSize) {
        if (addr == 0) {
            return allocate(newSize);
        }
        if (newSize < 0) {
            return 0;
        }
        if (!owns(addr)) {
            long oldSize = largeBlocks.get(addr, -1);
            if (oldSize < 0) {
                checkOpen();
                throw new IllegalArgumentException(
                        "reallocate of an address this arena allocator did not give out: address=" + Memory.hex(addr));
            }
            // As CPython: a block from RAW stays in RAW whatever its new size.
            long moved = raw.reallocate(addr, Math.max(newSize, 1));
            if (moved != 0) {
                largeBlocks.remove(addr, 0);
                largeBlocks.put(moved, newSize);
                largeBytes += newSize - oldSize;
            }
            return moved;
        }
        long size = PoolLayout.classSize(Memory.getInt((addr & ~POOL_MASK) + SZIDX_OFFSET));
        if (newSize <= size) {
            // Shrinking: stay unless it saves at least a quarter (CPython's pymalloc_realloc).
            if (4 * newSize > 3 * size) {
                return addr;
            }
            size = newSize;
        }
        long moved = allocate(newSize);
        if (moved != 0) {
            Memory.copy(addr, moved, size);
            free(addr);
        }
        return moved;
    }

    @Override
    public long usableSize(long addr) {
        if (owns(addr)) {
            return PoolLayout.classSize(Memory.getInt((addr & ~POOL_MASK) + SZIDX_OFFSET));
        }
        if (!largeBlocks.contains(addr)) {
            checkOpen();
            throw new IllegalArgumentException("usableSize of an address this arena allocator did not give out: address="
                    + Memory.hex(addr));
        }
        return raw.usableSize(addr);
    }

    // ---------------------------------------------------------------- close

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        lastArena = -1;
        for (long addr : largeBlocks.keys()) {
            raw.free(addr);
        }
        largeBlocks.clear();
        largeBytes = 0;
        for (ArenaRecord arena : arenas) {
            if (arena != null && arena.base != 0) {
                arenaNumbers.remove(arena.base >>> ARENA_SHIFT, 0);
                OsPages.unmap(arena.base, ARENA_SIZE);
                arena.base = 0;
                arenasCurrent--;
            }
        }
        java.util.Arrays.fill(usedPools, 0);
        java.util.Arrays.fill(lastWithFreePools, null);
        usableArenas = null;
        if (ownsRaw) {
            raw.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("arena allocator is closed");
        }
    }

    // ---------------------------------------------------------------- statistics

    @Override
    public AllocatorStats stats() {
        ArenaStats s = arenaStats();
        long largeUsable = 0;
        for (long addr : largeBlocks.keys()) {
            largeUsable += raw.usableSize(addr);
        }
        long blocks = s.largeBlocks();
        for (SizeClassStats c : s.classes()) {
            blocks += c.blocksInUse();
        }
        return new AllocatorStats(name(), blocks, s.bytesInAllocatedBlocks() + largeUsable,
                arenasCurrent * ARENA_SIZE + largeUsable);
    }

    /** Walks every mapped arena and pool; O(arenas × 64). */
    public ArenaStats arenaStats() {
        long[] pools = new long[SIZE_CLASSES];
        long[] inUse = new long[SIZE_CLASSES];
        long[] free = new long[SIZE_CLASSES];
        long freePools = 0;
        long headers = 0;
        long quantization = 0;
        for (ArenaRecord arena : arenas) {
            if (arena == null || arena.base == 0) {
                continue;
            }
            freePools += (arena.base + ARENA_SIZE - arena.poolAddress) / POOL_SIZE;
            for (long pool = arena.base; pool < arena.poolAddress; pool += POOL_SIZE) {
                int ref = Memory.getInt(pool + REF_OFFSET);
                if (ref == 0) {
                    freePools++;
                    continue;
                }
                int index = Memory.getInt(pool + SZIDX_OFFSET);
                int size = PoolLayout.classSize(index);
                pools[index]++;
                inUse[index] += ref;
                free[index] += PoolLayout.capacity(index) - ref;
                headers += POOL_OVERHEAD;
                quantization += (POOL_SIZE - POOL_OVERHEAD) % size;
            }
        }
        List<SizeClassStats> classes = new ArrayList<>(SIZE_CLASSES);
        long allocated = 0;
        long available = 0;
        for (int i = 0; i < SIZE_CLASSES; i++) {
            int size = PoolLayout.classSize(i);
            classes.add(new SizeClassStats(i, size, pools[i], inUse[i], free[i]));
            allocated += inUse[i] * size;
            available += free[i] * size;
        }
        return new ArenaStats(classes, arenasAllocatedTotal, arenasReclaimed, arenasHighWater, arenasCurrent,
                freePools, allocated, available, freePools * POOL_SIZE, headers, quantization,
                largeBlocks.size(), largeBytes);
    }

    @Override
    public String report() {
        return StatsReport.arena(arenaStats(), stats());
    }

    /**
     * Checks every structural invariant; throws {@link IllegalStateException} naming the first
     * broken one. O(heap). Run by the debug mode and the tests.
     */
    public void checkInvariants() {
        for (int index = 0; index < SIZE_CLASSES; index++) {
            long prev = 0;
            for (long pool = usedPools[index]; pool != 0; pool = Memory.getLong(pool + NEXTPOOL_OFFSET)) {
                require(owns(pool), "used pool outside every arena", pool, index);
                require(Memory.getInt(pool + SZIDX_OFFSET) == index, "used pool of another class", pool, index);
                require(Memory.getLong(pool + PREVPOOL_OFFSET) == prev, "broken prev link", pool, index);
                require(Memory.getLong(pool + FREEBLOCK_OFFSET) != 0, "used pool without a free block", pool, index);
                int ref = Memory.getInt(pool + REF_OFFSET);
                require(ref > 0, "empty pool on a used list", pool, index);
                long listed = 0;
                for (long b = Memory.getLong(pool + FREEBLOCK_OFFSET); b != 0; b = Memory.getLong(b)) {
                    require((b & ~POOL_MASK) == pool, "free block outside its pool", pool, index);
                    require(++listed <= PoolLayout.capacity(index), "free list cycle", pool, index);
                }
                int size = PoolLayout.classSize(index);
                int nextOffset = Memory.getInt(pool + NEXTOFFSET_OFFSET);
                long uncarved = (POOL_SIZE - nextOffset) / size;
                require(ref + listed + uncarved == PoolLayout.capacity(index),
                        "ref + free + uncarved != capacity", pool, index);
                prev = pool;
            }
        }
        int previousFree = 0;
        for (ArenaRecord a = usableArenas; a != null; a = a.next) {
            require(a.freePools > 0, "usable arena without free pools", a.base, -1);
            require(a.freePools >= previousFree, "usable arenas out of order", a.base, -1);
            require(a.next == null || a.next.prev == a, "broken arena prev link", a.base, -1);
            if (a.next == null || a.next.freePools != a.freePools) {
                require(lastWithFreePools[a.freePools] == a, "lastWithFreePools not the rightmost", a.base, -1);
            }
            previousFree = a.freePools;
        }
        long mapped = 0;
        for (ArenaRecord a : arenas) {
            if (a != null && a.base != 0) {
                mapped++;
                long empty = 0;
                for (long p = a.freePoolList; p != 0; p = Memory.getLong(p + NEXTPOOL_OFFSET)) {
                    require(Memory.getInt(p + REF_OFFSET) == 0, "non-empty pool on an arena's free list", p, -1);
                    empty++;
                }
                long untouched = (a.base + ARENA_SIZE - a.poolAddress) / POOL_SIZE;
                require(empty + untouched == a.freePools, "arena free-pool count wrong", a.base, -1);
            }
        }
        require(mapped == arenasCurrent && mapped == arenaNumbers.size(), "arena count wrong", 0, -1);
    }

    private static void require(boolean ok, String what, long addr, int index) {
        if (!ok) {
            throw new IllegalStateException("arena allocator invariant broken: " + what + ": address="
                    + Memory.hex(addr) + (index >= 0 ? " class=" + index : ""));
        }
    }
}

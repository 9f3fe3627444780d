package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new pool comes from the usable arena with the fewest free pools, so allocation packs the most
 * used arenas and lets nearly empty ones drain (obmalloc's sorted {@code usable_arenas}).
 */
class ArenaAllocatorPrefersMostUsedArenasTest {
    private static final int BLOCK = 256;
    private static final int BLOCKS_PER_POOL = (16384 - 48) / BLOCK;

    private ArenaAllocator a;
    /** arena number (address >>> 20) → pool number (address >>> 14) → the pool's blocks. */
    private final Map<Long, Map<Long, List<Long>>> arenas = new TreeMap<>();
    private long[] arenaNumbers;

    @BeforeEach
    void fillFourArenas() {
        a = new ArenaAllocator();
        for (int i = 0; i < 4 * 64 * BLOCKS_PER_POOL; i++) {
            long block = a.allocate(BLOCK);
            arenas.computeIfAbsent(block >>> 20, k -> new TreeMap<>())
                    .computeIfAbsent(block >>> 14, k -> new ArrayList<>())
                    .add(block);
        }
        assertEquals(4, arenas.size());
        for (Map<Long, List<Long>> pools : arenas.values()) {
            assertEquals(64, pools.size(), "every pool of every arena used");
            for (List<Long> blocks : pools.values()) {
                assertEquals(BLOCKS_PER_POOL, blocks.size(), "every pool full");
            }
        }
        arenaNumbers = arenas.keySet().stream().mapToLong(Long::longValue).toArray();
        assertEquals(0, a.arenaStats().freePools());
    }

    @AfterEach
    void close() {
        a.close();
    }

    /** Frees every block of {@code count} pools of the {@code arena}-th arena. */
    private void emptyPools(int arena, int count) {
        List<List<Long>> pools = new ArrayList<>(arenas.get(arenaNumbers[arena]).values());
        for (int p = 0; p < count; p++) {
            for (long block : pools.get(p)) {
                a.free(block);
            }
            pools.get(p).clear();
        }
        arenas.get(arenaNumbers[arena]).values().removeIf(List::isEmpty);
        a.checkInvariants();
    }

    private long arenaOf(long block) {
        return block >>> 20;
    }

    @Test
    void newPoolsComeFromTheArenaWithFewestFreePools() {
        emptyPools(1, 40);
        emptyPools(2, 10);
        emptyPools(3, 60);
        assertEquals(110, a.arenaStats().freePools());

        // A class with no pool yet needs a new pool: it comes from arena 2 (10 free pools).
        long first = a.allocate(64);
        assertEquals(arenaNumbers[2], arenaOf(first), "most used usable arena serves first");
        a.checkInvariants();

        // 256-byte pools are all full, so each 63 blocks take a new pool: 9 more from arena 2 …
        for (int i = 0; i < 9 * BLOCKS_PER_POOL; i++) {
            assertEquals(arenaNumbers[2], arenaOf(a.allocate(BLOCK)), "block " + i + " while arena 2 has room");
        }
        a.checkInvariants();
        // … then arena 2 is full and arena 1 (40 free) is preferred over arena 3 (60 free).
        assertEquals(arenaNumbers[1], arenaOf(a.allocate(BLOCK)));
        a.checkInvariants();
    }

    @Test
    void aFullArenaThatGetsAPoolBackServesFirst() {
        emptyPools(3, 30);
        emptyPools(0, 1); // arena 0 was full: with one free pool it is now the most used usable arena
        a.checkInvariants();
        assertEquals(arenaNumbers[0], arenaOf(a.allocate(128)));
        // Its only free pool is taken: the next new pool comes from arena 3.
        assertEquals(arenaNumbers[3], arenaOf(a.allocate(32)));
        a.checkInvariants();
    }

    @Test
    void anArenaThatDrainsMovesBehindFullerOnes() {
        emptyPools(1, 5);
        emptyPools(2, 5);
        emptyPools(1, 20); // arena 1 now has 25 free pools: arena 2 (5) must serve first
        assertEquals(arenaNumbers[2], arenaOf(a.allocate(48)));
        emptyPools(2, 40); // arena 2 now has 44 (one taken): arena 1 (25) serves first
        assertEquals(arenaNumbers[1], arenaOf(a.allocate(80)));
        a.checkInvariants();
    }
}

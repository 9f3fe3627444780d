package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * An arena whose pools are all empty goes back to the OS at once — except one, kept so that a
 * program allocating and freeing in a loop does not map and unmap an arena each time (CPython's
 * bpo-37257) — and close unmaps that one too.
 */
class ArenaAllocatorReleasesEmptyArenasTest {
    private static final int BLOCK = 256;
    /** 64 pools of (16384 - 48) / 256 = 63 blocks. */
    private static final int BLOCKS_PER_ARENA = 64 * 63;
    private static final long MIB = 1L << 20;

    @Test
    void emptiedArenasAreUnmappedButOne() {
        ArenaAllocator a = new ArenaAllocator();
        long[] blocks = new long[5 * BLOCKS_PER_ARENA + 100];
        Set<Long> arenaNumbers = new HashSet<>();
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = a.allocate(BLOCK);
            arenaNumbers.add(blocks[i] >>> 20);
        }
        ArenaStats full = a.arenaStats();
        assertEquals(6, full.arenasCurrent(), "5 full arenas and a sixth for the last 100 blocks");
        assertEquals(6, full.arenasHighWater());
        assertEquals(6, full.arenasAllocatedTotal());
        assertEquals(0, full.arenasReclaimed());
        assertEquals(arenaNumbers.size(), full.arenasCurrent(), "blocks spread over exactly the mapped arenas");
        assertEquals(6 * MIB, a.stats().bytesReserved());
        a.checkInvariants();

        // Free in a deterministic shuffled order so arenas drain unevenly.
        SplittableRandom random = new SplittableRandom(37257);
        for (int i = blocks.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = blocks[i];
            blocks[i] = blocks[j];
            blocks[j] = t;
        }
        for (int i = 0; i < blocks.length; i++) {
            a.free(blocks[i]);
            if (i % 2000 == 0) {
                a.checkInvariants();
            }
        }
        a.checkInvariants();

        ArenaStats empty = a.arenaStats();
        assertEquals(1, empty.arenasCurrent(), "one empty arena is kept against thrashing");
        assertEquals(5, empty.arenasReclaimed());
        assertEquals(6, empty.arenasHighWater(), "the high-water mark remembers the peak");
        assertEquals(0, a.stats().blocksInUse());
        assertEquals(0, a.stats().bytesInUse());
        assertEquals(MIB, a.stats().bytesReserved());
        assertEquals(64, empty.freePools());

        a.close();
        assertEquals(0, a.arenaStats().arenasCurrent());
        assertEquals(AllocatorStats.empty("arena"), a.stats());
    }

    @Test
    void allocatingAndFreeingInALoopKeepsOneArena() {
        try (ArenaAllocator a = new ArenaAllocator()) {
            for (int i = 0; i < 10_000; i++) {
                a.free(a.allocate(1 + i % 512));
            }
            ArenaStats s = a.arenaStats();
            assertEquals(1, s.arenasAllocatedTotal(), "the emptied arena was kept, not unmapped and mapped again");
            assertEquals(0, s.arenasReclaimed());
            assertEquals(1, s.arenasCurrent());
            a.checkInvariants();
        }
    }

    @Test
    void theKeptArenaIsReusedAfterOthersWereReleased() {
        try (ArenaAllocator a = new ArenaAllocator()) {
            long[] blocks = new long[3 * BLOCKS_PER_ARENA];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = a.allocate(BLOCK);
            }
            for (long b : blocks) {
                a.free(b);
            }
            ArenaStats drained = a.arenaStats();
            assertEquals(1, drained.arenasCurrent());
            assertEquals(2, drained.arenasReclaimed());
            for (int i = 0; i < BLOCKS_PER_ARENA; i++) {
                blocks[i] = a.allocate(BLOCK);
            }
            ArenaStats again = a.arenaStats();
            assertEquals(3, again.arenasAllocatedTotal(), "one arena's worth of blocks fit in the kept arena");
            assertEquals(1, again.arenasCurrent());
            assertEquals(0, again.freePools());
            a.checkInvariants();
        }
    }
}

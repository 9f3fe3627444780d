package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The arena allocator's layout and policies, as obmalloc's: blocks of one class packed in a
 * 16 KiB pool after a 48-byte header; requests of 0 or above 512 bytes handed to the RAW
 * allocator (and returned to it on close); a shrink that would save less than a quarter stays in
 * place, as in CPython's {@code pymalloc_realloc}.
 */
class ArenaAllocatorSizeClassesTest {
    @Test
    void blocksOfOneClassArePackedInPoolsAfterTheHeader() {
        try (ArenaAllocator a = new ArenaAllocator()) {
            int perPool = (16384 - 48) / 16;
            long first = a.allocate(16);
            assertEquals(48, first & 16383, "first block right after the pool header");
            long previous = first;
            for (int i = 1; i < perPool; i++) {
                long b = a.allocate(1 + i % 16);
                assertEquals(previous + 16, b, "a fresh pool hands out its blocks in address order");
                previous = b;
            }
            long next = a.allocate(16);
            assertNotEquals(first >>> 14, next >>> 14, "a full pool is left for a new one");
            assertEquals(48, next & 16383);
            a.free(first + 16 * 10);
            assertEquals(first + 16 * 10, a.allocate(16), "the freed block is reused first");
            SizeClassStats c = a.arenaStats().classes().get(0);
            assertEquals(2, c.pools());
            assertEquals(perPool + 1, c.blocksInUse());
            a.checkInvariants();
        }
    }

    @Test
    void zeroAndLargeRequestsGoToTheRawAllocatorAndBackOnClose() {
        LibcAllocator raw = new LibcAllocator();
        ArenaAllocator a = new ArenaAllocator(raw);
        long[] large = {a.allocate(0), a.allocate(513), a.allocate(4096), a.allocateZeroed(3, 200)};
        long small = a.allocate(512);
        for (long b : large) {
            assertFalse(a.owns(b));
        }
        assertTrue(a.owns(small));
        assertEquals(4, raw.stats().blocksInUse(), "RAW holds exactly the large blocks");
        ArenaStats s = a.arenaStats();
        assertEquals(4, s.largeBlocks());
        assertEquals(513 + 4096 + 600, s.largeBytes());
        assertEquals(5, a.stats().blocksInUse());

        a.free(large[2]);
        assertEquals(3, raw.stats().blocksInUse());
        a.close();
        assertEquals(0, raw.stats().blocksInUse(), "close returned the large blocks to RAW");
        long stillOpen = raw.allocate(10);
        assertNotEquals(0, stillOpen, "a RAW allocator given to the arena is not closed with it");
        raw.free(stillOpen);
        raw.close();
    }

    @Test
    void reallocateStaysInPlaceWithinTheClassAndForSmallShrinks() {
        try (ArenaAllocator a = new ArenaAllocator()) {
            long b = a.allocate(512);
            assertEquals(b, a.reallocate(b, 400), "512 -> 400 saves less than a quarter");
            assertEquals(b, a.reallocate(b, 385), "512 -> 385: 4*385 > 3*512");
            assertEquals(512, a.usableSize(b));
            long moved = a.reallocate(b, 384);
            assertNotEquals(b, moved, "512 -> 384 saves a quarter: moves to the 384 class");
            assertEquals(384, a.usableSize(moved));

            long c = a.allocate(20);
            assertEquals(c, a.reallocate(c, 32), "growth within the 32-byte class stays");
            assertEquals(c, a.reallocate(c, 25), "32 -> 25 stays");
            long shrunk = a.reallocate(c, 24);
            assertNotEquals(c, shrunk, "32 -> 24 moves (4*24 = 3*32)");
            long grown = a.reallocate(shrunk, 33);
            assertNotEquals(shrunk, grown, "growth beyond the class moves");
            assertEquals(48, a.usableSize(grown));
            a.free(moved);
            a.free(grown);
            assertEquals(0, a.stats().blocksInUse());
            a.checkInvariants();
        }
    }
}

package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LimitedAllocator}: requests past the cap fail with 0 and allocate nothing; frees give
 * the bytes back; reallocation is counted by its difference and refused intact; the accounting
 * equals the usable sizes of the live blocks.
 */
class LimitedAllocatorTest {
    @Test
    void refusesPastTheLimitAndRecoversAfterFrees() {
        try (LimitedAllocator a = new LimitedAllocator(new ArenaAllocator(), 64 * 1024)) {
            List<Long> blocks = new ArrayList<>();
            long addr;
            while ((addr = a.allocate(512)) != 0) {
                blocks.add(addr);
            }
            assertEquals(128, blocks.size(), "64 KiB hold exactly 128 blocks of 512 bytes");
            assertEquals(64 * 1024, a.used());
            assertEquals(1, a.refusals());
            assertEquals(0, a.allocate(1), "nothing fits any more");
            a.free(blocks.remove(0));
            assertEquals(64 * 1024 - 512, a.used());
            assertNotEquals(0, a.allocate(512), "a freed block's bytes can be had again");
            for (long b : blocks) {
                a.free(b);
            }
        }
    }

    @Test
    void largeRequestsAndOverflowingOnesAreRefusedWithoutAllocating() {
        try (ArenaAllocator inner = new ArenaAllocator(); LimitedAllocator a = new LimitedAllocator(inner, 1 << 20)) {
            assertEquals(0, a.allocate(2 << 20));
            assertEquals(0, a.allocateZeroed(Long.MAX_VALUE, 2));
            assertEquals(0, a.allocate(-1));
            assertEquals(0, inner.stats().blocksInUse(), "refused requests reached the inner allocator");
            long big = a.allocate(600 * 1024);
            assertNotEquals(0, big);
            assertEquals(inner.usableSize(big), a.used());
            a.free(big);
            assertEquals(0, a.used());
        }
    }

    @Test
    void reallocationCountsTheDifferenceAndKeepsTheBlockWhenRefused() {
        try (LimitedAllocator a = new LimitedAllocator(new LibcAllocator(), 100_000)) {
            long addr = a.allocate(1000);
            Memory.putLong(addr, 0x1234_5678L);
            long before = a.used();
            assertEquals(0, a.reallocate(addr, 200_000), "past the limit");
            assertEquals(before, a.used());
            assertEquals(0x1234_5678L, Memory.getLong(addr), "the old block is intact");
            long moved = a.reallocate(addr, 50_000);
            assertNotEquals(0, moved);
            assertEquals(0x1234_5678L, Memory.getLong(moved));
            assertEquals(a.usableSize(moved), a.used());
            a.free(moved);
            assertEquals(0, a.used());
            assertTrue(a.report().contains("limit: 100000 bytes"), a.report());
        }
    }

    @Test
    void aLimitMustBePositive() {
        try (LibcAllocator libc = new LibcAllocator()) {
            assertThrows(IllegalArgumentException.class, () -> new LimitedAllocator(libc, 0));
        }
    }
}

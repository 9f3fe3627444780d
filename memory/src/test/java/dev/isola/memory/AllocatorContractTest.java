package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.natives.Stdlib;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every allocator keeps the {@link Allocator} contract: 16-byte alignment, at least the requested
 * usable bytes, unique blocks for size 0, zeroed memory from {@code allocateZeroed} even for a
 * recycled block, 0 (never an exception) for impossible sizes, contents kept by
 * {@code reallocate}, foreign addresses refused by name, and a {@code close} that returns every
 * byte and refuses further use.
 */
class AllocatorContractTest {
    private static final long IMPOSSIBLE = 1L << 50; // 1 PiB: beyond the 47-bit address space

    private static void assertAligned(long addr, String what) {
        assertNotEquals(0, addr, what + " returned 0");
        assertEquals(0, addr & 15, () -> what + " is not 16-byte aligned: " + Memory.hex(addr));
    }

    private static void assertEmpty(Allocator a) {
        AllocatorStats s = a.stats();
        assertEquals(0, s.blocksInUse(), s.toString());
        assertEquals(0, s.bytesInUse(), s.toString());
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void everySizeFrom1To512IsAlignedAndFullyUsable(AllocatorKind kind) {
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            int perSize = 4;
            long[] blocks = new long[512 * perSize];
            long[] usable = new long[blocks.length];
            for (int size = 1; size <= 512; size++) {
                for (int k = 0; k < perSize; k++) {
                    int i = (size - 1) * perSize + k;
                    long addr = a.allocate(size);
                    assertAligned(addr, "allocate(" + size + ")");
                    usable[i] = a.usableSize(addr);
                    assertTrue(usable[i] >= size, "usableSize=" + usable[i] + " < size=" + size);
                    if (kind.hasSizeClasses()) {
                        assertEquals((size + 15) & ~15, usable[i], "arena block of " + size + " bytes");
                        assertTrue(o.arena().owns(addr), "a block of " + size + " bytes comes from an arena");
                    }
                    BlockPattern.fill(addr, usable[i], i);
                    blocks[i] = addr;
                }
            }
            assertEquals(blocks.length, a.stats().blocksInUse());
            o.checkInvariants();
            for (int i = 0; i < blocks.length; i++) {
                BlockPattern.assertIntact(blocks[i], usable[i], i, usable[i], "after all blocks were written");
                a.free(blocks[i]);
            }
            assertEmpty(a);
            o.checkInvariants();
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void zeroByteBlocksAreDistinct(AllocatorKind kind) {
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                long addr = a.allocate(0);
                assertAligned(addr, "allocate(0)");
                assertTrue(seen.add(addr), "allocate(0) returned " + Memory.hex(addr) + " twice");
                assertTrue(a.usableSize(addr) >= 0);
                if (o.arena() != null) {
                    assertFalse(o.arena().owns(addr), "0-byte requests go to RAW");
                }
            }
            assertEquals(200, a.stats().blocksInUse());
            for (long addr : seen) {
                a.free(addr);
            }
            assertEmpty(a);
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void largeBlocksAreAlignedAndFullyUsable(AllocatorKind kind) {
        long[] sizes = {513, 520, 1000, 4096, 8191, 65_536, 1 << 20, 3 << 20};
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            long[] blocks = new long[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                blocks[i] = a.allocate(sizes[i]);
                assertAligned(blocks[i], "allocate(" + sizes[i] + ")");
                assertTrue(a.usableSize(blocks[i]) >= sizes[i]);
                if (o.arena() != null) {
                    assertFalse(o.arena().owns(blocks[i]), sizes[i] + "-byte requests go to RAW");
                }
                BlockPattern.fill(blocks[i], sizes[i], i + 1000);
            }
            if (o.arena() != null) {
                assertEquals(sizes.length, o.arena().arenaStats().largeBlocks());
            }
            for (int i = 0; i < sizes.length; i++) {
                BlockPattern.assertIntact(blocks[i], sizes[i], i + 1000, sizes[i], "large block");
                a.free(blocks[i]);
            }
            assertEmpty(a);
            if (o.arena() != null) {
                assertEquals(0, o.arena().arenaStats().largeBlocks());
                assertEquals(0, o.arena().arenaStats().largeBytes());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void allocateZeroedIsZeroEvenForARecycledBlock(AllocatorKind kind) {
        long[] sizes = {1, 8, 15, 16, 24, 100, 511, 512, 513, 4000, 100_000};
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            for (long size : sizes) {
                long dirty = a.allocate(size);
                Memory.fill(dirty, a.usableSize(dirty), (byte) 0xFF);
                a.free(dirty);
                long zeroed = a.allocateZeroed(1, size);
                assertAligned(zeroed, "allocateZeroed(1, " + size + ")");
                if (kind.hasSizeClasses() && size <= 512) {
                    assertEquals(dirty, zeroed, "the freed block of " + size + " bytes is handed out again (LIFO)");
                }
                assertEquals(-1, Memory.findNot(zeroed, size, (byte) 0), "allocateZeroed(1, " + size + ") not zero");
                a.free(zeroed);
            }
            long dirty = a.allocate(63);
            Memory.fill(dirty, 63, (byte) 0xA5);
            a.free(dirty);
            long product = a.allocateZeroed(7, 9);
            assertAligned(product, "allocateZeroed(7, 9)");
            assertTrue(a.usableSize(product) >= 63);
            assertEquals(-1, Memory.findNot(product, 63, (byte) 0), "allocateZeroed(7, 9) not zero");
            a.free(product);

            long none = a.allocateZeroed(0, 8);
            assertAligned(none, "allocateZeroed(0, 8)");
            a.free(none);
            assertEmpty(a);
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void overflowingNegativeAndImpossibleSizesReturnZero(AllocatorKind kind) {
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            long keep = a.allocate(100);
            BlockPattern.fill(keep, 100, 7);

            assertEquals(0, a.allocateZeroed(Long.MAX_VALUE, 2), "count*size overflows");
            assertEquals(0, a.allocateZeroed(1L << 32, 1L << 32), "count*size overflows");
            assertEquals(0, a.allocateZeroed(3, Long.MAX_VALUE / 2), "count*size overflows");
            assertEquals(0, a.allocateZeroed(-1, 8), "negative count");
            assertEquals(0, a.allocateZeroed(8, -1), "negative size");
            assertEquals(0, a.allocate(-1), "negative size");
            assertEquals(0, a.allocate(Long.MIN_VALUE), "negative size");
            assertEquals(0, a.reallocate(keep, -1), "negative new size");
            assertEquals(0, a.allocate(IMPOSSIBLE), "1 PiB cannot be had");
            assertEquals(0, a.allocateZeroed(1, IMPOSSIBLE), "1 PiB cannot be had");
            assertEquals(0, a.reallocate(keep, IMPOSSIBLE), "1 PiB cannot be had");

            assertEquals(1, a.stats().blocksInUse(), "failed calls leave no block behind");
            BlockPattern.assertIntact(keep, 100, 7, 100, "the block whose reallocate failed");
            a.free(keep);
            assertEmpty(a);
            o.checkInvariants();
        }
    }

    /** Follows one block through {@code sizes}, checking after each step that the common prefix survived. */
    private static long reallocateThrough(AllocatorKind.Opened o, long addr, long size, long id, long[] sizes,
                                          Boolean[] ownedAfter) {
        Allocator a = o.allocator();
        for (int step = 0; step < sizes.length; step++) {
            long newSize = sizes[step];
            long moved = a.reallocate(addr, newSize);
            String what = "reallocate " + size + " -> " + newSize;
            assertAligned(moved, what);
            assertTrue(a.usableSize(moved) >= newSize, what);
            BlockPattern.assertIntact(moved, size, id, Math.min(size, newSize), what + " lost contents");
            if (o.arena() != null && ownedAfter != null) {
                assertEquals(ownedAfter[step], o.arena().owns(moved), what + ": in an arena?");
            }
            id++;
            BlockPattern.fill(moved, newSize, id);
            addr = moved;
            size = newSize;
            o.checkInvariants();
        }
        BlockPattern.assertIntact(addr, size, id, size, "last block");
        return addr;
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void reallocateKeepsContentsAcrossClassesAndIntoRaw(AllocatorKind kind) {
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            long first = a.allocate(24);
            BlockPattern.fill(first, 24, 1);
            // Once in RAW a block stays there whatever its size, as in CPython's pymalloc_realloc.
            long last = reallocateThrough(o, first, 24, 1, new long[] {200, 600, 100, 8, 0, 5000, 40},
                    new Boolean[] {true, false, false, false, false, false, false});
            a.free(last);

            long small = a.allocate(512);
            BlockPattern.fill(small, 512, 100);
            last = reallocateThrough(o, small, 512, 100, new long[] {100, 16, 1, 300, 512, 48},
                    new Boolean[] {true, true, true, true, true, true});
            a.free(last);
            assertEmpty(a);
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void reallocateOfZeroAllocates(AllocatorKind kind) {
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            long addr = a.reallocate(0, 100);
            assertAligned(addr, "reallocate(0, 100)");
            assertTrue(a.usableSize(addr) >= 100);
            long empty = a.reallocate(0, 0);
            assertAligned(empty, "reallocate(0, 0)");
            long large = a.reallocate(0, 10_000);
            assertAligned(large, "reallocate(0, 10000)");
            assertEquals(3, a.stats().blocksInUse());
            a.free(addr);
            a.free(empty);
            a.free(large);
            assertEmpty(a);
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void freeOfZeroDoesNothing(AllocatorKind kind) {
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            a.free(0);
            long addr = a.allocate(32);
            a.free(0);
            assertEquals(1, a.stats().blocksInUse());
            a.free(addr);
            assertEmpty(a);
            o.checkInvariants();
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void foreignAddressesAreRefusedByName(AllocatorKind kind) {
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            long mine = a.allocate(64);
            long foreign = Stdlib.malloc(64);
            assertNotEquals(0, foreign);
            try {
                // Below 1 MiB (arena number 0), in the C heap, and plainly unaligned.
                for (long addr : new long[] {foreign, 0x10, 0x1000, 0xF_FFF0, foreign + 8}) {
                    String hex = Memory.hex(addr);
                    IllegalArgumentException free = assertThrows(IllegalArgumentException.class, () -> a.free(addr));
                    assertTrue(free.getMessage().contains(hex), free.getMessage());
                    IllegalArgumentException realloc = assertThrows(IllegalArgumentException.class,
                            () -> a.reallocate(addr, 100));
                    assertTrue(realloc.getMessage().contains(hex), realloc.getMessage());
                    IllegalArgumentException usable = assertThrows(IllegalArgumentException.class,
                            () -> a.usableSize(addr));
                    assertTrue(usable.getMessage().contains(hex), usable.getMessage());
                }
            } finally {
                Stdlib.free(foreign);
            }
            long large = a.allocate(1000);
            a.free(large);
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> a.free(large));
            assertTrue(twice.getMessage().contains(Memory.hex(large)), twice.getMessage());

            assertEquals(1, a.stats().blocksInUse(), "refused calls changed nothing");
            a.free(mine);
            assertEmpty(a);
            o.checkInvariants();
        }
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void closeReturnsEveryByteAndRefusesFurtherUse(AllocatorKind kind) {
        AllocatorKind.Opened o = kind.open();
        Allocator a = o.allocator();
        List<Long> live = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            live.add(a.allocate(1 + i % 512));
        }
        for (long size : new long[] {0, 0, 513, 4096, 100_000, 1 << 20, 5 << 20}) {
            live.add(a.allocate(size));
        }
        live.add(a.allocateZeroed(10, 10));
        live.add(a.allocateZeroed(100, 100));
        assertEquals(live.size(), a.stats().blocksInUse());
        assertTrue(a.stats().bytesReserved() > 6 << 20);

        a.close();
        assertEquals(AllocatorStats.empty(a.name()), a.stats(), "stats after close");
        if (o.arena() != null) {
            ArenaStats s = o.arena().arenaStats();
            assertEquals(0, s.arenasCurrent());
            assertEquals(0, s.largeBlocks());
        }
        a.close();
        assertEquals(AllocatorStats.empty(a.name()), a.stats(), "stats after a second close");

        for (long size : new long[] {0, 16, 512, 513, 1 << 20}) {
            assertThrows(IllegalStateException.class, () -> a.allocate(size), "allocate(" + size + ") after close");
        }
        assertThrows(IllegalStateException.class, () -> a.allocateZeroed(1, 16));
        assertThrows(IllegalStateException.class, () -> a.allocateZeroed(1, 1000));
        assertThrows(IllegalStateException.class, () -> a.reallocate(0, 16));
        assertThrows(IllegalStateException.class, () -> a.free(live.get(0)), "free of a small block after close");
        assertThrows(IllegalStateException.class, () -> a.free(live.get(live.size() - 3)),
                "free of a large block after close");
        assertThrows(IllegalStateException.class, () -> a.reallocate(live.get(1), 64));
        assertThrows(IllegalStateException.class, () -> a.usableSize(live.get(2)));
    }

    @ParameterizedTest
    @EnumSource(AllocatorKind.class)
    void statsCountLiveBlocksAndBytes(AllocatorKind kind) {
        try (AllocatorKind.Opened o = kind.open()) {
            Allocator a = o.allocator();
            long[] small = new long[10];
            long[] large = new long[3];
            for (int i = 0; i < small.length; i++) {
                small[i] = a.allocate(100);
            }
            for (int i = 0; i < large.length; i++) {
                large[i] = a.allocate(10_000);
            }
            AllocatorStats s = a.stats();
            assertEquals(kind.toString(), s.allocator());
            assertEquals(13, s.blocksInUse());
            assertTrue(s.bytesInUse() >= 10 * 100 + 3 * 10_000, s.toString());
            assertTrue(s.bytesReserved() >= s.bytesInUse(), s.toString());
            if (kind.hasSizeClasses()) {
                long largeUsable = a.usableSize(large[0]) + a.usableSize(large[1]) + a.usableSize(large[2]);
                assertEquals(10 * 112 + largeUsable, s.bytesInUse(), s.toString());
            }
            for (int i = 0; i < 5; i++) {
                a.free(small[i]);
            }
            a.free(large[0]);
            assertEquals(7, a.stats().blocksInUse());
            assertFalse(a.report().isEmpty());
            assertEquals(kind != AllocatorKind.ARENA, a.isThreadSafe(), "only the bare arena allocator is unlocked");
        }
    }
}

package dev.isola.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mimalloc 2.0.9 bindings reach the library: heaps allocate, zero, resize, size, free and
 * destroy; the visitor and output upcalls run, and an exception thrown in a visitor stays on the
 * Java side.
 */
class MimallocBindingsTest {
    @BeforeEach
    void needsMimalloc() {
        MimallocSupport.assumeAvailable();
    }

    @SuppressWarnings("restricted") // the addresses come from the allocator under test
    private static MemorySegment bytes(long addr, long size) {
        return MemorySegment.ofAddress(addr).reinterpret(size);
    }

    @Test
    void libraryIsLoadedAtTheBoundVersion() {
        assertTrue(Mimalloc.isAvailable());
        assertNull(Mimalloc.unavailableReason());
        assertNotNull(Mimalloc.libraryName());
        assertTrue(Mimalloc.mi_version() >= Mimalloc.MI_MALLOC_VERSION,
                "mi_version=" + Mimalloc.mi_version() + " bindings follow " + Mimalloc.MI_MALLOC_VERSION);
    }

    @Test
    void heapMallocCallocReallocUsableSizeFreeDestroy() {
        long heap = Mimalloc.mi_heap_new();
        assertNotEquals(0, heap);
        long p = Mimalloc.mi_heap_malloc(heap, 100);
        assertNotEquals(0, p);
        assertTrue(Mimalloc.mi_usable_size(p) >= 100, "usable=" + Mimalloc.mi_usable_size(p));
        for (int i = 0; i < 100; i++) {
            bytes(p, 100).set(ValueLayout.JAVA_BYTE, i, (byte) (i * 3));
        }
        long q = Mimalloc.mi_heap_realloc(heap, p, 50_000);
        assertNotEquals(0, q);
        assertTrue(Mimalloc.mi_usable_size(q) >= 50_000);
        for (int i = 0; i < 100; i++) {
            assertEquals((byte) (i * 3), bytes(q, 100).get(ValueLayout.JAVA_BYTE, i), "realloc kept byte " + i);
        }
        long z = Mimalloc.mi_heap_calloc(heap, 300, 10);
        assertNotEquals(0, z);
        assertEquals(-1, bytes(z, 3000).mismatch(MemorySegment.ofArray(new byte[3000])), "calloc zeroes");
        assertEquals(0, Mimalloc.mi_heap_calloc(heap, Long.MAX_VALUE, 2), "calloc refuses an overflowing product");
        Mimalloc.mi_free(q);
        Mimalloc.mi_free(0);

        long g = Mimalloc.mi_malloc(64);
        assertNotEquals(0, g);
        Mimalloc.mi_free(g);

        long kept = Mimalloc.mi_heap_malloc(heap, 32);
        assertEquals(2, countBlocks(heap), "z and kept");
        Mimalloc.mi_heap_destroy(heap); // frees z and kept at once
    }

    @Test
    void heapDeleteMovesLiveBlocksToTheBackingHeap() {
        long heap = Mimalloc.mi_heap_new();
        long p = Mimalloc.mi_heap_malloc(heap, 256);
        bytes(p, 256).fill((byte) 0x5A);
        Mimalloc.mi_heap_delete(heap);
        assertEquals(-1, bytes(p, 256).mismatch(MemorySegment.ofArray(new byte[256]).fill((byte) 0x5A)),
                "block still valid after mi_heap_delete");
        Mimalloc.mi_free(p);
    }

    @Test
    void visitBlocksCountsTheBlocksAllocated() {
        long heap = Mimalloc.mi_heap_new();
        try {
            long[] blocks = new long[150];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = Mimalloc.mi_heap_malloc(heap, 8 + (i % 50) * 24);
            }
            assertEquals(150, countBlocks(heap));
            for (int i = 0; i < 40; i++) {
                Mimalloc.mi_free(blocks[i]);
            }
            assertEquals(110, countBlocks(heap), "same-thread frees are visible to the visitor");
        } finally {
            Mimalloc.mi_heap_destroy(heap);
        }
    }

    private static long countBlocks(long heap) {
        long[] counts = new long[2];
        try (Arena arena = Arena.ofConfined()) {
            Mimalloc.Upcall visitor = Mimalloc.mi_block_visit_fun.allocate((h, area, block, size, arg) -> {
                assertEquals(heap, h);
                assertEquals(77, arg);
                counts[block == 0 ? 0 : 1]++;
                return true;
            }, arena);
            boolean completed = Mimalloc.mi_heap_visit_blocks(heap, true, visitor.stub(), 77);
            assertNull(visitor.failure());
            assertTrue(completed);
        }
        assertTrue(counts[1] == 0 || counts[0] > 0, "blocks are reported after their area");
        return counts[1];
    }

    @Test
    void anExceptionInAVisitorStopsTheVisitAndIsReported() {
        long heap = Mimalloc.mi_heap_new();
        try {
            for (int i = 0; i < 10; i++) {
                Mimalloc.mi_heap_malloc(heap, 48);
            }
            IllegalStateException thrown = new IllegalStateException("visitor failed on purpose");
            int[] calls = new int[1];
            try (Arena arena = Arena.ofConfined()) {
                Mimalloc.Upcall visitor = Mimalloc.mi_block_visit_fun.allocate((h, area, block, size, arg) -> {
                    calls[0]++;
                    if (block != 0) {
                        throw thrown;
                    }
                    return true;
                }, arena);
                assertFalse(Mimalloc.mi_heap_visit_blocks(heap, true, visitor.stub(), 0), "visit stopped");
                assertSame(thrown, visitor.failure());
            }
            assertEquals(2, calls[0], "one area, then the first block threw and nothing more was visited");
            assertEquals(10, countBlocks(heap), "the heap is intact and can be visited again");
        } finally {
            Mimalloc.mi_heap_destroy(heap);
        }
    }

    @Test
    void statsPrintOutReturnsText() {
        Mimalloc.mi_stats_reset();
        String text = Mimalloc.statsText();
        assertTrue(text.contains("heap stats"), text);
        assertTrue(text.lines().count() > 5, text);
    }

    @Test
    void optionSetIsAccepted() {
        Mimalloc.mi_option_set(Mimalloc.mi_option_show_stats, 0);
        Mimalloc.mi_option_set(Mimalloc.mi_option_show_errors, 0);
        long p = Mimalloc.mi_malloc(1000);
        assertNotEquals(0, p, "mimalloc still allocates after mi_option_set");
        Mimalloc.mi_free(p);
    }
}

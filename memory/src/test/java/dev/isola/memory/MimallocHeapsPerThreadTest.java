package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mimalloc allocator gives each platform thread its own heap (a 2.0.9 heap allocates only on
 * the thread that made it), lets any thread free any block, counts a thread's blocks from the
 * heap's own view, serves virtual threads from the carrier's default heap, and closes cleanly
 * from another thread — after the allocating thread exited, or while it still runs.
 */
class MimallocHeapsPerThreadTest {
    @BeforeEach
    void needsMimalloc() {
        MimallocSupport.assumeAvailable();
    }

    /** A body that may throw, run on another thread. */
    private interface Body {
        void run() throws Exception;
    }

    /**
     * Starts {@code body} on a new thread; {@link Running#join} rethrows what it threw. Platform
     * threads are daemons, so a failed test cannot keep the JVM alive.
     */
    private static Running start(Thread.Builder builder, Body body) {
        if (builder instanceof Thread.Builder.OfPlatform platform) {
            platform.daemon(true);
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = builder.start(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        return new Running(thread, failure);
    }

    private record Running(Thread thread, AtomicReference<Throwable> failure) {
        void join() throws Exception {
            assertTrue(thread.join(Duration.ofSeconds(60)), "the other thread finished");
            if (failure.get() instanceof Error e) {
                throw e;
            }
            if (failure.get() != null) {
                throw new AssertionError("the other thread failed", failure.get());
            }
        }
    }

    private static long sizeFor(int i) {
        return i % 10 == 0 ? 10_000 + i * 100L : 1 + (i * 37L) % 1500;
    }

    @Test
    void twoPlatformThreadsGetTwoHeapsAndEitherMayFree() throws Exception {
        try (MimallocAllocator a = new MimallocAllocator()) {
            long mine = a.allocate(64);
            BlockPattern.fill(mine, 64, 1);
            assertEquals(1, a.heapCount());
            CountDownLatch allocated = new CountDownLatch(1);
            CountDownLatch freed = new CountDownLatch(1);
            long[] theirs = new long[1];
            long[] theirView = new long[2];
            Running other = start(Thread.ofPlatform(), () -> {
                theirs[0] = a.allocate(64);
                BlockPattern.fill(theirs[0], 64, 2);
                theirView[0] = a.heapBlocksOfCurrentThread();
                allocated.countDown();
                assertTrue(freed.await(60, TimeUnit.SECONDS));
                theirView[1] = a.allocate(32);
                a.free(theirView[1]);
            });
            try {
                assertTrue(allocated.await(60, TimeUnit.SECONDS));
                assertEquals(2, a.heapCount(), "one heap per platform thread");
                assertEquals(1, theirView[0], "the other thread's heap holds its one block");
                assertEquals(1, a.heapBlocksOfCurrentThread(), "this thread's heap holds only its own block");
                assertEquals(2, a.stats().blocksInUse());

                BlockPattern.assertIntact(theirs[0], 64, 2, 64, "block of the other thread");
                a.free(theirs[0]); // allocated there, freed here
                assertEquals(1, a.stats().blocksInUse());
            } finally {
                freed.countDown();
            }
            other.join();
            assertNotEquals(0, theirView[1], "the other thread still allocates after a foreign free");

            BlockPattern.assertIntact(mine, 64, 1, 64, "this thread's block");
            a.free(mine);
            assertEquals(0, a.heapBlocksOfCurrentThread());
            assertEquals(0, a.stats().blocksInUse());
        }
    }

    @Test
    void heapBlocksOfCurrentThreadFollowsAllocationsAndFrees() {
        try (MimallocAllocator a = new MimallocAllocator()) {
            assertEquals(0, a.heapBlocksOfCurrentThread(), "no heap yet");
            long[] blocks = new long[300];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = i % 3 == 0 ? a.allocateZeroed(4, sizeFor(i) / 4) : a.allocate(sizeFor(i));
            }
            assertEquals(300, a.heapBlocksOfCurrentThread());
            for (int i = 0; i < 70; i++) {
                a.free(blocks[i * 4]);
            }
            assertEquals(230, a.heapBlocksOfCurrentThread());
            for (int i = 1; i < 40; i += 4) {
                blocks[i] = a.reallocate(blocks[i], 50_000);
            }
            assertEquals(230, a.heapBlocksOfCurrentThread(), "reallocate moves a block, never adds one");
            assertEquals(230, a.stats().blocksInUse());
        }
    }

    @Test
    void closeAfterTheAllocatingThreadExitedFreesItsBlocks() throws Exception {
        MimallocAllocator a = new MimallocAllocator();
        long[] blocks = new long[2000];
        start(Thread.ofPlatform(), () -> {
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = a.allocate(AllocatorStressTest.randomSize(random));
            }
            BlockPattern.fill(blocks[7], a.usableSize(blocks[7]), 7);
        }).join();
        // The thread is gone and mimalloc deleted its heap; its blocks are still valid.
        BlockPattern.assertIntact(blocks[7], a.usableSize(blocks[7]), 7, a.usableSize(blocks[7]), "orphaned block");
        assertEquals(2000, a.stats().blocksInUse());
        long mine = a.allocate(100);
        assertEquals(1, a.heapCount(), "the dead thread's heap was forgotten when this thread made one");
        a.free(blocks[0]);

        a.close();
        assertEquals(AllocatorStats.empty("mimalloc"), a.stats());
        assertEquals(0, a.heapsLeftToThreads());
        assertThrows(IllegalStateException.class, () -> a.free(mine));

        try (MimallocAllocator next = new MimallocAllocator()) {
            long b = next.allocate(100);
            assertNotEquals(0, b, "mimalloc still serves this thread after the close");
            next.free(b);
        }
    }

    @Test
    void closeWhileAnotherThreadStillRunsLeavesItsEmptyHeapToIt() throws Exception {
        MimallocAllocator a = new MimallocAllocator();
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Running other = start(Thread.ofPlatform(), () -> {
            for (int i = 0; i < 500; i++) {
                a.allocate(sizeFor(i));
            }
            allocated.countDown();
            assertTrue(closed.await(60, TimeUnit.SECONDS));
            assertThrows(IllegalStateException.class, () -> a.allocate(16), "allocate after close");
        });
        try {
            assertTrue(allocated.await(60, TimeUnit.SECONDS));
            a.allocate(10);
            assertEquals(501, a.stats().blocksInUse());
            a.close();
            assertEquals(AllocatorStats.empty("mimalloc"), a.stats());
            assertEquals(1, a.heapsLeftToThreads(), "the running thread's heap is left for it to delete");
        } finally {
            closed.countDown();
        }
        other.join();
    }

    @Test
    void virtualThreadsAllocateFromTheCarrierAndCloseFreesTheirBlocks() throws Exception {
        MimallocAllocator a = new MimallocAllocator();
        long[] blocks = new long[200];
        long[] sizes = new long[blocks.length];
        start(Thread.ofVirtual(), () -> {
            for (int i = 0; i < blocks.length; i++) {
                sizes[i] = sizeFor(i);
                blocks[i] = i % 2 == 0 ? a.allocate(sizes[i]) : a.allocateZeroed(1, sizes[i]);
                assertEquals(0, blocks[i] & 15, "aligned");
                if (i % 2 == 1) {
                    assertEquals(-1, Memory.findNot(blocks[i], sizes[i], (byte) 0), "allocateZeroed");
                }
                BlockPattern.fill(blocks[i], sizes[i], i);
            }
            for (int i = 0; i < blocks.length; i += 5) {
                long newSize = sizes[i] * 3 + 1;
                long moved = a.reallocate(blocks[i], newSize);
                BlockPattern.assertIntact(moved, sizes[i], i, sizes[i], "reallocate on a virtual thread");
                blocks[i] = moved;
                sizes[i] = newSize;
                BlockPattern.fill(moved, newSize, i);
            }
        }).join();
        assertEquals(0, a.heapCount(), "a virtual thread gets no heap of its own");
        assertEquals(200, a.stats().blocksInUse());
        for (int i = 0; i < blocks.length; i++) {
            BlockPattern.assertIntact(blocks[i], sizes[i], i, sizes[i], "block from a virtual thread");
        }
        a.free(blocks[3]);
        a.close();
        assertEquals(AllocatorStats.empty("mimalloc"), a.stats());
    }
}

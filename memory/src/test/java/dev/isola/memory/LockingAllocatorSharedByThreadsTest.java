package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A {@link LockingAllocator} makes one (unsynchronized) {@link ArenaAllocator} safe for several
 * threads: four threads hammering it never share or corrupt a block, and afterwards the arena's
 * structure is intact and every block is back.
 */
class LockingAllocatorSharedByThreadsTest {
    private static final int THREADS = 4;
    private static final int OPERATIONS_PER_THREAD = 150_000;
    private static final int MAX_LIVE_PER_THREAD = 1_000;

    @Test
    void fourThreadsShareOneArenaWithoutLosingABlock() throws Exception {
        ArenaAllocator arena = new ArenaAllocator();
        LockingAllocator shared = new LockingAllocator(arena);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().name("hammer-" + t).daemon(true).start(() -> {
                try {
                    go.await();
                    hammer(shared, thread);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a hammering thread failed", failure.get());
        }
        arena.checkInvariants();
        AllocatorStats s = shared.stats();
        assertEquals(0, s.blocksInUse(), s.toString());
        assertEquals(0, s.bytesInUse(), s.toString());
        assertEquals(0, arena.arenaStats().largeBlocks());
        shared.close();
        assertEquals(0, arena.arenaStats().arenasCurrent());
    }

    /** Allocates, writes, verifies, reallocates and frees with a private live set; frees all at the end. */
    private static void hammer(Allocator a, int thread) {
        SplittableRandom random = new SplittableRandom(1000 + thread);
        long[] addr = new long[MAX_LIVE_PER_THREAD];
        long[] size = new long[MAX_LIVE_PER_THREAD];
        long[] id = new long[MAX_LIVE_PER_THREAD];
        int live = 0;
        long nextId = (long) thread << 40;
        for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
            int r = random.nextInt(100);
            if (live == 0 || (live < MAX_LIVE_PER_THREAD && r < 45)) {
                long s = AllocatorStressTest.randomSize(random);
                long b = a.allocate(s);
                assertNotEquals(0, b);
                assertEquals(0, b & 15);
                addr[live] = b;
                size[live] = s;
                id[live] = nextId++;
                BlockPattern.fill(b, s, id[live]);
                live++;
            } else if (r < 60) {
                int i = random.nextInt(live);
                BlockPattern.assertEndsIntact(addr[i], size[i], id[i], "thread " + thread + " before reallocate");
                long s = AllocatorStressTest.randomSize(random);
                long b = a.reallocate(addr[i], s);
                assertNotEquals(0, b);
                BlockPattern.assertIntact(b, size[i], id[i], Math.min(size[i], s), "thread " + thread + " reallocate");
                addr[i] = b;
                size[i] = s;
                id[i] = nextId++;
                BlockPattern.fill(b, s, id[i]);
            } else {
                int i = random.nextInt(live);
                BlockPattern.assertIntact(addr[i], size[i], id[i], size[i], "thread " + thread + " before free");
                a.free(addr[i]);
                live--;
                addr[i] = addr[live];
                size[i] = size[live];
                id[i] = id[live];
            }
        }
        while (live > 0) {
            live--;
            BlockPattern.assertIntact(addr[live], size[live], id[live], size[live], "thread " + thread + " at the end");
            a.free(addr[live]);
        }
    }
}

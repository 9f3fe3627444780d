package dev.isola.interp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's lock: never two holders at once (an overlap counter, not a timing), the
 * holder hands over at a check point when a waiter asked, nobody starves, reentrancy, and the
 * release around blocking operations. No assertion depends on how fast anything runs.
 */
class InterpreterLockTest {
    /** Work done "under the lock", with a check point after each step, as the eval loop does. */
    private static void runHolding(InterpreterLock lock, AtomicInteger inside, AtomicInteger maxInside,
            AtomicLong steps, AtomicBoolean stop) {
        lock.acquire();
        try {
            while (!stop.get()) {
                int now = inside.incrementAndGet();
                maxInside.accumulateAndGet(now, Math::max);
                for (int i = 0; i < 1000; i++) {
                    Thread.onSpinWait();
                }
                steps.incrementAndGet();
                inside.decrementAndGet();
                lock.yieldIfRequested();
            }
        } finally {
            lock.release();
        }
    }

    @Test
    void threadsTakeTurnsAndNeverOverlapAndNoneStarves() throws Exception {
        InterpreterLock lock = new InterpreterLock();
        lock.setIntervalNanos(200_000); // 0.2 ms: many hand-overs in a short test
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int n = 3;
        List<AtomicLong> steps = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            AtomicLong mine = new AtomicLong();
            steps.add(mine);
            threads.add(Thread.ofPlatform().start(() -> runHolding(lock, inside, maxInside, mine, stop)));
        }
        // Run until every thread has had the lock several times (not for a fixed time).
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (steps.stream().anyMatch(s -> s.get() < 50) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, maxInside.get(), "two threads held the interpreter lock at once");
        for (AtomicLong s : steps) {
            assertTrue(s.get() >= 50, "a thread starved: steps " + steps);
        }
        assertTrue(lock.switches() > 0, "no hand-over on request happened");
        assertFalse(lock.isLocked());
    }

    @Test
    void withNobodyWaitingTheHolderKeepsTheLock() {
        InterpreterLock lock = new InterpreterLock();
        lock.acquire();
        try {
            for (int i = 0; i < 10_000; i++) {
                assertFalse(lock.yieldIfRequested());
            }
            assertEquals(0, lock.switches());
        } finally {
            lock.release();
        }
    }

    @Test
    void reentrantHoldsAreAllGivenUpAndRestored() throws Exception {
        InterpreterLock lock = new InterpreterLock();
        lock.acquire();
        lock.acquire();
        int holds = lock.releaseAll();
        assertEquals(2, holds);
        AtomicBoolean otherGotIt = new AtomicBoolean();
        Thread other = Thread.ofPlatform().start(() -> {
            lock.acquire();
            otherGotIt.set(true);
            lock.release();
        });
        other.join();
        assertTrue(otherGotIt.get());
        lock.reacquire(holds);
        lock.release();
        assertTrue(lock.isHeldByCurrentThread(), "one hold is left");
        lock.release();
        assertFalse(lock.isLocked());
    }

    @Test
    void aVirtualThreadCanHoldAndHandOver() throws Exception {
        InterpreterLock lock = new InterpreterLock();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong a = new AtomicLong();
        AtomicLong b = new AtomicLong();
        lock.setIntervalNanos(200_000);
        Thread va = Thread.ofVirtual().start(() -> runHolding(lock, inside, maxInside, a, stop));
        Thread pb = Thread.ofPlatform().start(() -> runHolding(lock, inside, maxInside, b, stop));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((a.get() < 20 || b.get() < 20) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        stop.set(true);
        va.join();
        pb.join();
        assertEquals(1, maxInside.get());
        assertTrue(a.get() >= 20 && b.get() >= 20, a + " " + b);
    }
}

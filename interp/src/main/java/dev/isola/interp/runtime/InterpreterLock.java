package dev.isola.interp.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An interpreter's own lock (CPython's per-interpreter GIL, PEP 684): a thread runs Python code
 * in the interpreter, or touches its objects, only while it holds this lock. Threads of
 * different interpreters never meet here.
 *
 * <h2>Switching</h2>
 * CPython's scheme (the "new GIL" of 3.2): a thread that waits longer than the switch interval
 * ({@code sys.setswitchinterval}, 5 ms by default) sets a drop request; the holder sees it at
 * its next check point (a backward jump or a call) and hands the lock over. The lock is fair
 * (first come, first served), so the waiter that asked gets it next and the thread that gave it
 * up queues behind — nobody starves. With a single thread nobody waits and the request is never
 * set: the fast path is one volatile read per check point.
 *
 * <p>Blocking operations ({@code time.sleep}, waiting for a lock or a thread) release the lock
 * while they wait ({@link InterpreterState#blocking}).
 *
 * <p>Reentrant: the embedding API may take it on a thread that already runs Python code.
 * Thread-safe, of course.
 */
public final class InterpreterLock {
    /** CPython's default {@code sys.getswitchinterval()}: 5 ms. */
    public static final long DEFAULT_INTERVAL_NANOS = 5_000_000L;

    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean dropRequested;
    private volatile long intervalNanos = DEFAULT_INTERVAL_NANOS;
    /** Hand-overs made on request, for tests and statistics. */
    private volatile long switches;

    /** Takes the lock, waiting as long as it takes; asks the holder to drop it after each interval. */
    public void acquire() {
        if (lock.isHeldByCurrentThread()) {
            lock.lock();
            return;
        }
        // Untimed tryLock barges past waiters even on a fair lock: only when nobody waits.
        if (!lock.hasQueuedThreads() && lock.tryLock()) {
            return;
        }
        waitFor();
    }

    private void waitFor() {
        boolean interrupted = false;
        while (true) {
            try {
                if (lock.tryLock(intervalNanos, TimeUnit.NANOSECONDS)) {
                    break;
                }
                dropRequested = true;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives the lock up once (it stays held if this thread took it more than once). */
    public void release() {
        lock.unlock();
    }

    /** True when the calling thread holds the lock. */
    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** True when any thread holds the lock. */
    public boolean isLocked() {
        return lock.isLocked();
    }

    /**
     * The check point's part: when another thread asked for the lock, hands it over and queues
     * for it again (every hold of this thread is given up and restored). Returns true when the
     * lock changed hands.
     */
    public boolean yieldIfRequested() {
        if (!dropRequested) {
            return false;
        }
        dropRequested = false;
        if (!lock.isHeldByCurrentThread() || !lock.hasQueuedThreads()) {
            return false;
        }
        int holds = releaseAll();
        switches++;
        reacquire(holds);
        return true;
    }

    /** Gives up every hold of the calling thread; returns how many to restore with {@link #reacquire}. */
    public int releaseAll() {
        int holds = lock.getHoldCount();
        for (int i = 0; i < holds; i++) {
            lock.unlock();
        }
        return holds;
    }

    /** Takes the lock back {@code holds} times, after {@link #releaseAll}. */
    public void reacquire(int holds) {
        if (holds == 0) {
            return;
        }
        waitFor();
        for (int i = 1; i < holds; i++) {
            lock.lock();
        }
    }

    public long intervalNanos() {
        return intervalNanos;
    }

    /** {@code sys.setswitchinterval}: the caller checked that it is positive. */
    public void setIntervalNanos(long nanos) {
        intervalNanos = Math.max(1, nanos);
    }

    /** Hand-overs made because a waiting thread asked. */
    public long switches() {
        return switches;
    }
}

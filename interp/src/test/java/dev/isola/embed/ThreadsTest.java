package dev.isola.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.runtime.InterpreterConfig;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Interpreters used from many threads: two run at once (proved by a rendezvous both reach while
 * running Python, never by timing), one is shared by virtual threads, close while running.
 */
class ThreadsTest {
    /** A stdout that, on its first write, waits until {@code parties} writers are inside. */
    private static final class Rendezvous extends OutputStream {
        private final CyclicBarrier barrier;
        private final AtomicInteger active;
        private final AtomicInteger maxOverlap;
        private boolean met;

        Rendezvous(CyclicBarrier barrier, AtomicInteger active, AtomicInteger maxOverlap) {
            this.barrier = barrier;
            this.active = active;
            this.maxOverlap = maxOverlap;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (met) {
                return;
            }
            met = true;
            maxOverlap.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                barrier.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other interpreter never ran at the same time", e);
            } finally {
                active.decrementAndGet();
            }
        }
    }

    @Test
    void twoInterpretersRunInParallel() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        AtomicInteger active = new AtomicInteger();
        AtomicInteger maxOverlap = new AtomicInteger();
        try (Isola isola = Isola.create();
                ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                PyInterpreter py = isola.interpreter()
                        .stdout(new Rendezvous(barrier, active, maxOverlap)).build();
                py.exec("def work(n):\n    t = sum(range(100000))\n    print('in', n, flush=True)\n"
                        + "    return t + sum(i * i for i in range(20000)) + n\n");
                results.add(pool.submit(() -> py.call("work", n)));
            }
            for (int i = 0; i < 2; i++) {
                long expected = 4999950000L + 2666466670000L + i;
                assertEquals(expected, results.get(i).get(120, TimeUnit.SECONDS));
            }
        }
        assertEquals(2, maxOverlap.get());
    }

    @Test
    void virtualThreadsShareOneInterpreter() throws Exception {
        try (Isola isola = Isola.create();
                PyInterpreter py = isola.interpreter().allocator(InterpreterConfig.AllocatorKind.MIMALLOC)
                        .debugAllocator(true).build()) {
            py.exec("count = 0\nseen = []\ndef bump(k):\n    global count\n    c = count\n"
                    + "    seen.append(str(k) * 10)\n    count = c + 1\n    return count\n");
            try (ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Object>> fs = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int k = i;
                    fs.add(vts.submit(() -> py.call("bump", k)));
                }
                for (Future<Object> f : fs) {
                    f.get(120, TimeUnit.SECONDS);
                }
            }
            assertEquals(200L, py.get("count"));
            assertEquals(200L, py.eval("len(seen)"));
        }
    }

    @Test
    void virtualThreadsEachWithAnInterpreter() throws Exception {
        try (Isola isola = Isola.create(); ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int k = i;
                fs.add(vts.submit(() -> {
                    PyInterpreter py = isola.interpreter().allocator(InterpreterConfig.AllocatorKind.values()[k % 3])
                            .debugAllocator(true).build();
                    py.set("k", k);
                    assertEquals((long) k * 1000, py.eval("sum(k for _ in range(1000))"));
                    py.close();
                    return py.leakedBlocks();
                }));
            }
            for (Future<Integer> f : fs) {
                assertEquals(0, f.get(120, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void closeWhileAnotherThreadRunsIsRefused() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutputStream blocking = new OutputStream() {
            @Override
            public void write(int b) {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (Isola isola = Isola.create()) {
            PyInterpreter py = isola.interpreter().stdout(blocking).debugAllocator(true).build();
            Thread t = Thread.ofPlatform().start(() -> py.exec("print('x', flush=True)\ny = 5"));
            assertTrue(inside.await(60, TimeUnit.SECONDS));
            IllegalStateException e = assertThrows(IllegalStateException.class, py::close);
            assertEquals("cannot close the Python interpreter: another thread is running code in it", e.getMessage());
            release.countDown();
            t.join();
            assertEquals(5L, py.get("y"));
            py.close();
            assertEquals(0, py.leakedBlocks());
        }
    }

    @Test
    void interruptStopsARunawayLoopFromAnotherThread() throws Exception {
        try (Isola isola = Isola.create(); PyInterpreter py = isola.newInterpreter()) {
            py.exec("started = False");
            PythonException[] caught = new PythonException[1];
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    py.exec("import time\nstarted = True\nn = 0\nwhile True:\n    n += 1\n    if n % 1000 == 0: time.sleep(0)");
                } catch (PythonException e) {
                    caught[0] = e;
                }
            });
            while (!Boolean.TRUE.equals(py.get("started"))) {
                Thread.sleep(1);
            }
            py.interrupt();
            t.join(60_000);
            assertTrue(caught[0] != null, "the loop ended by an exception");
            assertEquals("KeyboardInterrupt", caught[0].pythonType());
            assertTrue((Long) py.get("n") > 0);
            assertEquals(4L, py.eval("2 + 2"), "usable after the interrupt");
        }
    }
}

package dev.isola.bench;

import dev.isola.interp.cli.Runner;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.Runtime;
import dev.isola.memory.ArenaAllocator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code isola bench interp}: the many-interpreters figures, beside {@code python3} in the same
 * run.
 *
 * <h2>Scaling</h2>
 * {@code fib(27)} once per worker, with 1 and 2 workers: as Isola interpreters (one platform
 * thread each, each interpreter with its own lock) and as threads of one interpreter (which take
 * turns on its lock); {@code python3} with threads (the GIL) and with processes. The figure is
 * the median wall time of {@link #ROUNDS} rounds after {@link #WARMUP}, and the speedup is the
 * work of the 2-worker run over its time, relative to the 1-worker run.
 *
 * <h2>Lock hand-off</h2>
 * Two threads of one interpreter passing its lock back and forth: at the Java boundary
 * ({@code enter}/{@code exit}, platform and virtual threads; ns per hand-over), and from Python
 * (two threads ping-ponging through two {@code threading.Lock}s, µs per round trip, beside
 * {@code python3} running the same code).
 *
 * <h2>Lifecycle</h2>
 * Create+close latency (median of {@link #CYCLES}, after warm-up), create-only latency, the
 * resident memory each idle interpreter adds with {@link #ALIVE} alive (process RSS delta over
 * the count, Java heap and off-heap together, after a GC), and the RSS left once they are all
 * closed. {@code python3}: CPython 3.11's {@code _xxsubinterpreters} measured the same way (with
 * fewer alive, as each costs megabytes).
 */
final class InterpBench {
    static final int ROUNDS = 25;
    static final int WARMUP = 10;
    static final int CYCLES = 1000;
    static final int ALIVE = 1000;
    static final int FIB = 27;

    private static final String FIB_SOURCE = """
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            """;

    private InterpBench() {}

    /** One row of the table: what ran and its figure. */
    record Row(String section, String what, double isola, double cpython, String unit) {}

    private static InterpreterState newInterpreter(Runtime runtime, ArenaAllocator allocator) {
        return runtime.newInterpreter(allocator, List.of("bench"), new PrintStream(OutputStream.nullOutputStream()),
                System.err,
                new BufferedReader(new StringReader("")));
    }

    static List<Row> measure(Progress progress) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        try (Runtime runtime = Runtime.create()) {
            progress.show("scaling: Isola interpreters");
            double[] interp12 = interpreters(runtime);
            double i1 = interp12[0];
            double i2 = interp12[1];
            progress.show("scaling: plain Java (the machine's ceiling)");
            double[] java12 = javaCeiling();
            progress.show("scaling: Isola threads in one interpreter");
            double t1 = threads(runtime, 1);
            double t2 = threads(runtime, 2);
            progress.show("scaling: python3 threads and processes");
            Map<String, Double> py = python3("scaling");
            rows.add(new Row("scaling", "1 worker, interpreters | processes", i1, py.get("proc1"), "s"));
            rows.add(new Row("scaling", "2 workers, interpreters | processes", i2, py.get("proc2"), "s"));
            rows.add(new Row("scaling", "speedup, interpreters | processes", 2 * i1 / i2,
                    2 * py.get("proc1") / py.get("proc2"), "x"));
            rows.add(new Row("scaling", "speedup, plain Java fib (machine ceiling)", 2 * java12[0] / java12[1],
                    Double.NaN, "x"));
            rows.add(new Row("scaling", "1 worker, threads", t1, py.get("thread1"), "s"));
            rows.add(new Row("scaling", "2 workers, threads", t2, py.get("thread2"), "s"));
            rows.add(new Row("scaling", "speedup, threads", 2 * t1 / t2, 2 * py.get("thread1") / py.get("thread2"), "x"));
            progress.show("lifecycle: Isola");
            double[] life = lifecycle(runtime);
            progress.show("lifecycle: python3 _xxsubinterpreters");
            Map<String, Double> pl = python3("lifecycle");
            rows.add(new Row("lifecycle", "create+close, median", life[0], pl.get("create_close_us"), "us"));
            rows.add(new Row("lifecycle", "create only, median", life[1], pl.get("create_us"), "us"));
            rows.add(new Row("lifecycle", "memory per idle interpreter (RSS)", life[2], pl.get("per_interp_kib"), "KiB"));
            rows.add(new Row("lifecycle", "  of which objects (off-heap)", life[4], Double.NaN, "KiB"));
            rows.add(new Row("lifecycle", "  of which Java heap", life[5], Double.NaN, "KiB"));
            rows.add(new Row("lifecycle", "left after closing all (heap + off-heap)", life[6], Double.NaN, "KiB"));
            rows.add(new Row("lifecycle", "RSS left after closing all", life[3], pl.get("left_kib"), "KiB"));
            progress.show("lock hand-off: Isola");
            rows.add(new Row("handoff", "enter/exit hand-off, platform threads", handoff(runtime, false), Double.NaN, "ns"));
            rows.add(new Row("handoff", "enter/exit hand-off, virtual threads", handoff(runtime, true), Double.NaN, "ns"));
            double isolaPing = pingPong(runtime);
            progress.show("lock hand-off: python3");
            Map<String, Double> pp = python3("pingpong");
            rows.add(new Row("handoff", "Python lock ping-pong, round trip", isolaPing, pp.get("round_trip_us"), "us"));
        }
        return rows;
    }

    /**
     * Median seconds for one and for two interpreters each computing fib(27) on its own thread.
     * The 1- and 2-worker rounds alternate, so JIT warm-up and machine noise fall on both alike
     * (a round is under a tenth of a second).
     */
    private static double[] interpreters(Runtime runtime) throws InterruptedException {
        List<ArenaAllocator> allocators = new ArrayList<>();
        List<InterpreterState> interps = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            ArenaAllocator a = new ArenaAllocator();
            InterpreterState interp = newInterpreter(runtime, a);
            interp.enter();
            try {
                check(Runner.runMain(interp, FIB_SOURCE, "<bench>"), "defining fib");
            } finally {
                interp.exit();
            }
            allocators.add(a);
            interps.add(interp);
        }
        double[] one = new double[ROUNDS];
        double[] two = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            one[r] = fibRound(interps.subList(0, 1));
            two[r] = fibRound(interps);
        }
        for (int w = 0; w < 2; w++) {
            interps.get(w).enter();
            interps.get(w).close();
            allocators.get(w).close();
        }
        return new double[] {steady(one), steady(two)};
    }

    /**
     * Median seconds for one and two platform threads each computing a Java {@code fib(32)}
     * (about as long as a Python fib(27) round here): what two cores give to two threads that
     * share nothing, on this machine, at this moment. Virtual CPUs that are hyperthreads of one
     * core, or a noisy neighbour, show here first.
     */
    private static double[] javaCeiling() throws InterruptedException {
        double[] one = new double[ROUNDS];
        double[] two = new double[ROUNDS];
        long[] sink = new long[2];
        for (int r = 0; r < ROUNDS; r++) {
            for (int workers = 1; workers <= 2; workers++) {
                List<Thread> threads = new ArrayList<>();
                long start = System.nanoTime();
                for (int w = 0; w < workers; w++) {
                    int slot = w;
                    threads.add(Thread.ofPlatform().start(() -> sink[slot] += javaFib(32)));
                }
                for (Thread t : threads) {
                    t.join();
                }
                (workers == 1 ? one : two)[r] = (System.nanoTime() - start) / 1e9;
            }
        }
        if (sink[0] == 0) {
            throw new IllegalStateException("fib computed nothing");
        }
        return new double[] {steady(one), steady(two)};
    }

    private static long javaFib(int n) {
        return n < 2 ? n : javaFib(n - 1) + javaFib(n - 2);
    }

    /** Seconds for each of {@code interps} to compute fib(27) at once, each on a thread of its own. */
    private static double fibRound(List<InterpreterState> interps) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        int[] failures = new int[1];
        long start = System.nanoTime();
        for (InterpreterState interp : interps) {
            threads.add(Thread.ofPlatform().start(() -> {
                interp.enter();
                try {
                    if (Runner.runMain(interp, FIB_SOURCE + "fib(" + FIB + ")\n", "<bench>") != 0) {
                        synchronized (failures) {
                            failures[0]++;
                        }
                    }
                } finally {
                    interp.exit();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        check(failures[0], "computing fib");
        return seconds;
    }

    /** Median seconds for {@code workers} Python threads of one interpreter each computing fib(27). */
    private static double threads(Runtime runtime, int workers) {
        String source = FIB_SOURCE + """
                import threading
                ts = [threading.Thread(target=fib, args=(%d,)) for _ in range(%d)]
                for t in ts: t.start()
                for t in ts: t.join()
                """.formatted(FIB, workers);
        double[] times = new double[ROUNDS];
        try (ArenaAllocator a = new ArenaAllocator()) {
            InterpreterState interp = newInterpreter(runtime, a);
            interp.enter();
            try {
                for (int r = 0; r < ROUNDS; r++) {
                    long start = System.nanoTime();
                    check(Runner.runMain(interp, source, "<bench>"), "threads");
                    times[r] = (System.nanoTime() - start) / 1e9;
                }
            } finally {
                interp.close();
                interp.exit();
            }
        }
        return steady(times);
    }

    /** Round trips of the Python ping-pong, per round. */
    static final int PING_PONGS = 20_000;

    /** Two Python threads passing control through two locks: each round trip hands the interpreter lock over twice. */
    static final String PING_PONG_SOURCE = """
            import threading, time
            def ping_pong(n):
                a = threading.Lock(); b = threading.Lock()
                a.acquire(); b.acquire()
                def pong():
                    for _ in range(n):
                        a.acquire(); b.release()
                t = threading.Thread(target=pong); t.start()
                t0 = time.perf_counter()
                for _ in range(n):
                    a.release(); b.acquire()
                elapsed = time.perf_counter() - t0
                t.join()
                return elapsed / n * 1e6
            """;

    /**
     * Nanoseconds per hand-over of one interpreter's lock between two threads that each enter and
     * exit it in a loop (the embedding API's boundary): the fair lock makes them alternate; only
     * entries that changed the owner are counted.
     */
    private static double handoff(Runtime runtime, boolean virtual) throws InterruptedException {
        double[] perHandoff = new double[ROUNDS];
        try (ArenaAllocator a = new ArenaAllocator()) {
            InterpreterState interp = newInterpreter(runtime, a);
            for (int r = 0; r < ROUNDS; r++) {
                long[] handoffs = new long[1];
                Thread[] last = new Thread[1];
                Runnable loop = () -> {
                    for (int i = 0; i < 100_000; i++) {
                        interp.enter();
                        try {
                            if (last[0] != Thread.currentThread()) { // guarded by the interpreter lock
                                last[0] = Thread.currentThread();
                                handoffs[0]++;
                            }
                        } finally {
                            interp.exit();
                        }
                    }
                };
                Thread.Builder builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform();
                long start = System.nanoTime();
                Thread t1 = builder.start(loop);
                Thread t2 = builder.start(loop);
                t1.join();
                t2.join();
                perHandoff[r] = (System.nanoTime() - start) / (double) Math.max(1, handoffs[0]);
            }
            interp.enter();
            interp.close();
        }
        return steady(perHandoff);
    }

    /** Median microseconds per round trip of {@link #PING_PONG_SOURCE}. */
    private static double pingPong(Runtime runtime) {
        double[] times = new double[ROUNDS];
        try (ArenaAllocator a = new ArenaAllocator()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            InterpreterState interp = runtime.newInterpreter(a, List.of("bench"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err, new BufferedReader(new StringReader("")));
            interp.enter();
            try {
                for (int r = 0; r < ROUNDS; r++) {
                    out.reset();
                    check(Runner.runMain(interp, PING_PONG_SOURCE + "print(ping_pong(" + PING_PONGS + "))\n", "<bench>"),
                            "ping-pong");
                    times[r] = Double.parseDouble(out.toString(StandardCharsets.UTF_8).strip());
                }
            } finally {
                interp.close();
                interp.exit();
            }
        }
        return steady(times);
    }

    /** {create+close µs, create µs, KiB per idle interpreter, KiB left after closing}. */
    private static double[] lifecycle(Runtime runtime) throws InterruptedException {
        for (int i = 0; i < 300; i++) { // warm-up
            try (ArenaAllocator a = new ArenaAllocator()) {
                newInterpreter(runtime, a).close();
            }
        }
        double[] createClose = new double[CYCLES];
        double[] createOnly = new double[CYCLES];
        for (int i = 0; i < CYCLES; i++) {
            long t0 = System.nanoTime();
            ArenaAllocator a = new ArenaAllocator();
            InterpreterState interp = newInterpreter(runtime, a);
            long t1 = System.nanoTime();
            interp.close();
            a.close();
            long t2 = System.nanoTime();
            createClose[i] = (t2 - t0) / 1e3;
            createOnly[i] = (t1 - t0) / 1e3;
        }
        settle();
        long before = rssKiB();
        long heapBefore = heapUsed();
        List<ArenaAllocator> allocators = new ArrayList<>();
        List<InterpreterState> alive = new ArrayList<>();
        for (int i = 0; i < ALIVE; i++) {
            ArenaAllocator a = new ArenaAllocator();
            allocators.add(a);
            alive.add(newInterpreter(runtime, a));
        }
        settle();
        long during = rssKiB();
        long heapDuring = heapUsed();
        long offHeap = 0;
        for (ArenaAllocator a : allocators) {
            offHeap += a.stats().bytesInUse();
        }
        for (int i = 0; i < ALIVE; i++) {
            alive.get(i).close();
            allocators.get(i).close();
        }
        long reservedAfter = 0;
        for (ArenaAllocator a : allocators) {
            reservedAfter += a.stats().bytesReserved() + a.stats().bytesInUse();
        }
        alive.clear();
        allocators.clear();
        settle();
        long after = rssKiB();
        long heapAfter = heapUsed();
        return new double[] {median(createClose), median(createOnly), (during - before) / (double) ALIVE,
                Math.max(0, after - before), offHeap / 1024.0 / ALIVE, (heapDuring - heapBefore) / 1024.0 / ALIVE,
                Math.max(0, heapAfter - heapBefore) / 1024.0 + reservedAfter / 1024.0};
    }

    /** Bytes of Java heap in use (after {@link #settle}). */
    private static long heapUsed() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    /** The process's resident set, from /proc/self/status. */
    static long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/self/status", e);
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    private static void check(int status, String what) {
        if (status != 0) {
            throw new IllegalStateException("Isola failed while " + what + " (status " + status + ")");
        }
    }

    private static double steady(double[] times) {
        return median(Arrays.copyOfRange(times, WARMUP, times.length));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Runs interp_harness.py under python3; its key=value lines. */
    private static Map<String, Double> python3(String what) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("isola-bench-interp");
        try {
            Path harness = dir.resolve("interp_harness.py");
            try (InputStream in = InterpBench.class.getResourceAsStream("lang/interp_harness.py")) {
                Files.write(harness, in.readAllBytes());
            }
            Process p = new ProcessBuilder("python3", harness.toString(), what, String.valueOf(FIB),
                    String.valueOf(ROUNDS), String.valueOf(WARMUP)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(900, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("python3 interp harness failed: " + out);
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (String line : out.strip().split("\n")) {
                String[] kv = line.split("=", 2);
                if (kv.length == 2) {
                    values.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
                }
            }
            return values;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %-40s %12s %12s%n", "", "figure", "isola", "python3"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%-10s %-40s %12s %12s%n", r.section(), r.what(),
                    format(r.isola(), r.unit()), format(r.cpython(), r.unit())));
        }
        b.append("""
                scaling: fib(%d) once per worker, median of %d rounds after %d; speedup = 2 x t(1) / t(2).
                python3: processes stand beside interpreters, its threads (the GIL) beside Isola's threads
                of one interpreter. lifecycle: %d cycles; memory with %d alive: process RSS (the JVM
                keeps heap it grew, so RSS stays up after closing), objects off-heap, Java heap in use
                after a GC. python3: 300 cycles, 100 alive (each costs megabytes).
                """.formatted(FIB, ROUNDS - WARMUP, WARMUP, CYCLES, ALIVE));
        return b.toString();
    }

    private static String format(double v, String unit) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return switch (unit) {
            case "s" -> String.format(Locale.ROOT, "%.3f s", v);
            case "x" -> String.format(Locale.ROOT, "%.2fx", v);
            case "us" -> String.format(Locale.ROOT, "%.0f us", v);
            default -> String.format(Locale.ROOT, "%.1f %s", v, unit);
        };
    }
}

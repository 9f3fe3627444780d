package dev.isola.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code isola bench alloc}: nanoseconds per alloc+free pair for each allocator and size, and
 * how a 32-byte pair loop scales from one thread to two — the whole-program figures of the
 * allocator layer, with the peers (raw mimalloc and libc through FFM, the Java heap) measured in
 * the same run. The JMH suites in this package give the same figures with JMH's rigour.
 *
 * <h2>Method</h2>
 * For each allocator and size: a fresh allocator; 64 live blocks of that size allocated first
 * and freed after, so the heap is warm and a pool is not emptied by every free; a warm-up of
 * {@link Settings#warmupNanos}; a calibration that doubles the pair count until a run takes a
 * quarter of a round; then {@link Settings#rounds} timed rounds of about
 * {@link Settings#roundNanos} each. The figure is the median round. Every address feeds a sink
 * that ends in a volatile field, so no loop is dead code. Nothing is random. Each allocator kind
 * runs its own copy of the loop (see {@link BlockSource}), so one kind's JIT profile does not
 * slow another's.
 *
 * <p>{@code java-heap} is measured in a child JVM, {@link JavaHeapChild}: ParallelGC with
 * {@code -XX:-UseAdaptiveSizePolicy}, so the young generation keeps its size. Under the
 * launcher's adaptive sizing, eden grows from ~96 MiB to ~2 GiB over the first seconds of
 * allocating, and every page it adds is touched for the first time — about 15 µs a page on the
 * project's VM — which made {@code new byte[16]} read 120 ns and {@code new byte[4096]} 14 µs in
 * one run, against 4 ns and 0.2 µs once the heap is grown. A steady heap is the fair peer.
 *
 * <p>Scaling: threads wait on a start barrier, each runs 32-byte pairs in chunks for a fixed
 * duration, and throughput is all pairs done over the wall time from the first thread's start
 * to the last thread's end. {@code own_arenas_2_threads} is the throughput of two threads each
 * with its own {@code ArenaAllocator} over that of one thread; {@code shared_locked_2_threads}
 * is two threads sharing one {@code LockingAllocator(ArenaAllocator)} over one thread using
 * such an allocator alone. Medians of {@link Settings#scalingRounds}, one and two threads
 * alternating.
 *
 * <p>On the project's VM the same compiled arena loop swings between about 2.8 and 4.8 ns a
 * pair for seconds at a time, with no recompilation (the host, most likely a busy SMT
 * sibling); the median smooths short swings, not long ones, so compare figures of one run.
 *
 * <p>Runs for about 15 s with {@link Settings#STANDARD}. Not thread-safe; one run at a time.
 */
final class AllocBench {
    static final int BACKGROUND_BLOCKS = 64;
    static final int SCALING_SIZE = 32;
    static final String PEER = "mimalloc-ffm";
    static final String OWN_ARENAS = "own_arenas_2_threads";
    static final String SHARED_LOCKED = "shared_locked_2_threads";

    private static final int CHUNK = 1_000;

    /** Every address measured feeds this, so no loop is dead code. */
    private volatile long sink;

    /** How long each phase runs. */
    record Settings(long warmupNanos, int rounds, long roundNanos, long scalingWarmupNanos, long scalingNanos,
                    int scalingRounds) {
        static final Settings STANDARD = new Settings(ms(150), 5, ms(30), ms(150), ms(100), 5);
        /** A smoke run for tests: the numbers mean nothing. */
        static final Settings QUICK = new Settings(ms(2), 2, ms(1), ms(2), ms(2), 1);

        private static long ms(long millis) {
            return TimeUnit.MILLISECONDS.toNanos(millis);
        }
    }

    record Pair(String allocator, int size, double nsPerPair) {}

    record Skip(String allocator, String reason) {}

    record Machine(String jdk, int cpus, String cpu, String date) {
        static Machine current() {
            String cpu = "unknown";
            try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
                cpu = lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst().orElse(cpu);
            } catch (IOException | RuntimeException e) {
                // Not Linux, or no model name: the figure stands without it.
            }
            String jdk = System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")";
            return new Machine(jdk, Runtime.getRuntime().availableProcessors(), cpu,
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    record Result(List<Pair> pairs, List<Skip> skipped, double ownArenas, double sharedLocked, Settings settings,
                  Machine machine) {
        /** ns per pair, or NaN when not measured. */
        double ns(String allocator, int size) {
            for (Pair p : pairs) {
                if (p.allocator.equals(allocator) && p.size == size) {
                    return p.nsPerPair;
                }
            }
            return Double.NaN;
        }
    }

    private AllocBench() {}

    /** The sizes measured, in table order. */
    static int[] sizes() {
        return new int[] {16, 32, 64, 256, 512, 4096};
    }

    static Result measure(Settings settings, Progress progress) {
        return new AllocBench().run(settings, progress);
    }

    private Result run(Settings settings, Progress progress) {
        List<String> kinds = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (String kind : BlockSource.kinds()) {
            String reason = BlockSource.unavailableReason(kind);
            if (reason == null) {
                kinds.add(kind);
            } else {
                skipped.add(new Skip(kind, reason));
            }
        }
        int steps = kinds.size() * sizes().length + 2;
        int step = 0;
        List<Pair> pairs = new ArrayList<>();
        for (String kind : kinds) {
            if (kind.equals(JavaHeapChild.KIND)) {
                progress.show(String.format("measuring %s, every size, in a child JVM (%d-%d/%d)…", kind, step + 1,
                        step + sizes().length, steps));
                step += sizes().length;
                double[] ns = JavaHeapChild.measure(settings);
                for (int i = 0; i < ns.length; i++) {
                    pairs.add(new Pair(kind, sizes()[i], ns[i]));
                }
                continue;
            }
            for (int size : sizes()) {
                progress.show(String.format("measuring %s %d B (%d/%d)…", kind, size, ++step, steps));
                pairs.add(new Pair(kind, size, nsPerPair(kind, size, settings)));
            }
        }
        progress.show(String.format("measuring scaling, own arenas, 1 and 2 threads (%d/%d)…", ++step, steps));
        double own = scaling(false, settings);
        progress.show(String.format("measuring scaling, shared locked arena, 1 and 2 threads (%d/%d)…", ++step,
                steps));
        double shared = scaling(true, settings);
        progress.clear();
        return new Result(pairs, skipped, own, shared, settings, Machine.current());
    }

    /** Measures {@code kind} at every size in this JVM; for {@link JavaHeapChild}. */
    static double[] measureHere(String kind, Settings settings) {
        AllocBench bench = new AllocBench();
        int[] sizes = sizes();
        double[] ns = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            ns[i] = bench.nsPerPair(kind, sizes[i], settings);
        }
        return ns;
    }

    private double nsPerPair(String kind, int size, Settings settings) {
        try (BlockSource source = BlockSource.create(kind, BACKGROUND_BLOCKS)) {
            long[] background = source.allocateMany(BACKGROUND_BLOCKS, size);
            long local = warmUp(source, size, settings);
            int perRound = CHUNK;
            long took;
            do {
                perRound *= 2;
                long t0 = System.nanoTime();
                local += source.pairs(perRound, size);
                took = System.nanoTime() - t0;
            } while (took < settings.roundNanos / 4 && perRound < Integer.MAX_VALUE / 8);
            perRound = (int) Math.clamp((double) perRound * settings.roundNanos / took, CHUNK, Integer.MAX_VALUE / 2);
            double[] ns = new double[settings.rounds];
            for (int r = 0; r < ns.length; r++) {
                long t0 = System.nanoTime();
                local += source.pairs(perRound, size);
                ns[r] = (double) (System.nanoTime() - t0) / perRound;
            }
            source.freeAll(background);
            sink += local;
            return median(ns);
        }
    }

    private static long warmUp(BlockSource source, int size, Settings settings) {
        long local = 0;
        long start = System.nanoTime();
        do {
            local += source.pairs(CHUNK, size);
        } while (System.nanoTime() - start < settings.warmupNanos);
        return local;
    }

    private double scaling(boolean shared, Settings settings) {
        throughput(1, shared, settings.scalingWarmupNanos);
        throughput(2, shared, settings.scalingWarmupNanos);
        double[] one = new double[settings.scalingRounds];
        double[] two = new double[settings.scalingRounds];
        for (int r = 0; r < one.length; r++) {
            one[r] = throughput(1, shared, settings.scalingNanos);
            two[r] = throughput(2, shared, settings.scalingNanos);
        }
        return median(two) / median(one);
    }

    /** Pairs per nanosecond of {@code threads} threads on own arenas, or on one shared locked arena. */
    private double throughput(int threads, boolean shared, long nanos) {
        BlockSource common = shared ? BlockSource.create("locked-arena", BACKGROUND_BLOCKS) : null;
        CyclicBarrier start = new CyclicBarrier(threads);
        long[] starts = new long[threads];
        long[] ends = new long[threads];
        long[] done = new long[threads];
        Throwable[] failures = new Throwable[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = Thread.ofPlatform().name("alloc-bench-" + t).start(() -> {
                BlockSource source = shared ? common : BlockSource.create("arena", BACKGROUND_BLOCKS);
                try {
                    long[] background = source.allocateMany(BACKGROUND_BLOCKS, SCALING_SIZE);
                    start.await();
                    long local = 0;
                    long ops = 0;
                    long t0 = System.nanoTime();
                    long now;
                    do {
                        local += source.pairs(CHUNK, SCALING_SIZE);
                        ops += CHUNK;
                        now = System.nanoTime();
                    } while (now - t0 < nanos);
                    starts[id] = t0;
                    ends[id] = now;
                    done[id] = ops;
                    source.freeAll(background);
                    sink += local;
                } catch (Throwable e) {
                    failures[id] = e;
                    start.reset();
                } finally {
                    if (!shared) {
                        source.close();
                    }
                }
            });
        }
        for (Thread w : workers) {
            join(w);
        }
        if (common != null) {
            common.close();
        }
        for (Throwable f : failures) {
            if (f != null) {
                throw new IllegalStateException("scaling worker failed: " + f, f);
            }
        }
        long first = Arrays.stream(starts).min().orElseThrow();
        long last = Arrays.stream(ends).max().orElseThrow();
        return (double) Arrays.stream(done).sum() / Math.max(1, last - first);
    }

    private static void join(Thread worker) {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + worker.getName(), e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // ---------------------------------------------------------------- output

    static String table(Result r) {
        StringBuilder out = new StringBuilder();
        Machine m = r.machine;
        out.append("Allocator figures: ns per alloc+free pair, median of ").append(r.settings.rounds)
                .append(" rounds (lower is better)\n");
        out.append("JDK ").append(m.jdk).append(", ").append(m.cpus).append(" CPUs (").append(m.cpu).append("), ")
                .append(m.date).append('\n');
        out.append("Warm heap: before each size, ").append(BACKGROUND_BLOCKS)
                .append(" live blocks of that size are allocated, and freed after.\n");
        out.append("arena at 4096 B is its RAW allocator (libc); java-heap is new byte[n] kept in a ring of ")
                .append(BACKGROUND_BLOCKS).append(",\nmeasured in a child JVM whose young generation does not grow ("
                        + JavaHeapChild.FLAGS_TEXT + ").\n\n");
        out.append(String.format("%-14s", "allocator"));
        for (int size : sizes()) {
            out.append(String.format("%9s", size + " B"));
        }
        out.append('\n');
        for (String kind : BlockSource.kinds()) {
            if (Double.isNaN(r.ns(kind, sizes()[0]))) {
                continue;
            }
            out.append(String.format("%-14s", kind));
            for (int size : sizes()) {
                out.append(String.format(Locale.ROOT, "%9.1f", r.ns(kind, size)));
            }
            out.append('\n');
        }
        for (Skip s : r.skipped) {
            out.append(s.allocator).append(": skipped, ").append(s.reason).append('\n');
        }
        out.append('\n');
        for (String peer : BlockSource.kinds()) {
            if (!peer.equals("arena")) {
                ratioLine(out, r, peer, SCALING_SIZE);
            }
        }
        for (int size : sizes()) {
            if (size != SCALING_SIZE) {
                ratioLine(out, r, PEER, size);
            }
        }
        out.append(String.format(Locale.ROOT, "%nScaling, %d B pairs, throughput of 2 threads over 1 thread"
                + " (%d CPUs, ideal 2.0):%n", SCALING_SIZE, m.cpus));
        out.append(String.format(Locale.ROOT, "  own arenas, 2 threads:           %.2f×  (each thread its own"
                + " ArenaAllocator)%n", r.ownArenas));
        out.append(String.format(Locale.ROOT, "  shared locked arena, 2 threads:  %.2f×  (one"
                + " LockingAllocator(ArenaAllocator))%n", r.sharedLocked));
        out.append('\n').append(targets(r));
        return out.toString();
    }

    private static void ratioLine(StringBuilder out, Result r, String peer, int size) {
        double arena = r.ns("arena", size);
        double other = r.ns(peer, size);
        if (Double.isNaN(arena) || Double.isNaN(other)) {
            return;
        }
        double ratio = other / arena;
        String verdict = ratio >= 1.05 ? String.format(Locale.ROOT, "%.1f× faster", ratio)
                : ratio > 1 / 1.05 ? "as fast" : String.format(Locale.ROOT, "%.1f× slower", 1 / ratio);
        out.append(String.format(Locale.ROOT, "arena vs %s at %d B: %s (%.1f vs %.1f ns)%n", peer, size, verdict,
                arena, other));
    }

    /** The Foundation issue's targets, each marked met or missed. */
    static String targets(Result r) {
        double arena = r.ns("arena", SCALING_SIZE);
        double peer = r.ns(PEER, SCALING_SIZE);
        StringBuilder out = new StringBuilder("Targets: ");
        out.append(String.format(Locale.ROOT, "arena 32 B pair ≤ 2.5 ns: %s (%.1f ns); ", verdict(arena <= 2.5),
                arena));
        if (Double.isNaN(peer)) {
            out.append("≥ 3× faster than mimalloc-ffm: not measured (no mimalloc); ");
        } else {
            out.append(String.format(Locale.ROOT, "≥ 3× faster than mimalloc-ffm: %s (%.1f×); ",
                    verdict(peer / arena >= 3), peer / arena));
        }
        out.append(String.format(Locale.ROOT, "own arenas 2 threads ≥ 1.9× one: %s (%.2f×)%n",
                verdict(r.ownArenas >= 1.9), r.ownArenas));
        return out.toString();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    static String json(Result r) {
        List<Object> pairs = new ArrayList<>();
        for (Pair p : r.pairs) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("allocator", p.allocator);
            o.put("size", p.size);
            o.put("ns_per_pair", round(p.nsPerPair, 2));
            pairs.add(o);
        }
        Map<String, Object> scaling = new LinkedHashMap<>();
        scaling.put(OWN_ARENAS, round(r.ownArenas, 2));
        scaling.put(SHARED_LOCKED, round(r.sharedLocked, 2));
        List<Object> skipped = new ArrayList<>();
        for (Skip s : r.skipped) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("allocator", s.allocator);
            o.put("reason", s.reason);
            skipped.add(o);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pairs", pairs);
        root.put("scaling", scaling);
        root.put("skipped", skipped);
        root.put("jdk", r.machine.jdk);
        root.put("cpus", r.machine.cpus);
        root.put("cpu", r.machine.cpu);
        root.put("date", r.machine.date);
        root.put("notes", "ns per alloc+free pair, median of " + r.settings.rounds + " rounds; before each size "
                + BACKGROUND_BLOCKS + " live blocks of that size are allocated (warm heap) and freed after; "
                + "java-heap runs in a child JVM with " + JavaHeapChild.FLAGS_TEXT + "; "
                + "scaling is 32 B pair throughput of 2 threads over 1, start barrier, fixed duration");
        return Json.write(root);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}

package dev.isola.bench;

import dev.isola.memory.ArenaAllocator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each thread its own {@link ArenaAllocator} — Isola's design, one allocator per interpreter —
 * doing 32-byte alloc+free pairs on a warm heap of 64 live blocks. Throughput (pairs per µs,
 * all threads together). Run with {@code -t 1} (the baseline) and {@code -t 2}; the ratio is the
 * scaling, ideal 2.0 on two cores. {@link SharedLockedBenchmark} is the same with one shared
 * locked allocator. Returns the address; nothing is random.
 *
 * <p>Run: {@code ./isola bench jmh ArenaScalingBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -t 1}, then
 * {@code -t 2}.
 *
 * <p>Measured with the launcher's flags, which the fork inherits (pairs per µs, ± 99.9 % CI;
 * JDK 25.0.3 Temurin, AMD EPYC with 2 vCPUs, 2026-11-22; machine and noise in
 * docs/BENCHMARKS.md):
 * <pre>
 * threads   pairs/µs        vs 1 thread
 * -t 1      265.8 ± 47.3    1.00
 * -t 2      432.1 ± 53.5    1.63
 * (a second run with -i 10: 241.8 ± 45.6 and 422.9 ± 59.5, 1.75)
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public class ArenaScalingBenchmark {
    static final int SIZE = 32;

    private ArenaAllocator allocator;
    private long[] background;

    @Setup(Level.Trial)
    public void setUp() {
        allocator = new ArenaAllocator();
        background = new long[AllocFreePairBenchmark.BACKGROUND_BLOCKS];
        for (int i = 0; i < background.length; i++) {
            background[i] = allocator.allocate(SIZE);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        for (long addr : background) {
            allocator.free(addr);
        }
        allocator.close();
    }

    @Benchmark
    public long pair() {
        long addr = allocator.allocate(SIZE);
        allocator.free(addr);
        return addr;
    }
}

package dev.isola.bench;

import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.LockingAllocator;
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
 * All threads share one {@code LockingAllocator(ArenaAllocator)} — the design Isola avoids,
 * CPython's shared-GIL configuration — doing 32-byte alloc+free pairs on a warm heap of 64 live
 * blocks. Throughput (pairs per µs, all threads together). Run with {@code -t 1} (the
 * baseline: the lock uncontended) and {@code -t 2}; compare {@link ArenaScalingBenchmark}.
 * Returns the address; nothing is random.
 *
 * <p>Run: {@code ./isola bench jmh SharedLockedBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -t 1}, then
 * {@code -t 2}.
 *
 * <p>Measured with the launcher's flags, which the fork inherits (pairs per µs, ± 99.9 % CI;
 * JDK 25.0.3 Temurin, AMD EPYC with 2 vCPUs, 2026-11-22; machine and noise in
 * docs/BENCHMARKS.md):
 * <pre>
 * threads   pairs/µs        vs 1 thread
 * -t 1      69.2 ± 20.2     1.00
 * -t 2      30.5 ± 5.2      0.44
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public class SharedLockedBenchmark {
    static final int SIZE = 32;

    private LockingAllocator allocator;
    private long[] background;

    @Setup(Level.Trial)
    public void setUp() {
        allocator = new LockingAllocator(new ArenaAllocator());
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

package dev.isola.bench;

import dev.isola.memory.ArenaAllocator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The arena's 32 B alloc+free pair with nothing in between: the {@link ArenaAllocator} is a
 * field of the state (no {@code BlockSource} indirection), over a warm heap of 64 live blocks.
 * {@code pair} is one pair per JMH operation; {@code pair100} runs 100 pairs in a loop per
 * operation, so the allocator's fields stay in registers as they would in an interpreter's loop.
 * Addresses are returned; nothing is random.
 *
 * <p>Run: {@code ./isola bench jmh ArenaPairBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 *
 * <p>Measured 2026-11-22 (JDK 25.0.3 Temurin, AMD EPYC, 2 vCPUs; noise in docs/BENCHMARKS.md):
 * {@code pair} 4.6 ± 1.6 ns, {@code pair100} 2.6 ± 1.0 ns per pair.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public class ArenaPairBenchmark {
    private ArenaAllocator arena;
    private long[] background;

    @Setup
    public void setUp() {
        arena = new ArenaAllocator();
        background = new long[64];
        for (int i = 0; i < 64; i++) {
            background[i] = arena.allocate(32);
        }
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public long pair() {
        long a = arena.allocate(32);
        arena.free(a);
        return a;
    }

    @Benchmark
    @OperationsPerInvocation(100)
    public long pair100() {
        long sum = 0;
        ArenaAllocator al = arena;
        for (int i = 0; i < 100; i++) {
            long a = al.allocate(32);
            sum += a;
            al.free(a);
        }
        return sum;
    }
}

package dev.isola.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One alloc+free pair on a warm heap: 64 live blocks of the measured size are allocated in
 * {@link #setUp} and freed in {@link #tearDown}, so a pool is not emptied by every free.
 * {@code baseline} is no allocator at all (a one-slot free list in a Java field): what JMH's loop
 * and the calls cost around a pair. The peers run in the same suite: {@code mimalloc-ffm} and
 * {@code libc-ffm} are the raw C allocators called through FFM, {@code java-heap} is
 * {@code new byte[size]} kept reachable in a ring of 64. The fork adds
 * {@code -XX:-UseAdaptiveSizePolicy} so the young generation does not grow during the run (why
 * that matters on this VM: {@link AllocBench}); the native allocators do not notice it. The
 * pair's address is returned, so nothing is dead code; nothing is random.
 *
 * <p>Where libmimalloc is absent, the two {@code mimalloc} params fail in setup with the reason;
 * leave them out with {@code -p allocator=baseline,arena,libc,libc-ffm,java-heap}.
 *
 * <p>Run: {@code ./isola bench jmh AllocFreePairBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 *
 * <p>Measured with the launcher's flags, which the fork inherits (ns per pair, ± 99.9 % CI;
 * JDK 25.0.3 Temurin, AMD EPYC with 2 vCPUs, 2026-11-22; machine and noise in
 * docs/BENCHMARKS.md):
 * <pre>
 * allocator      32 B           256 B
 * baseline        0.8 ± 0.3      0.9 ± 0.5
 * arena           5.9 ± 4.1      5.4 ± 4.5
 * mimalloc       34.5 ± 21.5    32.1 ± 7.6
 * libc           32.8 ± 3.4     36.5 ± 10.8
 * mimalloc-ffm    9.6 ± 4.4      7.5 ± 1.0
 * libc-ffm       11.0 ± 2.3     14.9 ± 10.8
 * java-heap       4.9 ± 1.3     14.0 ± 8.8
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED", "-XX:-UseAdaptiveSizePolicy"})
public class AllocFreePairBenchmark {
    static final int BACKGROUND_BLOCKS = 64;

    @Param({"baseline", "arena", "mimalloc", "libc", "mimalloc-ffm", "libc-ffm", "java-heap"})
    public String allocator;

    @Param({"32", "256"})
    public int size;

    private BlockSource source;
    private long[] background;

    @Setup(Level.Trial)
    public void setUp() {
        source = BlockSource.create(allocator, BACKGROUND_BLOCKS);
        background = source.allocateMany(BACKGROUND_BLOCKS, size);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        source.freeAll(background);
        source.close();
    }

    @Benchmark
    public long pair() {
        long addr = source.allocate(size);
        source.free(addr);
        return addr;
    }
}

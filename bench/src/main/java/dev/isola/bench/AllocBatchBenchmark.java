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
 * A batch: 1,000 allocations, then 1,000 frees in the same order — the pattern of building a
 * list of objects and dropping it, where a pool's free list is emptied and refilled rather than
 * one block bouncing. One operation is the whole batch; per allocation (alloc + its free) is
 * the figure ÷ 1,000. Same warm heap of 64 live blocks, same {@code baseline}, peers and fork
 * flags as {@link AllocFreePairBenchmark}; {@code java-heap} keeps the last 1,064 arrays
 * reachable, so a batch stays live until the next one overwrites it. Returns the sum of the
 * addresses; nothing is random.
 *
 * <p>Where libmimalloc is absent, the two {@code mimalloc} params fail in setup with the reason;
 * leave them out with {@code -p allocator=baseline,arena,libc,libc-ffm,java-heap}.
 *
 * <p>Run: {@code ./isola bench jmh AllocBatchBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 *
 * <p>Measured with the launcher's flags, which the fork inherits (ns per batch of 1,000,
 * ± 99.9 % CI, and ns per allocation; JDK 25.0.3 Temurin, AMD EPYC with 2 vCPUs, 2026-11-22;
 * machine and noise in docs/BENCHMARKS.md):
 * <pre>
 * allocator      32 B: batch        per alloc   256 B: batch       per alloc
 * baseline          77 ± 11          0.08          82 ± 19          0.08
 * arena          8,139 ± 1,953       8.1        8,932 ± 3,697       8.9
 * mimalloc      37,796 ± 4,613      37.8       45,523 ± 9,146      45.5
 * libc          50,086 ± 39,420     50.1       64,805 ± 16,370     64.8
 * mimalloc-ffm  34,774 ± 42,921     34.8       13,546 ± 1,847      13.5
 * libc-ffm      22,904 ± 10,069     22.9       38,959 ± 8,948      39.0
 * java-heap      9,195 ± 2,357       9.2       21,103 ± 9,017      21.1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED", "-XX:-UseAdaptiveSizePolicy"})
public class AllocBatchBenchmark {
    static final int BATCH = 1_000;

    @Param({"baseline", "arena", "mimalloc", "libc", "mimalloc-ffm", "libc-ffm", "java-heap"})
    public String allocator;

    @Param({"32", "256"})
    public int size;

    private BlockSource source;
    private long[] background;
    private final long[] blocks = new long[BATCH];

    @Setup(Level.Trial)
    public void setUp() {
        source = BlockSource.create(allocator, BATCH + AllocFreePairBenchmark.BACKGROUND_BLOCKS);
        background = source.allocateMany(AllocFreePairBenchmark.BACKGROUND_BLOCKS, size);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        source.freeAll(background);
        source.close();
    }

    @Benchmark
    public long batch() {
        long[] blocks = this.blocks;
        long sum = 0;
        for (int i = 0; i < BATCH; i++) {
            long addr = source.allocate(size);
            blocks[i] = addr;
            sum += addr;
        }
        for (int i = 0; i < BATCH; i++) {
            source.free(blocks[i]);
        }
        return sum;
    }
}

package dev.isola.bench;

import dev.isola.natives.Libm;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a call of the C library's {@code sin} and {@code pow} through FFM ({@link Libm}, linked
 * {@code critical(false)} over a static final handle) costs beside HotSpot's intrinsics
 * {@code Math.sin} and {@code Math.pow}, which Isola used before and which differ from glibc in
 * the last place for about one argument in a thousand. Each call takes the next of 1,024 fixed
 * arguments in [0, 8) (bases and exponents for pow), so the work is typical, not one cached case;
 * {@code baseline} is the argument load alone. Results are returned.
 *
 * <p>Run: {@code ./isola bench jmh LibmBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}. Measured figures:
 * docs/BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public class LibmBenchmark {
    private static final int MASK = 1023;

    private final double[] xs = new double[MASK + 1];
    private final double[] ys = new double[MASK + 1];
    private int next;

    @Setup
    public void setUp() {
        for (int i = 0; i <= MASK; i++) {
            xs[i] = i * (8.0 / (MASK + 1)) + 1e-3;
            ys[i] = ((i * 389) & MASK) * (8.0 / (MASK + 1)) - 4.0;
        }
    }

    @Benchmark
    public double baseline() {
        int i = next++ & MASK;
        return xs[i] + ys[i];
    }

    @Benchmark
    public double libmSin() {
        return Libm.sin(xs[next++ & MASK]);
    }

    @Benchmark
    public double javaSin() {
        return Math.sin(xs[next++ & MASK]);
    }

    @Benchmark
    public double libmPow() {
        int i = next++ & MASK;
        return Libm.pow(xs[i], ys[i]);
    }

    @Benchmark
    public double javaPow() {
        int i = next++ & MASK;
        return Math.pow(xs[i], ys[i]);
    }
}

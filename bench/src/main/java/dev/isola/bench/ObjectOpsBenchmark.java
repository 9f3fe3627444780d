package dev.isola.bench;

import dev.isola.memory.ArenaAllocator;
import dev.isola.objects.Abstract;
import dev.isola.objects.DictType;
import dev.isola.objects.ListType;
import dev.isola.objects.StrType;
import dev.isola.objects.IntType;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectSpace;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
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
 * The object layer's basic costs, each including what a real operation pays: {@code intAdd}
 * adds two non-small ints through the generic protocol ({@code Abstract.binaryOp}), allocating
 * the result from the arena and releasing it; {@code increfDecrefMortal} and
 * {@code increfDecrefImmortal} are a reference pair on a mortal int and on {@code None} (which
 * never writes); {@code dictSetGet} stores an int under one of 64 str keys of a warm dict and
 * reads it back; {@code listAppend1000} builds a list of 1,000 small ints from empty and frees
 * it. Results are returned, nothing is random.
 *
 * <p>Run: {@code ./isola bench jmh ObjectOpsBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 * Target of the object-model issue: {@code intAdd} ≤ 6 ns. Measured figures: docs/BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public class ObjectOpsBenchmark {
    private ObjectSpace space;
    private ArenaAllocator arena;
    private ObjectState s;
    private long a;
    private long b;
    private long dict;
    private long[] keys;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        space = ObjectSpace.bootstrap();
        arena = new ArenaAllocator();
        s = new ObjectState(space, arena);
        a = IntType.fromLong(s, 1_000_003);
        b = IntType.fromLong(s, 2_000_029);
        dict = DictType.newDict(s);
        keys = new long[64];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = StrType.fromJava(s, "key_" + i);
            DictType.setItem(s, dict, keys[i], a);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Objects.decref(s, dict);
        for (long key : keys) {
            Objects.decref(s, key);
        }
        Objects.decref(s, a);
        Objects.decref(s, b);
        s.close();
        arena.close();
        space.close();
    }

    @Benchmark
    public long intAdd() {
        long r = Abstract.binaryOp(s, a, b, NumberOp.ADD);
        Objects.decref(s, r);
        return r;
    }

    @Benchmark
    public long dictSetGet() {
        long key = keys[next++ & 63];
        DictType.setItem(s, dict, key, b);
        return DictType.getItem(s, dict, key);
    }

    @Benchmark
    public long listAppend1000() {
        long list = ListType.newList(s);
        for (int i = 0; i < 1000; i++) {
            ListType.append(s, list, space.smallInt(i & 255));
        }
        long size = ListType.size(list);
        Objects.decref(s, list);
        return size;
    }

    @Benchmark
    public long increfDecrefMortal() {
        Objects.incref(a);
        Objects.decref(s, a);
        return a;
    }

    @Benchmark
    public long increfDecrefImmortal() {
        long none = space.none();
        Objects.incref(none);
        Objects.decref(s, none);
        return none;
    }
}

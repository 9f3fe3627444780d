package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;

import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;

/**
 * The combinatoric iterators of {@code itertools}: product, permutations, combinations and
 * combinations_with_replacement, CPython 3.11's index algorithms. Each keeps its pool as a
 * tuple and its indices in the raw buffer of {@link ModuleObjectLayout}:
 *
 * <pre>
 *   type           ref 0                  long 0    long 1    long 2          buffer (int64s)
 *   product        pools (tuple of        -         stopped   started         indices[npools]
 *                  tuples)
 *   permutations   pool (tuple)           r         stopped   started         indices[n], cycles[r]
 *   combinations   pool (tuple)           r         stopped   started         indices[r]
 *   combinations_  pool (tuple)           r         stopped   started         indices[r]
 *   with_replacement
 * </pre>
 *
 * <p>Each {@code next} builds a fresh result tuple from the indices (CPython reuses the last
 * one when nobody else holds it; the values are the same). "started" is CPython's
 * {@code result != NULL}: the first call yields the initial indices without advancing.
 */
final class ItertoolsCombinatorics {
    private ItertoolsCombinatorics() {}

    static TypeSlots slots(BuiltinType t) {
        TypeSlots.Builder b = ModuleObjectLayout.iteratorBuilder();
        return switch (t) {
            case PRODUCT -> b.newInstance(ItertoolsCombinatorics::newProduct)
                    .next(ItertoolsCombinatorics::productNext).build();
            case PERMUTATIONS -> b.newInstance(ItertoolsCombinatorics::newPermutations)
                    .next(ItertoolsCombinatorics::permutationsNext).build();
            case COMBINATIONS -> b.newInstance((s, type, a, k) -> newCombinations(s, t, "combinations", a, k))
                    .next(ItertoolsCombinatorics::combinationsNext).build();
            case COMBINATIONS_WITH_REPLACEMENT -> b.newInstance((s, type, a, k) ->
                            newCombinations(s, t, "combinations_with_replacement", a, k))
                    .next(ItertoolsCombinatorics::replacementNext).build();
            default -> throw new IllegalArgumentException("not a combinatoric itertools type: " + t);
        };
    }

    private static long index(long o, long i) {
        return Memory.getLong(ModuleObjectLayout.buffer(o) + 8 * i);
    }

    private static void setIndex(long o, long i, long v) {
        Memory.putLong(ModuleObjectLayout.buffer(o) + 8 * i, v);
    }

    /** A new object of {@code t} over {@code pool} (taken over), with a buffer of {@code count} int64s. */
    private static long create(ObjectState s, BuiltinType t, long pool, long r, long count) {
        long o = ItertoolsBasic.create(s, t, pool, 0);
        try {
            ModuleObjectLayout.allocBuffer(s, o, count);
        } catch (RuntimeException e) {
            Objects.decref(s, o);
            throw e;
        }
        putLong(o, 0, r);
        return o;
    }

    /** The tuple {@code (pool[indices[0]], … pool[indices[r-1]])}. */
    private static long result(ObjectState s, long o, long pool, long r) {
        long t = TupleType.allocate(s, r);
        for (long i = 0; i < r; i++) {
            TupleType.initItem(s, t, i, Objects.newRef(TupleType.getItem(pool, index(o, i))));
        }
        return t;
    }

    /** True the first time (nothing to advance); marks the object started. */
    private static boolean firstCall(long o) {
        if (getLong(o, 2) != 0) {
            return false;
        }
        putLong(o, 2, 1);
        return true;
    }

    private static long stop(long o) {
        putLong(o, 1, 1);
        return 0;
    }

    // ---------------------------------------------------------------- product

    private static long newProduct(ObjectState s, long type, long args, long kwargs) {
        long repeat = 1;
        if (kwargs != 0 && DictType.size(kwargs) != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                String key = StrType.toJava(cursor[1]);
                if (!key.equals("repeat") || DictType.size(kwargs) > 1) {
                    throw Errors.typeError(s, DictType.size(kwargs) > 1
                            ? "product() takes at most 1 keyword argument (" + DictType.size(kwargs) + " given)"
                            : "'" + key + "' is an invalid keyword argument for product()");
                }
                repeat = Args.ssize(s, cursor[2]);
                if (repeat < 0) {
                    throw Errors.valueError(s, "repeat argument cannot be negative");
                }
            }
        }
        long n = TupleType.size(args);
        long npools = repeat == 0 ? 0 : n * repeat;
        if (n != 0 && npools / n != repeat) {
            throw Errors.overflowError(s, "repeat argument too large");
        }
        long pools = TupleType.allocate(s, npools);
        try {
            for (long i = 0; i < n; i++) {
                long pool = Invoke.tuple(s, TupleType.getItem(args, i));
                for (long j = 0; j < repeat; j++) {
                    TupleType.initItem(s, pools, i + j * n, Objects.newRef(pool));
                }
                Objects.decref(s, pool);
            }
        } catch (RuntimeException e) {
            Objects.decref(s, pools);
            throw e;
        }
        return create(s, BuiltinType.PRODUCT, pools, 0, npools);
    }

    private static long productNext(ObjectState s, long o) {
        if (getLong(o, 1) != 0) {
            return 0;
        }
        long pools = ref(o, 0);
        long npools = TupleType.size(pools);
        if (firstCall(o)) {
            for (long i = 0; i < npools; i++) {
                if (TupleType.size(TupleType.getItem(pools, i)) == 0) {
                    return stop(o);
                }
            }
        } else {
            long i = npools - 1;
            for (; i >= 0; i--) {
                setIndex(o, i, index(o, i) + 1);
                if (index(o, i) < TupleType.size(TupleType.getItem(pools, i))) {
                    break;
                }
                setIndex(o, i, 0);
            }
            if (i < 0) {
                return stop(o);
            }
        }
        long t = TupleType.allocate(s, npools);
        for (long i = 0; i < npools; i++) {
            TupleType.initItem(s, t, i, Objects.newRef(TupleType.getItem(TupleType.getItem(pools, i), index(o, i))));
        }
        return t;
    }

    // ---------------------------------------------------------------- permutations

    private static long newPermutations(ObjectState s, long type, long args, long kwargs) {
        long[] a = Args.parse(s, "permutations", args, kwargs, 0, 1, "iterable", "r");
        long pool = Invoke.tuple(s, a[0]);
        long n = TupleType.size(pool);
        long r = n;
        if (a[1] != 0 && a[1] != s.space().none()) {
            if (!IntType.check(a[1])) {
                Objects.decref(s, pool);
                throw Errors.typeError(s, "Expected int as r");
            }
            r = IntType.fitsLong(a[1]) ? IntType.longValue(a[1]) : -1;
            if (r < 0) {
                Objects.decref(s, pool);
                throw Errors.valueError(s, "r must be non-negative");
            }
        }
        long o = create(s, BuiltinType.PERMUTATIONS, pool, r, n + Math.min(r, n));
        for (long i = 0; i < n; i++) {
            setIndex(o, i, i);
        }
        for (long i = 0; i < Math.min(r, n); i++) {
            setIndex(o, n + i, n - i);
        }
        putLong(o, 1, r > n ? 1 : 0);
        return o;
    }

    private static long permutationsNext(ObjectState s, long o) {
        if (getLong(o, 1) != 0) {
            return 0;
        }
        long pool = ref(o, 0);
        long n = TupleType.size(pool);
        long r = getLong(o, 0);
        if (!firstCall(o)) {
            if (n == 0) {
                return stop(o);
            }
            long i = r - 1;
            for (; i >= 0; i--) {
                long cycle = index(o, n + i) - 1;
                setIndex(o, n + i, cycle);
                if (cycle == 0) {
                    long first = index(o, i);
                    for (long j = i; j < n - 1; j++) {
                        setIndex(o, j, index(o, j + 1));
                    }
                    setIndex(o, n - 1, first);
                    setIndex(o, n + i, n - i);
                } else {
                    long swap = index(o, i);
                    setIndex(o, i, index(o, n - cycle));
                    setIndex(o, n - cycle, swap);
                    break;
                }
            }
            if (i < 0) {
                return stop(o);
            }
        }
        return result(s, o, pool, r);
    }

    // ---------------------------------------------------------------- combinations

    private static long newCombinations(ObjectState s, BuiltinType t, String name, long args, long kwargs) {
        long[] a = Args.parse(s, name, args, kwargs, 0, 2, "iterable", "r");
        long pool = Invoke.tuple(s, a[0]);
        long r;
        try {
            r = Args.ssize(s, a[1]);
            if (r < 0) {
                throw Errors.valueError(s, "r must be non-negative");
            }
        } catch (RuntimeException e) {
            Objects.decref(s, pool);
            throw e;
        }
        long n = TupleType.size(pool);
        long o = create(s, t, pool, r, r);
        boolean replacement = t == BuiltinType.COMBINATIONS_WITH_REPLACEMENT;
        for (long i = 0; i < r; i++) {
            setIndex(o, i, replacement ? 0 : i);
        }
        putLong(o, 1, (replacement ? n == 0 && r > 0 : r > n) ? 1 : 0);
        return o;
    }

    private static long combinationsNext(ObjectState s, long o) {
        if (getLong(o, 1) != 0) {
            return 0;
        }
        long pool = ref(o, 0);
        long n = TupleType.size(pool);
        long r = getLong(o, 0);
        if (!firstCall(o)) {
            long i = r - 1;
            while (i >= 0 && index(o, i) == i + n - r) {
                i--;
            }
            if (i < 0) {
                return stop(o);
            }
            setIndex(o, i, index(o, i) + 1);
            for (long j = i + 1; j < r; j++) {
                setIndex(o, j, index(o, j - 1) + 1);
            }
        }
        return result(s, o, pool, r);
    }

    private static long replacementNext(ObjectState s, long o) {
        if (getLong(o, 1) != 0) {
            return 0;
        }
        long pool = ref(o, 0);
        long n = TupleType.size(pool);
        long r = getLong(o, 0);
        if (!firstCall(o)) {
            long i = r - 1;
            while (i >= 0 && index(o, i) == n - 1) {
                i--;
            }
            if (i < 0) {
                return stop(o);
            }
            long next = index(o, i) + 1;
            for (; i < r; i++) {
                setIndex(o, i, next);
            }
        }
        return result(s, o, pool, r);
    }
}

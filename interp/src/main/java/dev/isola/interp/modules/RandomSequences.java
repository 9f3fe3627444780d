package dev.isola.interp.modules;

import dev.isola.memory.Memory;
import dev.isola.natives.Libm;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sequence methods of {@code random}: {@code choice}, {@code shuffle}, {@code sample} and
 * {@code choices}, ported from {@code Lib/random.py} so that they draw the same numbers in the
 * same order (and so pick the same items). Populations are used through the generic sequence
 * protocol, as random.py does; a list being shuffled has its items swapped in place.
 */
final class RandomSequences {
    private RandomSequences() {}

    static List<MethodDef> functions() {
        return List.of(
                new MethodDef("choice", (s, m, args, kw) ->
                        choice(s, RandomModule.state(m), DefArgs.bind(s, "Random.choice", args, kw, 1, 1, "seq")[0])),
                new MethodDef("shuffle", (s, m, args, kw) -> {
                    shuffle(s, RandomModule.state(m), DefArgs.bind(s, "Random.shuffle", args, kw, 1, 1, "x")[0]);
                    return Objects.newRef(s.space().none());
                }),
                new MethodDef("sample", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.sample", args, kw, 2, 2, "population", "k", "counts");
                    return sample(s, RandomModule.state(m), a[0], a[1], a[2]);
                }),
                new MethodDef("choices", (s, m, args, kw) -> {
                    long[] a = DefArgs.bind(s, "Random.choices", args, kw, 2, 1, "population", "weights",
                            "cum_weights", "k");
                    return choices(s, RandomModule.state(m), a[0], a[1], a[2], a[3]);
                }));
    }

    private static long choice(ObjectState s, long st, long seq) {
        long n = Abstract.length(s, seq);
        if (n == 0) {
            throw Errors.indexError(s, "Cannot choose from an empty sequence");
        }
        try (RefScope t = new RefScope(s)) {
            return Abstract.getItem(s, seq, t.i(RandomIntegers.below(st, n)));
        }
    }

    private static void shuffle(ObjectState s, long st, long x) {
        long n = Abstract.length(s, x);
        boolean list = Objects.type(x) == s.space().type(BuiltinType.LIST);
        for (long i = n - 1; i > 0; i--) {
            long j = RandomIntegers.below(st, i + 1);
            if (list) {
                long items = ListType.items(x);
                long xi = Memory.getLong(items + 8 * i);
                Memory.putLong(items + 8 * i, Memory.getLong(items + 8 * j));
                Memory.putLong(items + 8 * j, xi);
                continue;
            }
            try (RefScope t = new RefScope(s)) {
                long io = t.i(i);
                long jo = t.i(j);
                long xj = t.own(Abstract.getItem(s, x, jo));
                long xi = t.own(Abstract.getItem(s, x, io));
                Abstract.setItem(s, x, io, xj);
                Abstract.setItem(s, x, jo, xi);
            }
        }
    }

    private static long sample(ObjectState s, long st, long population, long kObj, long counts) {
        if (!isSequence(s, population)) {
            throw Errors.typeError(s, "Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Abstract.length(s, population);
        try (RefScope t = new RefScope(s)) {
            if (counts != 0 && counts != s.space().none()) {
                long cum = t.own(accumulate(s, counts));
                if (ListType.size(cum) != n) {
                    throw Errors.valueError(s, "The number of counts does not match the population");
                }
                long total = t.own(Abstract.callMethod(s, cum, "pop"));
                if (!IntType.check(total)) {
                    throw Errors.typeError(s, "Counts must be integers");
                }
                if (IntType.signum(total) <= 0) {
                    throw Errors.valueError(s, "Total of counts must be greater than zero");
                }
                BigInteger big = IntType.toBig(total);
                if (big.bitLength() > 63) {
                    throw Errors.overflowError(s, "Python int too large to convert to C ssize_t");
                }
                long[] selections = sampleIndices(s, t, st, big.longValue(), kObj);
                long result = t.own(ListType.newList(s));
                for (long sel : selections) {
                    try (RefScope u = new RefScope(s)) {
                        long idx = bisectRight(s, u, cum, u.i(sel), 0, ListType.size(cum));
                        ListType.append(s, result, u.own(Abstract.getItem(s, population, u.i(idx))));
                    }
                }
                return t.result(result);
            }
            long[] picks = sampleIndices(s, t, st, n, kObj);
            long result = t.own(ListType.newList(s));
            for (long j : picks) {
                try (RefScope u = new RefScope(s)) {
                    ListType.append(s, result, u.own(Abstract.getItem(s, population, u.i(j))));
                }
            }
            return t.result(result);
        }
    }

    /** {@code isinstance(x, collections.abc.Sequence)} for the builtin types that are sequences. */
    private static boolean isSequence(ObjectState s, long x) {
        for (BuiltinType type : new BuiltinType[] {BuiltinType.LIST, BuiltinType.TUPLE, BuiltinType.STR,
                BuiltinType.RANGE, BuiltinType.BYTES, BuiltinType.BYTEARRAY}) {
            if (Objects.isInstance(x, s.space().type(type))) {
                return true;
            }
        }
        return false;
    }

    /** The population indices random.py's {@code sample} selects from {@code range(n)}, in order. */
    private static long[] sampleIndices(ObjectState s, RefScope t, long st, long n, long kObj) {
        if (!(t.le(t.i(0), kObj) && t.le(kObj, t.i(n)))) {
            throw Errors.valueError(s, "Sample larger than population or is negative");
        }
        if (!IntType.check(kObj)) {
            throw Errors.typeError(s, "can't multiply sequence by non-int of type '" + Objects.typeNameOf(kObj) + "'");
        }
        int k = (int) IntType.longValue(kObj);
        long[] result = new long[k];
        long setsize = 21;
        if (k > 5) {
            long exponent = (long) Math.ceil(Libm.log(k * 3.0) / Libm.log(4.0));
            setsize += exponent >= 31 ? Long.MAX_VALUE / 2 : 1L << (2 * exponent);
        }
        if (n <= setsize) {
            long[] pool = new long[(int) n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = (int) RandomIntegers.below(st, n - i);
                result[i] = pool[j];
                pool[j] = pool[(int) (n - i - 1)];
            }
        } else {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = RandomIntegers.below(st, n);
                while (selected.contains(j)) {
                    j = RandomIntegers.below(st, n);
                }
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    private static long choices(ObjectState s, long st, long population, long weights, long cumWeights, long kObj) {
        long none = s.space().none();
        long n = Abstract.length(s, population);
        weights = weights == 0 ? none : weights;
        cumWeights = cumWeights == 0 ? none : cumWeights;
        try (RefScope t = new RefScope(s)) {
            if (cumWeights == none) {
                if (weights == none) {
                    double nf = n;
                    long k = repeatCount(s, kObj);
                    long result = t.own(ListType.newList(s));
                    for (long i = 0; i < k; i++) {
                        long idx = (long) Math.floor(MersenneTwister.random(st) * nf);
                        try (RefScope u = new RefScope(s)) {
                            ListType.append(s, result, u.own(Abstract.getItem(s, population, u.i(idx))));
                        }
                    }
                    return t.result(result);
                }
                try {
                    cumWeights = t.own(accumulate(s, weights));
                } catch (PyException e) {
                    if (!IntType.check(weights) || !RandomModule.isTypeError(s, e)) {
                        throw e;
                    }
                    throw Errors.typeError(s, "The number of choices must be a keyword argument: k="
                            + Abstract.reprJava(s, weights));
                }
            } else if (weights != none) {
                throw Errors.typeError(s, "Cannot specify both weights and cumulative weights");
            }
            if (Abstract.length(s, cumWeights) != n) {
                throw Errors.valueError(s, "The number of weights does not match the population");
            }
            long totalObj = t.add(t.own(Abstract.getItem(s, cumWeights, t.i(-1))), t.f(0.0));
            if (t.le(totalObj, t.f(0.0))) {
                throw Errors.valueError(s, "Total of weights must be greater than zero");
            }
            double total = t.dbl(totalObj);
            if (!Double.isFinite(total)) {
                throw Errors.valueError(s, "Total of weights must be finite");
            }
            long hi = n - 1;
            long k = repeatCount(s, kObj);
            long result = t.own(ListType.newList(s));
            for (long i = 0; i < k; i++) {
                try (RefScope u = new RefScope(s)) {
                    long idx = bisectRight(s, u, cumWeights, u.f(MersenneTwister.random(st) * total), 0, hi);
                    ListType.append(s, result, u.own(Abstract.getItem(s, population, u.i(idx))));
                }
            }
            return t.result(result);
        }
    }

    /** The count of {@code itertools.repeat(None, k)}: {@code k} an index, negative meaning 0. */
    private static long repeatCount(ObjectState s, long kObj) {
        return kObj == 0 ? 1 : Math.max(0, Abstract.asSize(s, kObj, BuiltinType.OVERFLOW_ERROR));
    }

    /** {@code list(itertools.accumulate(iterable))}: a new list. */
    private static long accumulate(ObjectState s, long iterable) {
        try (RefScope t = new RefScope(s)) {
            long it = t.own(Abstract.iter(s, iterable));
            long result = t.own(ListType.newList(s));
            long total = 0;
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                t.own(x);
                total = total == 0 ? x : t.add(total, x);
                ListType.append(s, result, total);
            }
            return t.result(result);
        }
    }

    /** {@code bisect.bisect_right(a, x, lo, hi)}. */
    private static long bisectRight(ObjectState s, RefScope t, long a, long x, long lo, long hi) {
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (t.lt(x, t.own(Abstract.getItem(s, a, t.i(mid))))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}

package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CompareOp;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListSort;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.SliceType;
import dev.isola.objects.TupleType;
import java.util.List;

/**
 * {@code heapq.nsmallest} and {@code nlargest}: CPython 3.11's {@code heapq.py} versions
 * translated line by line — the {@code n == 1} shortcut through min/max, the {@code n >= len}
 * shortcut through sorted, and otherwise a heap of decorated tuples {@code (elem, order)} or
 * {@code (key, order, elem)} — so that the same comparisons happen in the same order and ties
 * resolve the same way. {@code merge} is in {@link HeapqMerge}.
 */
final class HeapqSelect {
    private HeapqSelect() {}

    static List<MethodDef> functions() {
        return List.of(
                new MethodDef("nsmallest", (s, m, args, kw) -> {
                    long[] a = Args.function(s, "nsmallest", args, kw, 2, "n", "iterable", "key");
                    return select(s, a[0], a[1], a[2], false);
                }),
                new MethodDef("nlargest", (s, m, args, kw) -> {
                    long[] a = Args.function(s, "nlargest", args, kw, 2, "n", "iterable", "key");
                    return select(s, a[0], a[1], a[2], true);
                }),
                new MethodDef("merge", HeapqMerge::merge));
    }

    static List<MethodDef> boundFunctions() {
        return List.of(new MethodDef("merge.__next__", HeapqMerge::next));
    }

    /** {@code key(value)}, a new reference. */
    static long callKey(ObjectState s, long key, long value) {
        long args = TupleType.pack(s, value);
        try {
            return Abstract.call(s, key, args, 0);
        } finally {
            Objects.decref(s, args);
        }
    }

    private static long select(ObjectState s, long n, long iterable, long key, boolean largest) {
        long none = s.space().none();
        key = key == 0 ? none : key;
        if (Abstract.richCompareBool(s, n, s.space().smallInt(1), CompareOp.EQ)) {
            long it = Abstract.iter(s, iterable);
            long best;
            try {
                best = minMax(s, it, key, largest);
            } finally {
                Objects.decref(s, it);
            }
            if (best == 0) {
                return ListType.newList(s);
            }
            try {
                return ListType.pack(s, best);
            } finally {
                Objects.decref(s, best);
            }
        }
        long size = lengthOrMinusOne(s, iterable);
        if (size >= 0) {
            long sizeObj = IntType.fromLong(s, size);
            boolean all;
            try {
                all = Abstract.richCompareBool(s, n, sizeObj, CompareOp.GE);
            } finally {
                Objects.decref(s, sizeObj);
            }
            if (all) {
                return sortedPrefix(s, iterable, key, largest, n);
            }
        }
        long limit = rangeLength(s, n, largest);
        long it = Abstract.iter(s, iterable);
        try {
            return heapSelect(s, it, limit, n, key, largest);
        } finally {
            Objects.decref(s, it);
        }
    }

    /** {@code len(iterable)}, or -1 where that raises TypeError or AttributeError. */
    private static long lengthOrMinusOne(ObjectState s, long iterable) {
        try {
            return Abstract.length(s, iterable);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.TYPE_ERROR))
                    && !e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return -1;
        }
    }

    /** The length of {@code range(n)} (nsmallest) or {@code range(0, -n, -1)} (nlargest). */
    private static long rangeLength(ObjectState s, long n, boolean largest) {
        long bound = largest ? Abstract.negative(s, n) : Objects.newRef(n);
        try {
            long i = Abstract.index(s, bound);
            try {
                if (!IntType.fitsLong(i)) {
                    return (IntType.signum(i) < 0) == largest ? Long.MAX_VALUE : 0;
                }
                long v = IntType.longValue(i);
                return Math.max(0, largest ? -v : v);
            } finally {
                Objects.decref(s, i);
            }
        } finally {
            Objects.decref(s, bound);
        }
    }

    /** {@code sorted(iterable, key=key, reverse=largest)[:n]}. */
    private static long sortedPrefix(ObjectState s, long iterable, long key, boolean largest, long n) {
        long list = ListType.newList(s);
        try {
            ListType.extend(s, list, iterable);
            ListSort.sort(s, list, key, largest);
            long slice = SliceType.newSlice(s, 0, n, 0);
            try {
                return Abstract.getItem(s, list, slice);
            } finally {
                Objects.decref(s, slice);
            }
        } finally {
            Objects.decref(s, list);
        }
    }

    /**
     * Builtin {@code min} ({@code value < best}) or {@code max} ({@code value > best}) over an
     * iterator with {@code default}: the item, or 0 when there is none.
     */
    private static long minMax(ObjectState s, long it, long key, boolean max) {
        long bestItem = 0;
        long bestValue = 0;
        try {
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                long value;
                try {
                    value = key == s.space().none() ? Objects.newRef(item) : callKey(s, key, item);
                } catch (PyException e) {
                    Objects.decref(s, item);
                    throw e;
                }
                boolean better;
                try {
                    better = bestItem == 0
                            || Abstract.richCompareBool(s, value, bestValue, max ? CompareOp.GT : CompareOp.LT);
                } catch (PyException e) {
                    Objects.decref(s, item);
                    Objects.decref(s, value);
                    throw e;
                }
                if (better) {
                    Objects.xdecref(s, bestItem);
                    Objects.xdecref(s, bestValue);
                    bestItem = item;
                    bestValue = value;
                } else {
                    Objects.decref(s, item);
                    Objects.decref(s, value);
                }
            }
        } catch (PyException e) {
            Objects.xdecref(s, bestItem);
            Objects.xdecref(s, bestValue);
            throw e;
        }
        Objects.xdecref(s, bestValue);
        return bestItem;
    }

    /** The decorated-heap path: a max-heap of the n smallest (a min-heap of the n largest). */
    private static long heapSelect(ObjectState s, long it, long limit, long n, long key, boolean largest) {
        boolean keyed = key != s.space().none();
        long result = ListType.newList(s);
        long top = 0;
        long order = 0;
        try {
            for (long i = 0; i < limit; i++) {
                long elem = Abstract.next(s, it);
                if (elem == 0) {
                    break;
                }
                long entry = decorate(s, keyed ? key : 0, elem, largest ? -i : i);
                ListType.append(s, result, entry);
                Objects.decref(s, entry);
            }
            if (ListType.size(result) == 0) {
                return Objects.newRef(result);
            }
            HeapqModule.heapify(s, result, !largest);
            top = Objects.newRef(TupleType.getItem(ListType.getItem(result, 0), 0));
            order = largest ? Abstract.negative(s, n) : Objects.newRef(n);
            for (long elem = Abstract.next(s, it); elem != 0; elem = Abstract.next(s, it)) {
                try {
                    long k = keyed ? callKey(s, key, elem) : Objects.newRef(elem);
                    try {
                        boolean better = largest ? Abstract.richCompareBool(s, top, k, CompareOp.LT)
                                : Abstract.richCompareBool(s, k, top, CompareOp.LT);
                        if (better) {
                            long entry = keyed ? TupleType.pack(s, k, order, elem) : TupleType.pack(s, elem, order);
                            try {
                                Objects.decref(s, HeapqModule.replace(s, result, entry, !largest));
                            } finally {
                                Objects.decref(s, entry);
                            }
                            long newTop = Objects.newRef(TupleType.getItem(ListType.getItem(result, 0), 0));
                            Objects.decref(s, top);
                            top = newTop;
                            long one = s.space().smallInt(1);
                            long newOrder = Abstract.binaryOp(s, order, one, largest ? NumberOp.SUBTRACT : NumberOp.ADD);
                            Objects.decref(s, order);
                            order = newOrder;
                        }
                    } finally {
                        Objects.decref(s, k);
                    }
                } finally {
                    Objects.decref(s, elem);
                }
            }
            ListSort.sort(s, result, 0L, largest);
            long out = ListType.newList(s);
            for (long i = 0; i < ListType.size(result); i++) {
                ListType.append(s, out, TupleType.getItem(ListType.getItem(result, i), keyed ? 2 : 0));
            }
            return out;
        } finally {
            Objects.decref(s, result);
            Objects.xdecref(s, top);
            Objects.xdecref(s, order);
        }
    }

    /** {@code (elem, i)}, or {@code (key(elem), i, elem)} when {@code key} is not 0; consumes {@code elem}. */
    private static long decorate(ObjectState s, long key, long elem, long i) {
        long index = 0;
        long k = 0;
        try {
            index = IntType.fromLong(s, i);
            if (key == 0) {
                return TupleType.pack(s, elem, index);
            }
            k = callKey(s, key, elem);
            return TupleType.pack(s, k, index, elem);
        } finally {
            Objects.decref(s, elem);
            Objects.xdecref(s, index);
            Objects.xdecref(s, k);
        }
    }
}

package dev.isola.interp.modules;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CompareOp;
import dev.isola.objects.Errors;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code heapq}: CPython 3.11's {@code _heapq} ported step for step — the same sift loops, so
 * the same comparisons in the same order, each {@code a < b} through the rich comparison (the
 * only operator a heap item needs), and the same "list changed size during iteration" check
 * after each one. The {@code _max} variants serve {@code nsmallest} and {@code merge(reverse=True)}.
 * The functions CPython writes in Python ({@code nsmallest nlargest merge}) are in {@link HeapqSelect}.
 *
 * <p>A heap is a list {@code h} with {@code h[k] <= h[2k+1]} and {@code h[k] <= h[2k+2]} for every
 * k where the children exist ({@code >=} for a max-heap). Swaps move references inside the item
 * array without touching counts; each compared item is held by a reference across the comparison,
 * since the comparison may run code that empties the list.
 */
final class HeapqModule {
    private HeapqModule() {}

    static ModuleDef def() {
        List<MethodDef> fs = new ArrayList<>(List.of(
                new MethodDef("heappush", (s, m, args, kw) -> {
                    long[] a = heapArgs(s, "heappush", args, kw, 2);
                    ListType.append(s, a[0], a[1]);
                    siftDown(s, a[0], 0, ListType.size(a[0]) - 1, false);
                    return s.space().none();
                }),
                new MethodDef("heappop", (s, m, args, kw) -> pop(s, heapArgs(s, "heappop", args, kw, 1)[0], false)),
                new MethodDef("heapify", (s, m, args, kw) -> {
                    heapify(s, heapArgs(s, "heapify", args, kw, 1)[0], false);
                    return s.space().none();
                }),
                new MethodDef("heapreplace", (s, m, args, kw) -> {
                    long[] a = heapArgs(s, "heapreplace", args, kw, 2);
                    return replace(s, a[0], a[1], false);
                }),
                new MethodDef("heappushpop", (s, m, args, kw) -> {
                    long[] a = heapArgs(s, "heappushpop", args, kw, 2);
                    return pushPop(s, a[0], a[1]);
                }),
                new MethodDef("_heappop_max", (s, m, args, kw) ->
                        pop(s, heapArgs(s, "_heappop_max", args, kw, 1)[0], true)),
                new MethodDef("_heapify_max", (s, m, args, kw) -> {
                    heapify(s, heapArgs(s, "_heapify_max", args, kw, 1)[0], true);
                    return s.space().none();
                }),
                new MethodDef("_heapreplace_max", (s, m, args, kw) -> {
                    long[] a = heapArgs(s, "_heapreplace_max", args, kw, 2);
                    return replace(s, a[0], a[1], true);
                })));
        fs.addAll(HeapqSelect.functions());
        return new ModuleDef("heapq", fs, HeapqSelect.boundFunctions(), (interp, module, dict) -> {
        });
    }

    /**
     * Argument Clinic's checks for {@code (heap: list, /)} ({@code METH_O}) and
     * {@code (heap: list, item, /)}.
     */
    private static long[] heapArgs(ObjectState s, String name, long args, long kwargs, int count) {
        long[] a;
        if (count == 1) {
            a = new long[] {Args.one(s, "_heapq." + name, args, kwargs)};
        } else {
            a = Args.positional(s, name, "_heapq." + name, args, kwargs, count, count);
        }
        if (!ListType.check(a[0])) {
            throw Errors.typeError(s, name + "() argument" + (count == 1 ? "" : " 1") + " must be list, not "
                    + Objects.typeNameOf(a[0]));
        }
        return a;
    }

    /** {@code a < b} for a min-heap, {@code b < a} for a max-heap; both held across the call. */
    private static boolean less(ObjectState s, long a, long b, boolean max) {
        Objects.incref(a);
        Objects.incref(b);
        try {
            return max ? Abstract.richCompareBool(s, b, a, CompareOp.LT) : Abstract.richCompareBool(s, a, b, CompareOp.LT);
        } finally {
            Objects.decref(s, a);
            Objects.decref(s, b);
        }
    }

    private static long slot(long heap, long i) {
        return ListType.items(heap) + 8 * i;
    }

    private static void checkSize(ObjectState s, long heap, long size) {
        if (ListType.size(heap) != size) {
            throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "list changed size during iteration");
        }
    }

    /** CPython's {@code siftdown}: moves the item at {@code pos} up towards {@code start}. */
    static void siftDown(ObjectState s, long heap, long start, long pos, boolean max) {
        long size = ListType.size(heap);
        if (pos >= size) {
            throw Errors.indexError(s, "list index out of range");
        }
        while (pos > start) {
            long parentPos = (pos - 1) >> 1;
            boolean lt = less(s, Memory.getLong(slot(heap, pos)), Memory.getLong(slot(heap, parentPos)), max);
            checkSize(s, heap, size);
            if (!lt) {
                break;
            }
            long parent = Memory.getLong(slot(heap, parentPos));
            Memory.putLong(slot(heap, parentPos), Memory.getLong(slot(heap, pos)));
            Memory.putLong(slot(heap, pos), parent);
            pos = parentPos;
        }
    }

    /** CPython's {@code siftup}: moves the smaller child up until a leaf, then sifts down. */
    static void siftUp(ObjectState s, long heap, long pos, boolean max) {
        long end = ListType.size(heap);
        long start = pos;
        if (pos >= end) {
            throw Errors.indexError(s, "list index out of range");
        }
        long limit = end >> 1;
        while (pos < limit) {
            long child = 2 * pos + 1;
            if (child + 1 < end) {
                boolean lt = less(s, Memory.getLong(slot(heap, child)), Memory.getLong(slot(heap, child + 1)), max);
                if (!lt) {
                    child++;
                }
                checkSize(s, heap, end);
            }
            long item = Memory.getLong(slot(heap, child));
            Memory.putLong(slot(heap, child), Memory.getLong(slot(heap, pos)));
            Memory.putLong(slot(heap, pos), item);
            pos = child;
        }
        siftDown(s, heap, start, pos, max);
    }

    /** {@code heappop}: the smallest item (a new reference), the last item sifted into its place. */
    static long pop(ObjectState s, long heap, boolean max) {
        long n = ListType.size(heap);
        if (n == 0) {
            throw Errors.indexError(s, "index out of range");
        }
        long last = ListType.getItem(heap, n - 1);
        Objects.incref(last);
        try {
            ListType.setSlice(s, heap, n - 1, n, 0);
        } catch (PyException e) {
            Objects.decref(s, last);
            throw e;
        }
        if (n == 1) {
            return last;
        }
        long top = Memory.getLong(slot(heap, 0));
        Memory.putLong(slot(heap, 0), last);
        try {
            siftUp(s, heap, 0, max);
        } catch (PyException e) {
            Objects.decref(s, top);
            throw e;
        }
        return top;
    }

    /** {@code heapreplace}: pops the smallest item, then pushes {@code item}. */
    static long replace(ObjectState s, long heap, long item, boolean max) {
        if (ListType.size(heap) == 0) {
            throw Errors.indexError(s, "index out of range");
        }
        long top = Memory.getLong(slot(heap, 0));
        Objects.checkReference(s, heap, item);
        Memory.putLong(slot(heap, 0), Objects.newRef(item));
        try {
            siftUp(s, heap, 0, max);
        } catch (PyException e) {
            Objects.decref(s, top);
            throw e;
        }
        return top;
    }

    /** {@code heappushpop}: {@code item} itself when it is not larger than the top. */
    private static long pushPop(ObjectState s, long heap, long item) {
        if (ListType.size(heap) == 0 || !less(s, ListType.getItem(heap, 0), item, false)) {
            return Objects.newRef(item);
        }
        return replace(s, heap, item, false);
    }

    /** {@code heapify}: bottom-up, or CPython's cache-friendly order for more than 2500 items. */
    static void heapify(ObjectState s, long heap, boolean max) {
        long n = ListType.size(heap);
        if (n > 2500) {
            cacheFriendlyHeapify(s, heap, max);
            return;
        }
        for (long i = (n >> 1) - 1; i >= 0; i--) {
            siftUp(s, heap, i, max);
        }
    }

    /**
     * Sifts each sibling pair's parent as soon as both are done, while they are still in cache:
     * the same comparisons as the plain loop but in another order, which CPython's matches.
     */
    private static void cacheFriendlyHeapify(ObjectState s, long heap, boolean max) {
        long m = ListType.size(heap) >> 1;
        long leftmost = Long.highestOneBit(m + 1) - 1;
        long mhalf = m >> 1;
        for (long i = leftmost - 1; i >= mhalf; i--) {
            for (long j = i;; j >>= 1) {
                siftUp(s, heap, j, max);
                if ((j & 1) == 0) {
                    break;
                }
            }
        }
        for (long i = m - 1; i >= leftmost; i--) {
            for (long j = i;; j >>= 1) {
                siftUp(s, heap, j, max);
                if ((j & 1) == 0) {
                    break;
                }
            }
        }
    }

    /** {@code list[i] = item} for a list of known size: takes a new reference, releases the old. */
    static void setItem(ObjectState s, long list, long i, long item) {
        long old = Memory.getLong(slot(list, i));
        Objects.checkReference(s, list, item);
        Memory.putLong(slot(list, i), Objects.newRef(item));
        Objects.decref(s, old);
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@code list.sort}: CPython's {@code listsort} — Tim Peters' adaptive, stable merge sort with
 * the powersort merge policy (CPython 3.11+), ported to Java arrays of object addresses.
 *
 * <h2>The algorithm</h2>
 * The array is cut left to right into natural runs (ascending, or strictly descending and then
 * reversed in place — strictness keeps the sort stable). A run shorter than {@code minrun}
 * (32…64, chosen so that {@code n / minrun} is a power of two or just below) is extended by
 * binary insertion. Each run is pushed on a stack; its <em>power</em> — the depth of the node
 * between it and its predecessor in a perfectly balanced merge tree over {@code [0, n)} — decides
 * the merges: while the run below the top has a greater power than the new boundary, the two
 * runs below are merged. At the end the stack is collapsed. The stack never exceeds
 * ⌈log2 n⌉ + 1 runs.
 *
 * <p>A merge first trims what is already in place (where does B's first item go in A, where
 * does A's last go in B), then copies the shorter run to a temporary array and merges from the
 * left ({@code mergeLo}) or right ({@code mergeHi}). When one run wins {@code minGallop} times
 * in a row the merge switches to galloping — exponential then binary search for how many items
 * to move at once — and {@code minGallop} adapts: lowered while galloping pays, raised when it
 * does not. On random data this is a plain merge sort; on data with structure (sorted,
 * reversed, a few changes, concatenations) it approaches n comparisons.
 *
 * <h2>Python's rules around it</h2>
 * <ul>
 *   <li>Only {@code <} is used: {@code Abstract.richCompareBool(LT)}, or a direct comparison
 *       when every key is an exact int or float, or a direct call of the keys' own comparison
 *       slot when they all share one type (CPython's pre-sort homogeneity check).
 *   <li>{@code reverse} reverses, sorts, and reverses again, so equal items keep their order.
 *   <li>With {@code key}, keys are computed once, up front, and carried with the items.
 *   <li>While sorting, the list is empty (size 0, no item array, {@code SORTING} flag). Any
 *       change to it clears the flag; afterwards whatever it then holds is released, the sorted
 *       items put back, and {@code ValueError: list modified during sort} raised.
 *   <li>An exception in a comparison aborts the sort, leaving a permutation of the items: each
 *       merge puts back its temporary array on the way out.
 * </ul>
 */
public final class ListSort {
    /** A Java-side key function: the key of {@code item} (borrowed), as a new reference. */
    @FunctionalInterface
    public interface KeyFunction {
        long apply(ObjectState s, long item);
    }

    /** {@code a < b} for two keys; may raise a Python exception. */
    @FunctionalInterface
    interface Less {
        boolean lt(long a, long b);
    }

    private static final int MIN_GALLOP = 7;
    private static final int MAX_MERGE_PENDING = 85;

    private final Less less;
    private final long[] keys;
    private final long[] vals;
    private final int length;
    private long[] tmpKeys = new long[0];
    private long[] tmpVals;
    private int minGallop = MIN_GALLOP;
    private boolean descending;
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int runs;

    private ListSort(Less less, long[] keys, long[] vals) {
        this.less = less;
        this.keys = keys;
        this.vals = vals;
        this.length = keys.length;
        this.tmpVals = vals == null ? null : new long[0];
    }

    // ---------------------------------------------------------------- public entry points

    /** {@code list.sort(key=keyFunc, reverse=reverse)}; {@code keyFunc} is 0 or None for no key. */
    public static void sort(ObjectState s, long list, long keyFunc, boolean reverse) {
        if (keyFunc == 0 || keyFunc == s.space().none()) {
            sort(s, list, (KeyFunction) null, reverse);
            return;
        }
        sort(s, list, (st, item) -> {
            long args = TupleType.pack(st, item);
            try {
                return Abstract.call(st, keyFunc, args, 0);
            } finally {
                Objects.decref(st, args);
            }
        }, reverse);
    }

    /** {@code list.sort} with a Java key function (null for none). */
    public static void sort(ObjectState s, long list, KeyFunction key, boolean reverse) {
        long n = ListType.size(list);
        long savedItems = ListType.items(list);
        long savedAllocated = Memory.getLong(list + ListType.ALLOCATED_OFFSET);
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        long[] values = new long[(int) n];
        MemorySegment.copy(Memory.segment(savedItems, 8 * n), ValueLayout.JAVA_LONG_UNALIGNED, 0, values, 0, (int) n);
        ListType.setSize(list, 0);
        Memory.putLong(list + ListType.ITEMS_OFFSET, 0);
        Memory.putLong(list + ListType.ALLOCATED_OFFSET, ListType.SORTING | (savedAllocated & ListType.REPR_BUSY));

        PyException failure = null;
        long[] keys = null;
        int keysMade = 0;
        try {
            if (key == null) {
                keys = values;
            } else {
                keys = new long[values.length];
                for (; keysMade < values.length; keysMade++) {
                    keys[keysMade] = key.apply(s, values[keysMade]);
                }
            }
            try {
                if (reverse) {
                    reverse(values);
                    if (keys != values) {
                        reverse(keys);
                    }
                }
                new ListSort(lessFor(s, keys), keys, keys == values ? null : values).sort();
            } finally {
                if (reverse) {
                    reverse(values);
                }
            }
        } catch (PyException e) {
            failure = e;
        }
        if (keys != values) {
            for (int i = keysMade - 1; i >= 0; i--) {
                Objects.decref(s, keys[i]);
            }
        }
        if (failure == null && (Memory.getLong(list + ListType.ALLOCATED_OFFSET) & ListType.SORTING) == 0) {
            failure = Errors.valueError(s, "list modified during sort");
        }
        MemorySegment.copy(values, 0, Memory.segment(savedItems, 8 * n), ValueLayout.JAVA_LONG_UNALIGNED, 0, (int) n);
        long finalItems = ListType.items(list);
        long finalSize = ListType.size(list);
        ListType.setSize(list, n);
        Memory.putLong(list + ListType.ITEMS_OFFSET, savedItems);
        Memory.putLong(list + ListType.ALLOCATED_OFFSET, savedAllocated);
        if (finalItems != 0) {
            for (long i = finalSize - 1; i >= 0; i--) {
                Objects.xdecref(s, Memory.getLong(finalItems + 8 * i));
            }
            s.freeBytes(finalItems);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Sorts {@code keys} (and {@code vals} alongside, when not null) in place with {@code less}:
     * the algorithm alone, for tests and for callers sorting Java-side data.
     */
    static void sortKeys(Less less, long[] keys, long[] vals) {
        new ListSort(less, keys, vals).sort();
    }

    /** The {@code sort} method: keyword-only {@code key} and {@code reverse}. */
    static long sortMethod(ObjectState s, long list, long args, long kwargs) {
        if (TupleType.size(args) != 0) {
            throw Errors.typeError(s, "sort() takes no positional arguments");
        }
        long key = 0;
        boolean reverse = false;
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                String name = StrType.toJava(cursor[1]);
                switch (name) {
                    case "key" -> key = cursor[2];
                    case "reverse" -> reverse = intArg(s, cursor[2]) != 0;
                    default -> throw Errors.typeError(s, "'" + name + "' is an invalid keyword argument for sort()");
                }
            }
        }
        sort(s, list, key, reverse);
        return s.space().none();
    }

    private static int intArg(ObjectState s, long v) {
        long i = Abstract.index(s, v);
        try {
            if (!IntType.fitsLong(i) || IntType.longValue(i) != (int) IntType.longValue(i)) {
                throw Errors.overflowError(s, "Python int too large to convert to C int");
            }
            return (int) IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    private static void reverse(long[] a) {
        for (int lo = 0, hi = a.length - 1; lo < hi; lo++, hi--) {
            long t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    /** The comparison for these keys: a direct one when they are homogeneous (CPython's pre-sort check). */
    static Less lessFor(ObjectState s, long[] keys) {
        if (keys.length < 2) {
            return (a, b) -> Abstract.richCompareBool(s, a, b, CompareOp.LT);
        }
        long type = Objects.type(keys[0]);
        for (long k : keys) {
            if (Objects.type(k) != type) {
                return (a, b) -> Abstract.richCompareBool(s, a, b, CompareOp.LT);
            }
        }
        if (type == s.space().type(BuiltinType.INT)) {
            boolean compact = true;
            for (long k : keys) {
                compact &= IntType.isCompact(k);
            }
            if (compact) {
                return (a, b) -> Memory.getLong(a + IntType.VALUE_OFFSET) < Memory.getLong(b + IntType.VALUE_OFFSET);
            }
            return (a, b) -> IntOps.compare(a, b) < 0;
        }
        if (type == s.space().type(BuiltinType.FLOAT)) {
            return (a, b) -> FloatType.value(a) < FloatType.value(b);
        }
        SlotFunctions.RichCompareFunc slot = s.slots(type).richCompare;
        if (slot == null) {
            return (a, b) -> Abstract.richCompareBool(s, a, b, CompareOp.LT);
        }
        long notImplemented = s.space().notImplemented();
        return (a, b) -> {
            long r = slot.apply(s, a, b, CompareOp.LT);
            if (r == notImplemented) {
                return Abstract.richCompareBool(s, a, b, CompareOp.LT);
            }
            try {
                return r == s.space().trueObject() || r != s.space().falseObject() && Abstract.isTrue(s, r);
            } finally {
                Objects.decref(s, r);
            }
        };
    }

    // ---------------------------------------------------------------- the merge sort

    private void sort() {
        int remaining = length;
        if (remaining < 2) {
            return;
        }
        int minRun = minRun(remaining);
        int lo = 0;
        do {
            int n = countRun(lo, lo + remaining);
            if (descending) {
                reverseRange(lo, lo + n);
            }
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[runs] = lo;
            runLen[runs] = n;
            runs++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    /** CPython's {@code merge_compute_minrun}. */
    static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Length of the run starting at {@code lo}; sets {@link #descending} for a strictly descending one. */
    private int countRun(int lo, int hi) {
        descending = false;
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (less.lt(keys[lo + 1], keys[lo])) {
            descending = true;
            for (int i = lo + 2; i < hi && less.lt(keys[i], keys[i - 1]); i++) {
                n++;
            }
        } else {
            for (int i = lo + 2; i < hi && !less.lt(keys[i], keys[i - 1]); i++) {
                n++;
            }
        }
        return n;
    }

    private void reverseRange(int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            long t = keys[lo];
            keys[lo] = keys[hi];
            keys[hi] = t;
            if (vals != null) {
                t = vals[lo];
                vals[lo] = vals[hi];
                vals[hi] = t;
            }
        }
    }

    /** Sorts {@code [lo, hi)} by binary insertion; {@code [lo, start)} is already sorted. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            long pivot = keys[start];
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >>> 1);
                if (less.lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (vals != null) {
                long v = vals[start];
                System.arraycopy(vals, l, vals, l + 1, start - l);
                vals[l] = v;
            }
        }
    }

    /** Powersort: merges the runs whose power exceeds that of the boundary before a new run of {@code n2}. */
    private void foundNewRun(int n2) {
        if (runs > 0) {
            int power = powerLoop(runBase[runs - 1], runLen[runs - 1], n2, length);
            while (runs > 1 && runPower[runs - 2] > power) {
                mergeAt(runs - 2);
            }
            runPower[runs - 1] = power;
        }
    }

    /** CPython's {@code powerloop}: the first bit where the run midpoints' fractions of n differ. */
    static int powerLoop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** Merges runs {@code i} and {@code i + 1} of the stack. */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLen[i];
        int baseB = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    /**
     * The position in sorted {@code a[base, base+n)} where {@code key} goes, leftmost among equals:
     * {@code a[base+k-1] < key <= a[base+k]}. Starts at {@code hint} and gallops.
     */
    private int gallopLeft(long key, long[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (less.lt(a[base + hint], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs && less.lt(a[base + hint + ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !less.lt(a[base + hint - ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (less.lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** As {@link #gallopLeft}, rightmost among equals: {@code a[base+k-1] <= key < a[base+k]}. */
    private int gallopRight(long key, long[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (less.lt(key, a[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && less.lt(key, a[base + hint - ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs && !less.lt(key, a[base + hint + ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (less.lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTmp(int n) {
        if (tmpKeys.length < n) {
            int size = Math.max(n, Math.min(length, tmpKeys.length * 2));
            tmpKeys = new long[size];
            if (vals != null) {
                tmpVals = new long[size];
            }
        }
    }

    private void fromMain(int src, int dst, int n) {
        System.arraycopy(keys, src, keys, dst, n);
        if (vals != null) {
            System.arraycopy(vals, src, vals, dst, n);
        }
    }

    private void fromTmp(int src, int dst, int n) {
        System.arraycopy(tmpKeys, src, keys, dst, n);
        if (vals != null) {
            System.arraycopy(tmpVals, src, vals, dst, n);
        }
    }

    /**
     * Merges adjacent runs {@code A = [pa, pa+na)} and {@code B = [pb, pb+nb)}, {@code na <= nb},
     * from the left, A moved to the temporary array. The gap between {@code dest} and {@code b}
     * always equals the items of A still in the temporary array, so putting those back (the
     * {@code finally}) leaves a permutation even when a comparison raises.
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        System.arraycopy(keys, pa, tmpKeys, 0, na);
        if (vals != null) {
            System.arraycopy(vals, pa, tmpVals, 0, na);
        }
        int dest = pa;
        int a = 0;
        int b = pb;
        boolean copyB = false;
        try {
            fromMain(b++, dest++, 1);
            nb--;
            if (nb == 0) {
                return;
            }
            if (na == 1) {
                copyB = true;
                return;
            }
            int gallop = minGallop;
            for (;;) {
                int aCount = 0;
                int bCount = 0;
                for (;;) {
                    if (less.lt(keys[b], tmpKeys[a])) {
                        fromMain(b++, dest++, 1);
                        bCount++;
                        aCount = 0;
                        if (--nb == 0) {
                            return;
                        }
                        if (bCount >= gallop) {
                            break;
                        }
                    } else {
                        fromTmp(a++, dest++, 1);
                        aCount++;
                        bCount = 0;
                        if (--na == 1) {
                            copyB = true;
                            return;
                        }
                        if (aCount >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    int k = gallopRight(keys[b], tmpKeys, a, na, 0);
                    aCount = k;
                    if (k != 0) {
                        fromTmp(a, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            copyB = true;
                            return;
                        }
                        if (na == 0) {
                            return;
                        }
                    }
                    fromMain(b++, dest++, 1);
                    if (--nb == 0) {
                        return;
                    }
                    k = gallopLeft(tmpKeys[a], keys, b, nb, 0);
                    bCount = k;
                    if (k != 0) {
                        fromMain(b, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    fromTmp(a++, dest++, 1);
                    if (--na == 1) {
                        copyB = true;
                        return;
                    }
                } while (aCount >= MIN_GALLOP || bCount >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
            }
        } finally {
            if (copyB) {
                fromMain(b, dest, nb);
                fromTmp(a, dest + nb, 1);
            } else if (na > 0) {
                fromTmp(a, dest, na);
            }
        }
    }

    /** The mirror of {@link #mergeLo} for {@code na > nb}: B in the temporary array, merged from the right. */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        System.arraycopy(keys, pb, tmpKeys, 0, nb);
        if (vals != null) {
            System.arraycopy(vals, pb, tmpVals, 0, nb);
        }
        int dest = pb + nb - 1;
        int a = pa + na - 1;
        int b = nb - 1;
        boolean copyA = false;
        try {
            fromMain(a--, dest--, 1);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA = true;
                return;
            }
            int gallop = minGallop;
            for (;;) {
                int aCount = 0;
                int bCount = 0;
                for (;;) {
                    if (less.lt(tmpKeys[b], keys[a])) {
                        fromMain(a--, dest--, 1);
                        aCount++;
                        bCount = 0;
                        if (--na == 0) {
                            return;
                        }
                        if (aCount >= gallop) {
                            break;
                        }
                    } else {
                        fromTmp(b--, dest--, 1);
                        bCount++;
                        aCount = 0;
                        if (--nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (bCount >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    int k = na - gallopRight(tmpKeys[b], keys, pa, na, na - 1);
                    aCount = k;
                    if (k != 0) {
                        dest -= k;
                        a -= k;
                        fromMain(a + 1, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    fromTmp(b--, dest--, 1);
                    if (--nb == 1) {
                        copyA = true;
                        return;
                    }
                    k = nb - gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1);
                    bCount = k;
                    if (k != 0) {
                        dest -= k;
                        b -= k;
                        fromTmp(b + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (nb == 0) {
                            return;
                        }
                    }
                    fromMain(a--, dest--, 1);
                    if (--na == 0) {
                        return;
                    }
                } while (aCount >= MIN_GALLOP || bCount >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
            }
        } finally {
            if (copyA) {
                fromMain(a - na + 1, dest - na + 1, na);
                fromTmp(b, dest - na, 1);
            } else if (nb > 0) {
                fromTmp(0, dest - nb + 1, nb);
            }
        }
    }
}

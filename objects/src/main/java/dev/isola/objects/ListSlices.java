package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * Indexing and slicing of {@code list}: {@code l[i]}, {@code l[a:b:c]}, assignment and deletion
 * of items and of simple and extended slices (CPython's {@code list_subscript},
 * {@code list_ass_subscript} and {@code list_ass_slice}).
 *
 * <p>Removed items are released only once the list is consistent again, since releasing can
 * run arbitrary code; a value that is the list itself is copied first ({@code a[::-1] = a}).
 */
final class ListSlices {
    private ListSlices() {}

    static long item(ObjectState s, long l, long i) {
        long n = ListType.size(l);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "list index out of range");
        }
        return Objects.newRef(ListType.getItem(l, i));
    }

    /** A new list of items {@code [lo, hi)} (0 ≤ lo ≤ hi ≤ size). */
    static long slice(ObjectState s, long l, long lo, long hi) {
        long r = ListType.allocate(s, s.space().type(BuiltinType.LIST), hi - lo);
        for (long i = lo; i < hi; i++) {
            ListType.putItem(s, r, i - lo, Objects.newRef(ListType.getItem(l, i)));
        }
        return r;
    }

    static long subscript(ObjectState s, long l, long key) {
        if (IntType.check(key) || s.slotsOf(key).index != null) {
            return item(s, l, Abstract.asSize(s, key));
        }
        if (!SliceType.check(key)) {
            throw Errors.typeError(s, "list indices must be integers or slices, not " + Objects.typeNameOf(key));
        }
        long[] r = SliceType.indices(s, key, ListType.size(l));
        long start = r[0];
        long step = r[2];
        long count = r[3];
        if (count <= 0) {
            return ListType.newList(s);
        }
        if (step == 1) {
            return slice(s, l, start, start + count);
        }
        long out = ListType.allocate(s, s.space().type(BuiltinType.LIST), count);
        for (long i = 0, cur = start; i < count; i++, cur += step) {
            ListType.putItem(s, out, i, Objects.newRef(ListType.getItem(l, cur)));
        }
        return out;
    }

    static void assignSubscript(ObjectState s, long l, long key, long value) {
        if (IntType.check(key) || s.slotsOf(key).index != null) {
            long i = Abstract.asSize(s, key);
            long n = ListType.size(l);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError(s, "list assignment index out of range");
            }
            if (value == 0) {
                assignSlice(s, l, i, i + 1, 0);
                return;
            }
            long old = ListType.getItem(l, i);
            ListType.putItem(s, l, i, Objects.newRef(value));
            Objects.decref(s, old);
            return;
        }
        if (!SliceType.check(key)) {
            throw Errors.typeError(s, "list indices must be integers or slices, not " + Objects.typeNameOf(key));
        }
        long[] r = SliceType.indices(s, key, ListType.size(l));
        long start = r[0];
        long stop = r[1];
        long step = r[2];
        long count = r[3];
        if (step == 1) {
            assignSlice(s, l, start, stop, value);
            return;
        }
        if (value == 0) {
            deleteExtendedSlice(s, l, start, step, count);
        } else {
            assignExtendedSlice(s, l, key, value);
        }
    }

    /**
     * {@code l[lo:hi] = v}, or {@code del l[lo:hi]} when {@code v} is 0 (CPython's
     * {@code list_ass_slice}); {@code lo} and {@code hi} are clamped to the list.
     */
    static void assignSlice(ObjectState s, long l, long lo, long hi, long v) {
        long seq = 0;
        if (v != 0) {
            seq = v == l ? slice(s, l, 0, ListType.size(l)) : ListOps.sequenceFast(s, v, "can only assign an iterable");
        }
        try {
            assignSliceFast(s, l, lo, hi, seq);
        } finally {
            Objects.xdecref(s, seq);
        }
    }

    private static void assignSliceFast(ObjectState s, long l, long lo, long hi, long seq) {
        long size = ListType.size(l);
        long n = seq == 0 ? 0 : ListOps.fastSize(seq);
        lo = Math.max(0, Math.min(lo, size));
        hi = Math.max(lo, Math.min(hi, size));
        long removed = hi - lo;
        long d = n - removed;
        if (size + d == 0) {
            ListOps.clear(s, l);
            return;
        }
        long[] recycle = new long[(int) removed];
        for (int k = 0; k < removed; k++) {
            recycle[k] = ListType.getItem(l, lo + k);
        }
        if (d < 0) {
            long items = ListType.items(l);
            Memory.copy(items + 8 * hi, items + 8 * (hi + d), 8 * (size - hi));
            ListType.resize(s, l, size + d);
        } else if (d > 0) {
            ListType.resize(s, l, size + d);
            long items = ListType.items(l);
            Memory.copy(items + 8 * hi, items + 8 * (hi + d), 8 * (size - hi));
        }
        long src = n == 0 ? 0 : ListOps.fastItems(seq);
        for (long k = 0; k < n; k++) {
            ListType.putItem(s, l, lo + k, Objects.newRef(Memory.getLong(src + 8 * k)));
        }
        releaseAll(s, recycle);
    }

    private static void releaseAll(ObjectState s, long[] refs) {
        PyException failure = null;
        for (int k = refs.length - 1; k >= 0; k--) {
            try {
                Objects.decref(s, refs[k]);
            } catch (PyException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    e.release(s);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void deleteExtendedSlice(ObjectState s, long l, long start, long step, long count) {
        if (count <= 0) {
            return;
        }
        if (step < 0) {
            long stop = start + 1;
            start = stop + step * (count - 1) - 1;
            step = -step;
        }
        long size = ListType.size(l);
        long items = ListType.items(l);
        long[] garbage = new long[(int) count];
        long cur = start;
        for (int i = 0; i < count; cur += step, i++) {
            garbage[i] = Memory.getLong(items + 8 * cur);
            long lim = step - 1;
            if (cur + step >= size) {
                lim = size - cur - 1;
            }
            Memory.copy(items + 8 * (cur + 1), items + 8 * (cur - i), 8 * lim);
        }
        cur = start + count * step;
        if (cur < size) {
            Memory.copy(items + 8 * cur, items + 8 * (cur - count), 8 * (size - cur));
        }
        ListType.setSize(l, size - count);
        ListType.resize(s, l, size - count);
        releaseAll(s, garbage);
    }

    private static void assignExtendedSlice(ObjectState s, long l, long key, long value) {
        long seq = value == l ? slice(s, l, 0, ListType.size(l))
                : ListOps.sequenceFast(s, value, "must assign iterable to extended slice");
        try {
            // Resolved again: making the sequence ran arbitrary code that may have resized the list.
            long[] r = SliceType.indices(s, key, ListType.size(l));
            long start = r[0];
            long step = r[2];
            long count = r[3];
            long n = ListOps.fastSize(seq);
            if (n != count) {
                throw Errors.valueError(s, "attempt to assign sequence of size " + n + " to extended slice of size "
                        + count);
            }
            if (count == 0) {
                return;
            }
            long src = ListOps.fastItems(seq);
            long[] garbage = new long[(int) count];
            for (int i = 0; i < count; i++) {
                long cur = start + i * step;
                garbage[i] = ListType.getItem(l, cur);
                ListType.putItem(s, l, cur, Objects.newRef(Memory.getLong(src + 8L * i)));
            }
            releaseAll(s, garbage);
        } finally {
            Objects.decref(s, seq);
        }
    }
}

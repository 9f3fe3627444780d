package dev.isola.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Filling a dict from another object — {@code dict(x, **kw)}, {@code update}, {@code |=} —
 * with CPython's rules: a dict is merged entry by entry with its stored hashes, a mapping
 * through its {@code keys()}, anything else as an iterable of pairs. Stateless.
 */
final class DictMerge {
    private DictMerge() {}

    /** CPython's {@code dict_update_common}: the positional argument, then the keywords. */
    static void updateCommon(ObjectState s, long d, long args, long kwargs) {
        if (TupleType.size(args) == 1) {
            updateArg(s, d, TupleType.getItem(args, 0));
        }
        if (kwargs != 0 && DictType.size(kwargs) != 0) {
            mergeDict(s, d, kwargs, true);
        }
    }

    /** CPython's {@code dict_update_arg}: a dict, a mapping with {@code keys()}, or pairs. */
    static void updateArg(ObjectState s, long d, long arg) {
        if (DictType.check(arg) || hasAttr(s, arg, "keys")) {
            merge(s, d, arg, true);
        } else {
            mergeFromPairs(s, d, arg);
        }
    }

    static boolean hasAttr(ObjectState s, long obj, String name) {
        long attr;
        try {
            attr = Abstract.getAttr(s, obj, name);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return false;
        }
        Objects.decref(s, attr);
        return true;
    }

    /** CPython's {@code dict_merge}: {@code other} a dict (fast) or any mapping with {@code keys()}. */
    static void merge(ObjectState s, long d, long other, boolean override) {
        if (DictType.check(other)) {
            mergeDict(s, d, other, override);
            return;
        }
        long keys = Abstract.callMethod(s, other, "keys");
        try {
            long it = Abstract.iter(s, keys);
            try {
                for (long key = Abstract.next(s, it); key != 0; key = Abstract.next(s, it)) {
                    try {
                        if (override || !DictType.contains(s, d, key)) {
                            long value = Abstract.getItem(s, other, key);
                            try {
                                DictType.setItem(s, d, key, value);
                            } finally {
                                Objects.decref(s, value);
                            }
                        }
                    } finally {
                        Objects.decref(s, key);
                    }
                }
            } finally {
                Objects.decref(s, it);
            }
        } finally {
            Objects.decref(s, keys);
        }
    }

    /** Merges the items of dict {@code other} into {@code d}, growing {@code d} once up front. */
    static void mergeDict(ObjectState s, long d, long other, boolean override) {
        long used = DictType.size(other);
        if (other == d || used == 0) {
            return;
        }
        long okeys = DictType.keys(other);
        long dkeys = DictType.keys(d);
        long dSize = dkeys == 0 ? 1L << DictKeys.LOG2_MINSIZE : DictKeys.size(dkeys);
        if (DictKeys.usableFraction(dSize) < used) {
            DictType.resize(s, d, DictKeys.log2SizeForItems(DictType.size(d) + used), DictKeys.isUnicode(okeys));
        }
        long n = DictKeys.nentries(okeys);
        for (long i = 0; i < n; i++) {
            long key = DictKeys.entryKey(okeys, i);
            if (key == 0) {
                continue;
            }
            long value = DictKeys.entryValue(okeys, i);
            long hash = DictKeys.entryHash(okeys, i);
            Objects.incref(key);
            Objects.incref(value);
            if (override) {
                DictType.insert(s, d, key, hash, value);
            } else {
                boolean present;
                try {
                    present = DictType.getItem(s, d, key, hash) != 0;
                } catch (PyException e) {
                    Objects.decref(s, key);
                    Objects.decref(s, value);
                    throw e;
                }
                if (present) {
                    Objects.decref(s, key);
                    Objects.decref(s, value);
                } else {
                    DictType.insert(s, d, key, hash, value);
                }
            }
            if (DictType.keys(other) != okeys || DictKeys.nentries(okeys) != n) {
                throw Errors.raise(s, BuiltinType.RUNTIME_ERROR, "dict mutated during update");
            }
        }
    }

    /** CPython's {@code PyDict_MergeFromSeq2}: each item an iterable of exactly two objects. */
    static void mergeFromPairs(ObjectState s, long d, long seq) {
        long it = Abstract.iter(s, seq);
        try {
            long index = 0;
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it), index++) {
                List<Long> pair = new ArrayList<>(2);
                try {
                    long inner;
                    try {
                        inner = Abstract.iter(s, item);
                    } catch (PyException e) {
                        if (!e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                            throw e;
                        }
                        e.release(s);
                        throw Errors.typeError(s, "cannot convert dictionary update sequence element #" + index
                                + " to a sequence");
                    }
                    try {
                        for (long x = Abstract.next(s, inner); x != 0; x = Abstract.next(s, inner)) {
                            pair.add(x);
                        }
                    } finally {
                        Objects.decref(s, inner);
                    }
                    if (pair.size() != 2) {
                        throw Errors.valueError(s, "dictionary update sequence element #" + index + " has length "
                                + pair.size() + "; 2 is required");
                    }
                    DictType.setItem(s, d, pair.get(0), pair.get(1));
                } finally {
                    for (long x : pair) {
                        Objects.decref(s, x);
                    }
                    Objects.decref(s, item);
                }
            }
        } finally {
            Objects.decref(s, it);
        }
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * Behaviour of the dict views ({@link DictViews} holds the layouts): repr, membership, and the
 * set operations of {@code dict_keys} and {@code dict_items}. Stateless.
 */
final class DictViewOps {
    private DictViewOps() {}

    /** {@code dict_keys([1, 2])}; a view met again while its own repr runs shows {@code ...}. */
    static long repr(ObjectState s, long v, String name) {
        long flags = Memory.getLong(v + DictViews.VIEW_FLAGS_OFFSET);
        if ((flags & 1) != 0) {
            return StrType.fromJava(s, "...");
        }
        Memory.putLong(v + DictViews.VIEW_FLAGS_OFFSET, flags | 1);
        long it = 0;
        StringBuilder out = new StringBuilder(name).append("([");
        try {
            it = Abstract.iter(s, v);
            boolean first = true;
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                try {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    out.append(Abstract.reprJava(s, x));
                } finally {
                    Objects.decref(s, x);
                }
            }
        } finally {
            Objects.xdecref(s, it);
            Memory.putLong(v + DictViews.VIEW_FLAGS_OFFSET, Memory.getLong(v + DictViews.VIEW_FLAGS_OFFSET) & ~1L);
        }
        return StrType.fromJava(s, out.append("])").toString());
    }

    /** {@code (k, v) in d.items()}: a 2-tuple whose key maps to an equal value. */
    static boolean itemsContains(ObjectState s, long v, long item) {
        if (!TupleType.check(item) || TupleType.size(item) != 2) {
            return false;
        }
        long value = DictType.getItem(s, DictViews.dictOf(v), TupleType.getItem(item, 0));
        if (value == 0) {
            return false;
        }
        Objects.incref(value);
        try {
            return Abstract.equal(s, value, TupleType.getItem(item, 1));
        } finally {
            Objects.decref(s, value);
        }
    }

    /** True for a {@code dict_keys} or {@code dict_items} view (CPython's {@code PyDictViewSet_Check}). */
    static boolean isSetView(ObjectState s, long addr) {
        long t = Objects.type(addr);
        for (String name : new String[] {"DICT_KEYS", "DICT_ITEMS"}) {
            BuiltinType view = DictViews.registeredType(name);
            if (view != null && Objects.isSubtype(t, s.space().type(view))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKeysView(ObjectState s, long addr) {
        BuiltinType keys = DictViews.registeredType("DICT_KEYS");
        return keys != null && Objects.isSubtype(Objects.type(addr), s.space().type(keys));
    }

    /** CPython's {@code dictview_richcompare}: set-like comparisons with sets and key/item views. */
    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!SetType.check(s, b) && !isSetView(s, b)) {
            return s.space().notImplemented();
        }
        long na = Abstract.length(s, a);
        long nb = Abstract.length(s, b);
        boolean ok = switch (op) {
            case EQ, NE -> (na == nb && allContainedIn(s, a, b)) == (op == CompareOp.EQ);
            case LT -> na < nb && allContainedIn(s, a, b);
            case LE -> na <= nb && allContainedIn(s, a, b);
            case GT -> na > nb && allContainedIn(s, b, a);
            case GE -> na >= nb && allContainedIn(s, b, a);
        };
        return s.space().bool(ok);
    }

    /** Every item of {@code a} is {@code in b}. */
    static boolean allContainedIn(ObjectState s, long a, long b) {
        long it = Abstract.iter(s, a);
        try {
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                try {
                    if (!Abstract.contains(s, b, x)) {
                        return false;
                    }
                } finally {
                    Objects.decref(s, x);
                }
            }
            return true;
        } finally {
            Objects.decref(s, it);
        }
    }

    /** CPython's {@code dictviews_to_set}: a keys view converts through its dict (the fast path). */
    private static long toSet(ObjectState s, long x) {
        return SetType.newSet(s, isKeysView(s, x) ? DictViews.dictOf(x) : x);
    }

    /** CPython's {@code _PyDictView_Intersect}: probe the larger view, iterate the other. */
    static long and(ObjectState s, long a, long b) {
        long self = a;
        long other = b;
        if (!isSetView(s, self)) {
            self = b;
            other = a;
        }
        long selfLength = Abstract.length(s, self);
        if (Objects.type(other) == s.space().type(BuiltinType.SET) && selfLength <= SetType.size(other)) {
            return SetAlgebra.intersection(s, other, self);
        }
        if (isSetView(s, other) && Abstract.length(s, other) > selfLength) {
            long t = self;
            self = other;
            other = t;
        }
        long result = SetType.newSet(s);
        try {
            long it = Abstract.iter(s, other);
            try {
                for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                    try {
                        if (Abstract.contains(s, self, x)) {
                            SetType.add(s, result, x);
                        }
                    } finally {
                        Objects.decref(s, x);
                    }
                }
            } finally {
                Objects.decref(s, it);
            }
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    static long or(ObjectState s, long a, long b) {
        long result = toSet(s, a);
        try {
            SetUpdate.update(s, result, b);
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    static long subtract(ObjectState s, long a, long b) {
        long result = toSet(s, a);
        try {
            SetAlgebra.differenceUpdate(s, result, b);
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    static long xor(ObjectState s, long a, long b) {
        long result = toSet(s, a);
        try {
            SetAlgebra.symmetricDifferenceUpdate(s, result, b);
        } catch (PyException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    /** CPython's {@code dictviews_isdisjoint}: iterate the shorter when both are set-like. */
    static long isDisjoint(ObjectState s, long v, long args, long kwargs) {
        String name = Objects.typeNameOf(v) + ".isdisjoint";
        DictOps.exactlyOne(s, name, args, kwargs);
        long self = v;
        long other = TupleType.getItem(args, 0);
        if (self == other) {
            return s.space().bool(Abstract.length(s, self) == 0);
        }
        if ((SetType.check(s, other) || isSetView(s, other)) && Abstract.length(s, other) > Abstract.length(s, self)) {
            long t = self;
            self = other;
            other = t;
        }
        long it = Abstract.iter(s, other);
        try {
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                try {
                    if (Abstract.contains(s, self, x)) {
                        return s.space().falseObject();
                    }
                } finally {
                    Objects.decref(s, x);
                }
            }
            return s.space().trueObject();
        } finally {
            Objects.decref(s, it);
        }
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/** The behaviour of {@code tuple} ({@link TupleType} holds the layout). */
final class TupleOps {
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private TupleOps() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr(TupleOps::repr)
                .hash(TupleOps::hash)
                .richCompare(TupleOps::richCompare)
                .length((s, t) -> TupleType.size(t))
                .item(TupleOps::item)
                .contains((s, t, x) -> {
                    for (long i = 0, n = TupleType.size(t); i < n; i++) {
                        if (Abstract.equal(s, TupleType.getItem(t, i), x)) {
                            return true;
                        }
                    }
                    return false;
                })
                .subscript(TupleOps::subscript)
                .concat(TupleOps::concat)
                .repeat(TupleOps::repeat)
                .iter((s, t) -> IteratorType.sequenceIterator(s, BuiltinType.TUPLE_ITERATOR, t))
                .newInstance(TupleOps::newInstance)
                .method("index", TupleOps::index)
                .method("count", TupleOps::count)
                .method("__sizeof__", (s, t, args, kw) -> {
                    ListMethods.noArgs(s, "tuple.__sizeof__", args, kw);
                    return IntType.fromLong(s, TupleType.ITEMS_OFFSET + 8 * TupleType.size(t));
                })
                .dealloc(TupleOps::dealloc)
                .traverse((s, t, visitor) -> {
                    for (long i = 0, n = TupleType.size(t); i < n; i++) {
                        long item = TupleType.getItem(t, i);
                        if (item != 0) {
                            visitor.visit(item);
                        }
                    }
                })
                .build();
    }

    static long item(ObjectState s, long t, long i) {
        long n = TupleType.size(t);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "tuple index out of range");
        }
        return Objects.newRef(TupleType.getItem(t, i));
    }

    static void dealloc(ObjectState s, long t) {
        for (long i = 0, n = TupleType.size(t); i < n; i++) {
            Objects.xdecref(s, TupleType.getItem(t, i));
        }
        s.freeGcObject(t);
    }

    static long repr(ObjectState s, long t) {
        long n = TupleType.size(t);
        if (n == 0) {
            return s.intern("()");
        }
        if (!s.reprEnter(t)) {
            return s.intern("(...)");
        }
        StringBuilder out = new StringBuilder("(");
        try {
            for (long i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(Abstract.reprJava(s, TupleType.getItem(t, i)));
            }
        } finally {
            s.reprLeave(t);
        }
        return StrType.fromJava(s, out.append(n == 1 ? ",)" : ")").toString());
    }

    /** CPython 3.8+'s tuple hash (xxHash-based, {@code tuplehash} in tupleobject.c). */
    static long hash(ObjectState s, long t) {
        long n = TupleType.size(t);
        long acc = XXPRIME_5;
        for (long i = 0; i < n; i++) {
            long lane = Abstract.hash(s, TupleType.getItem(t, i));
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += n ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!TupleType.check(b)) {
            return s.space().notImplemented();
        }
        long na = TupleType.size(a);
        long nb = TupleType.size(b);
        long i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.equal(s, TupleType.getItem(a, i), TupleType.getItem(b, i))) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return s.space().bool(op.test(Long.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return s.space().falseObject();
        }
        if (op == CompareOp.NE) {
            return s.space().trueObject();
        }
        return Abstract.richCompare(s, TupleType.getItem(a, i), TupleType.getItem(b, i), op);
    }

    // ---------------------------------------------------------------- construction

    /** {@code tuple()} / {@code tuple(iterable)}; an exact tuple argument is returned itself. */
    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        ListMethods.noKeywords(s, "tuple", kwargs);
        long n = TupleType.size(args);
        if (n > 1) {
            throw Errors.typeError(s, "tuple expected at most 1 argument, got " + n);
        }
        if (type != s.space().type(BuiltinType.TUPLE)) {
            long exact = newInstance(s, s.space().type(BuiltinType.TUPLE), args, kwargs);
            try {
                long size = TupleType.size(exact);
                long sub = s.allocGcObject(type, TupleType.ITEMS_OFFSET + 8 * size);
                Memory.putLong(sub + TupleType.SIZE_OFFSET, size);
                for (long i = 0; i < size; i++) {
                    TupleType.initItem(s, sub, i, Objects.newRef(TupleType.getItem(exact, i)));
                }
                return sub;
            } finally {
                Objects.decref(s, exact);
            }
        }
        if (n == 0) {
            return Objects.newRef(s.space().emptyTuple());
        }
        long iterable = TupleType.getItem(args, 0);
        if (ListOps.isExact(s, iterable, BuiltinType.TUPLE)) {
            return Objects.newRef(iterable);
        }
        if (ListType.check(iterable)) {
            return fromArray(s, ListType.items(iterable), ListType.size(iterable));
        }
        long seq = ListType.newList(s);
        try {
            ListOps.extend(s, seq, iterable);
            return fromArray(s, ListOps.fastItems(seq), ListOps.fastSize(seq));
        } finally {
            Objects.decref(s, seq);
        }
    }

    /** A new tuple of new references to the {@code n} items at {@code items} (an item array). */
    static long fromArray(ObjectState s, long items, long n) {
        long t = TupleType.allocate(s, n);
        for (long i = 0; i < n; i++) {
            TupleType.initItem(s, t, i, Objects.newRef(dev.isola.memory.Memory.getLong(items + 8 * i)));
        }
        return t;
    }

    // ---------------------------------------------------------------- subscript, concat, repeat

    static long subscript(ObjectState s, long t, long key) {
        if (IntType.check(key) || s.slotsOf(key).index != null) {
            return item(s, t, Abstract.asSize(s, key));
        }
        if (!SliceType.check(key)) {
            throw Errors.typeError(s, "tuple indices must be integers or slices, not " + Objects.typeNameOf(key));
        }
        long[] r = SliceType.indices(s, key, TupleType.size(t));
        long start = r[0];
        long step = r[2];
        long count = r[3];
        if (count <= 0) {
            return Objects.newRef(s.space().emptyTuple());
        }
        if (start == 0 && step == 1 && count == TupleType.size(t) && ListOps.isExact(s, t, BuiltinType.TUPLE)) {
            return Objects.newRef(t);
        }
        long out = TupleType.allocate(s, count);
        for (long i = 0, cur = start; i < count; i++, cur += step) {
            TupleType.initItem(s, out, i, Objects.newRef(TupleType.getItem(t, cur)));
        }
        return out;
    }

    static long concat(ObjectState s, long a, long b) {
        if (!TupleType.check(b)) {
            throw Errors.typeError(s, "can only concatenate tuple (not \"" + Objects.typeNameOf(b) + "\") to tuple");
        }
        long na = TupleType.size(a);
        long nb = TupleType.size(b);
        if (na == 0 && ListOps.isExact(s, b, BuiltinType.TUPLE)) {
            return Objects.newRef(b);
        }
        if (nb == 0 && ListOps.isExact(s, a, BuiltinType.TUPLE)) {
            return Objects.newRef(a);
        }
        long r = TupleType.allocate(s, na + nb);
        for (long i = 0; i < na; i++) {
            TupleType.initItem(s, r, i, Objects.newRef(TupleType.getItem(a, i)));
        }
        for (long i = 0; i < nb; i++) {
            TupleType.initItem(s, r, na + i, Objects.newRef(TupleType.getItem(b, i)));
        }
        return r;
    }

    static long repeat(ObjectState s, long t, long count) {
        long n = TupleType.size(t);
        if (n == 0 || count == 1) {
            if (ListOps.isExact(s, t, BuiltinType.TUPLE)) {
                return Objects.newRef(t);
            }
        }
        if (n == 0 || count <= 0) {
            return Objects.newRef(s.space().emptyTuple());
        }
        if (n > (Long.MAX_VALUE / 8 - TupleType.ITEMS_OFFSET) / count) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        long r = TupleType.allocate(s, n * count);
        for (long c = 0, k = 0; c < count; c++) {
            for (long i = 0; i < n; i++, k++) {
                TupleType.initItem(s, r, k, Objects.newRef(TupleType.getItem(t, i)));
            }
        }
        return r;
    }

    // ---------------------------------------------------------------- methods

    static long index(ObjectState s, long t, long args, long kwargs) {
        long argc = ListMethods.checkCount(s, "index", args, kwargs, 1, 3);
        long x = TupleType.getItem(args, 0);
        long n = TupleType.size(t);
        long start = argc > 1 ? ListMethods.sliceIndexNotNone(s, TupleType.getItem(args, 1)) : 0;
        long stop = argc > 2 ? ListMethods.sliceIndexNotNone(s, TupleType.getItem(args, 2)) : Long.MAX_VALUE;
        if (start < 0) {
            start = Math.max(start + n, 0);
        }
        if (stop < 0) {
            stop = Math.max(stop + n, 0);
        }
        for (long i = start; i < stop && i < n; i++) {
            if (Abstract.equal(s, TupleType.getItem(t, i), x)) {
                return IntType.fromLong(s, i);
            }
        }
        throw Errors.valueError(s, "tuple.index(x): x not in tuple");
    }

    static long count(ObjectState s, long t, long args, long kwargs) {
        long x = ListMethods.oneArg(s, "tuple.count", args, kwargs);
        long c = 0;
        for (long i = 0, n = TupleType.size(t); i < n; i++) {
            if (Abstract.equal(s, TupleType.getItem(t, i), x)) {
                c++;
            }
        }
        return IntType.fromLong(s, c);
    }
}

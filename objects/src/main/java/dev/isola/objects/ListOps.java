package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The behaviour of {@code list} ({@link ListType} holds the layout): the slots — repr,
 * comparison, concatenation, repetition, {@code extend}, construction, deallocation. Indexing
 * and slices are in {@link ListSlices}, the named methods in {@link ListMethods}, {@code sort}
 * in {@link ListSort}.
 *
 * <p>Re-entrancy, as CPython: comparing or releasing an item can run arbitrary code that
 * mutates the list, so loops re-read the size on every step, hold a reference to the item they
 * compare, and the list is made consistent before removed items are released.
 */
final class ListOps {
    private ListOps() {}

    static TypeSlots slots() {
        TypeSlots.Builder b = TypeSlots.builder()
                .repr(ListOps::repr)
                .richCompare(ListOps::richCompare)
                .iter((s, l) -> IteratorType.sequenceIterator(s, BuiltinType.LIST_ITERATOR, l))
                .newInstance(ListOps::newInstance)
                .method("__init__", HeapNew::listInit)
                .dealloc(ListOps::dealloc)
                .clear(ListOps::clear)
                .traverse((s, l, visitor) -> {
                    for (long i = 0, n = ListType.size(l); i < n; i++) {
                        visitor.visit(ListType.getItem(l, i));
                    }
                })
                .length((s, l) -> ListType.size(l))
                .concat(ListOps::concat)
                .repeat(ListOps::repeat)
                .item(ListSlices::item)
                .contains(ListOps::contains)
                .subscript(ListSlices::subscript)
                .assignSubscript(ListSlices::assignSubscript)
                .inplace(NumberOp.ADD, (s, l, other) -> {
                    extend(s, l, other);
                    return Objects.newRef(l);
                })
                .inplace(NumberOp.MULTIPLY, ListOps::inplaceRepeat);
        ListMethods.register(b);
        return b.build();
    }

    // ---------------------------------------------------------------- construction and release

    /** {@code list()} / {@code list(iterable)}. */
    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, "list() takes no keyword arguments");
        }
        long n = TupleType.size(args);
        if (n > 1) {
            throw Errors.typeError(s, "list expected at most 1 argument, got " + n);
        }
        long list = ListType.allocate(s, type, 0);
        if (n == 1) {
            try {
                long iterable = TupleType.getItem(args, 0);
                long length = lengthOrMinusOne(s, iterable);
                if (length > 0) {
                    ListType.preallocateExact(s, list, length);
                }
                extend(s, list, iterable);
            } catch (PyException e) {
                Objects.decref(s, list);
                throw e;
            }
        }
        return list;
    }

    /** {@code len(o)} when {@code o} has a length, else -1 (a TypeError from it counts as none). */
    private static long lengthOrMinusOne(ObjectState s, long o) {
        TypeSlots slots = s.slotsOf(o);
        if (slots.length == null) {
            return -1;
        }
        try {
            return slots.length.apply(s, o);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                throw e;
            }
            e.release(s);
            return -1;
        }
    }

    static void dealloc(ObjectState s, long l) {
        long items = ListType.items(l);
        for (long i = ListType.size(l) - 1; i >= 0; i--) {
            Objects.xdecref(s, Memory.getLong(items + 8 * i));
        }
        if (items != 0) {
            s.freeBytes(items);
        }
        s.freeGcObject(l);
    }

    /** CPython's {@code _list_clear}: empties the list, then releases what it held. */
    static void clear(ObjectState s, long l) {
        long items = ListType.items(l);
        if (items == 0) {
            return;
        }
        long n = ListType.size(l);
        ListType.setSize(l, 0);
        Memory.putLong(l + ListType.ITEMS_OFFSET, 0);
        Memory.putLong(l + ListType.ALLOCATED_OFFSET, ListType.flags(l) & ListType.REPR_BUSY);
        try {
            for (long i = n - 1; i >= 0; i--) {
                Objects.xdecref(s, Memory.getLong(items + 8 * i));
            }
        } finally {
            s.freeBytes(items);
        }
    }

    // ---------------------------------------------------------------- repr and comparison

    static long repr(ObjectState s, long l) {
        if (ListType.size(l) == 0) {
            return StrType.fromJava(s, "[]");
        }
        long flags = ListType.flags(l);
        if ((flags & ListType.REPR_BUSY) != 0) {
            return StrType.fromJava(s, "[...]");
        }
        ListType.setFlags(l, flags | ListType.REPR_BUSY);
        try {
            StringBuilder out = new StringBuilder("[");
            for (long i = 0; i < ListType.size(l); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                long item = Objects.newRef(ListType.getItem(l, i));
                try {
                    out.append(Abstract.reprJava(s, item));
                } finally {
                    Objects.decref(s, item);
                }
            }
            return StrType.fromJava(s, out.append(']').toString());
        } finally {
            ListType.setFlags(l, ListType.flags(l) & ~ListType.REPR_BUSY);
        }
    }

    /** Lexicographic comparison (CPython's {@code list_richcompare}). */
    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!ListType.check(b)) {
            return s.space().notImplemented();
        }
        if (ListType.size(a) != ListType.size(b) && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return s.space().bool(op == CompareOp.NE);
        }
        long i = 0;
        for (; i < ListType.size(a) && i < ListType.size(b); i++) {
            long x = ListType.getItem(a, i);
            long y = ListType.getItem(b, i);
            if (x != y && !equalHeld(s, x, y)) {
                break;
            }
        }
        if (i >= ListType.size(a) || i >= ListType.size(b)) {
            return s.space().bool(op.test(Long.compare(ListType.size(a), ListType.size(b))));
        }
        if (op == CompareOp.EQ) {
            return s.space().falseObject();
        }
        if (op == CompareOp.NE) {
            return s.space().trueObject();
        }
        long x = Objects.newRef(ListType.getItem(a, i));
        long y = Objects.newRef(ListType.getItem(b, i));
        try {
            return Abstract.richCompare(s, x, y, op);
        } finally {
            Objects.decref(s, x);
            Objects.decref(s, y);
        }
    }

    /** {@code x == y} with both held for the duration (the comparison may mutate the list). */
    static boolean equalHeld(ObjectState s, long x, long y) {
        Objects.incref(x);
        Objects.incref(y);
        try {
            return Abstract.equal(s, x, y);
        } finally {
            Objects.decref(s, x);
            Objects.decref(s, y);
        }
    }

    static boolean contains(ObjectState s, long l, long x) {
        for (long i = 0; i < ListType.size(l); i++) {
            if (equalHeld(s, ListType.getItem(l, i), x)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- concat, repeat, extend

    static long concat(ObjectState s, long a, long b) {
        if (!ListType.check(b)) {
            throw Errors.typeError(s, "can only concatenate list (not \"" + Objects.typeNameOf(b) + "\") to list");
        }
        long na = ListType.size(a);
        long nb = ListType.size(b);
        long r = ListType.allocate(s, s.space().type(BuiltinType.LIST), na + nb);
        for (long i = 0; i < na; i++) {
            ListType.putItem(s, r, i, Objects.newRef(ListType.getItem(a, i)));
        }
        for (long i = 0; i < nb; i++) {
            ListType.putItem(s, r, na + i, Objects.newRef(ListType.getItem(b, i)));
        }
        return r;
    }

    static long repeat(ObjectState s, long l, long count) {
        long n = ListType.size(l);
        if (count <= 0 || n == 0) {
            return ListType.newList(s);
        }
        if (n > ListType.CAPACITY_MASK / 8 / count) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        long r = ListType.allocate(s, s.space().type(BuiltinType.LIST), n * count);
        for (long c = 0, k = 0; c < count; c++) {
            for (long i = 0; i < n; i++, k++) {
                ListType.putItem(s, r, k, Objects.newRef(ListType.getItem(l, i)));
            }
        }
        return r;
    }

    /** {@code l *= count}. */
    static long inplaceRepeat(ObjectState s, long l, long count) {
        if (s.slotsOf(count).index == null && !IntType.check(count)) {
            throw Errors.typeError(s, "can't multiply sequence by non-int of type '" + Objects.typeNameOf(count) + "'");
        }
        long c = Abstract.asSize(s, count);
        long n = ListType.size(l);
        if (n == 0 || c == 1) {
            return Objects.newRef(l);
        }
        if (c <= 0) {
            clear(s, l);
            return Objects.newRef(l);
        }
        if (n > ListType.CAPACITY_MASK / 8 / c) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        ListType.resize(s, l, n * c);
        for (long k = n; k < n * c; k++) {
            ListType.putItem(s, l, k, Objects.newRef(ListType.getItem(l, k % n)));
        }
        return Objects.newRef(l);
    }

    /** {@code l.extend(iterable)} (CPython's {@code list_extend}). */
    static void extend(ObjectState s, long l, long iterable) {
        if (l == iterable || isExact(s, iterable, BuiltinType.LIST) || isExact(s, iterable, BuiltinType.TUPLE)) {
            long n = fastSize(iterable);
            if (n == 0) {
                return;
            }
            long m = ListType.size(l);
            if (ListType.items(l) == 0) {
                ListType.preallocateExact(s, l, n);
                ListType.setSize(l, n);
            } else {
                ListType.resize(s, l, m + n);
            }
            long src = fastItems(iterable);
            for (long i = 0; i < n; i++) {
                ListType.putItem(s, l, m + i, Objects.newRef(Memory.getLong(src + 8 * i)));
            }
            return;
        }
        long it = Abstract.iter(s, iterable);
        try {
            long hint = Abstract.lengthHint(s, iterable, 8);
            long m = ListType.size(l);
            if (m > Long.MAX_VALUE - hint) {
                // m + hint overflows: the hint lied, or memory runs out in the loop below.
            } else if (ListType.items(l) == 0) {
                if (hint > 0) {
                    ListType.preallocateExact(s, l, hint);
                }
            } else {
                ListType.resize(s, l, m + hint);
                ListType.setSize(l, m);
            }
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                long n = ListType.size(l);
                if (n < ListType.capacity(l)) {
                    ListType.putItem(s, l, n, x);
                    ListType.setSize(l, n + 1);
                } else {
                    try {
                        ListType.resize(s, l, n + 1);
                    } catch (PyException e) {
                        Objects.decref(s, x);
                        throw e;
                    }
                    ListType.putItem(s, l, n, x);
                }
            }
            if (ListType.size(l) < ListType.capacity(l)) {
                ListType.resize(s, l, ListType.size(l));
            }
        } finally {
            Objects.decref(s, it);
        }
    }

    static boolean isExact(ObjectState s, long addr, BuiltinType t) {
        return Objects.type(addr) == s.space().type(t);
    }

    /**
     * CPython's {@code PySequence_Fast}: {@code v} itself when it is a list or tuple, else a new
     * list of its items; TypeError {@code message} when it is not iterable. A new reference.
     */
    static long sequenceFast(ObjectState s, long v, String message) {
        if (ListType.check(v) || TupleType.check(v)) {
            return Objects.newRef(v);
        }
        long it;
        try {
            it = Abstract.iter(s, v);
        } catch (PyException e) {
            if (e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                e.release(s);
                throw Errors.typeError(s, message);
            }
            throw e;
        }
        long list = ListType.newList(s);
        try {
            extend(s, list, it);
        } catch (PyException e) {
            Objects.decref(s, list);
            throw e;
        } finally {
            Objects.decref(s, it);
        }
        return list;
    }

    /** Number of items of a list or tuple. */
    static long fastSize(long seq) {
        return ListType.check(seq) ? ListType.size(seq) : TupleType.size(seq);
    }

    /** Address of the contiguous item array of a list or tuple. */
    static long fastItems(long seq) {
        return ListType.check(seq) ? ListType.items(seq) : seq + TupleType.ITEMS_OFFSET;
    }
}

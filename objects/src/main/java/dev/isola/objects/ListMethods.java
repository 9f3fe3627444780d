package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The methods of {@code list} ({@code append}, {@code pop}, {@code sort} …) with CPython's
 * argument checking and messages. Each takes {@code (state, self, args tuple, kwargs dict or 0)}
 * and returns a new reference.
 */
final class ListMethods {
    private ListMethods() {}

    static void register(TypeSlots.Builder b) {
        b.method("append", (s, l, args, kw) -> {
            ListType.append(s, l, oneArg(s, "list.append", args, kw));
            return s.space().none();
        });
        b.method("extend", (s, l, args, kw) -> {
            ListOps.extend(s, l, oneArg(s, "list.extend", args, kw));
            return s.space().none();
        });
        b.method("insert", ListMethods::insert);
        b.method("pop", ListMethods::pop);
        b.method("remove", ListMethods::remove);
        b.method("index", ListMethods::index);
        b.method("count", ListMethods::count);
        b.method("reverse", (s, l, args, kw) -> {
            noArgs(s, "list.reverse", args, kw);
            reverse(l, 0, ListType.size(l));
            return s.space().none();
        });
        b.method("copy", (s, l, args, kw) -> {
            noArgs(s, "list.copy", args, kw);
            return ListSlices.slice(s, l, 0, ListType.size(l));
        });
        b.method("clear", (s, l, args, kw) -> {
            noArgs(s, "list.clear", args, kw);
            ListOps.clear(s, l);
            return s.space().none();
        });
        b.method("sort", ListSort::sortMethod);
        b.method("__reversed__", (s, l, args, kw) -> {
            noArgs(s, "list.__reversed__", args, kw);
            return IteratorType.sequenceIterator(s, BuiltinType.LIST_REVERSE_ITERATOR, l);
        });
        b.method("__sizeof__", (s, l, args, kw) -> {
            noArgs(s, "list.__sizeof__", args, kw);
            return IntType.fromLong(s, ListType.SIZE + 8 * ListType.capacity(l));
        });
    }

    // ---------------------------------------------------------------- argument checks

    static void noKeywords(ObjectState s, String name, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, name + "() takes no keyword arguments");
        }
    }

    /** The single positional argument of a METH_O method. */
    static long oneArg(ObjectState s, String name, long args, long kwargs) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n != 1) {
            throw Errors.typeError(s, name + "() takes exactly one argument (" + n + " given)");
        }
        return TupleType.getItem(args, 0);
    }

    static void noArgs(ObjectState s, String name, long args, long kwargs) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n != 0) {
            throw Errors.typeError(s, name + "() takes no arguments (" + n + " given)");
        }
    }

    /** Argument Clinic's positional count check: {@code "pop expected at most 1 argument, got 2"}. */
    static long checkCount(ObjectState s, String name, long args, long kwargs, int min, int max) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n < min || n > max) {
            String bound = min == max ? "" : n < min ? "at least " : "at most ";
            int want = n < min ? min : max;
            throw Errors.typeError(s, name + " expected " + bound + want + " argument" + (want == 1 ? "" : "s")
                    + ", got " + n);
        }
        return n;
    }

    /** A {@code Py_ssize_t} argument: {@code __index__}, OverflowError when it does not fit. */
    static long ssizeArg(ObjectState s, long v) {
        long i = Abstract.index(s, v);
        try {
            if (!IntType.fitsLong(i)) {
                throw Errors.overflowError(s, "Python int too large to convert to C ssize_t");
            }
            return IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    /** {@code _PyEval_SliceIndexNotNone}: the start/stop arguments of {@code index}. */
    static long sliceIndexNotNone(ObjectState s, long v) {
        if (!IntType.check(v) && s.slotsOf(v).index == null) {
            throw Errors.typeError(s, "slice indices must be integers or have an __index__ method");
        }
        return SliceType.sliceIndex(s, v);
    }

    // ---------------------------------------------------------------- methods

    static long insert(ObjectState s, long l, long args, long kwargs) {
        checkCount(s, "insert", args, kwargs, 2, 2);
        long where = ssizeArg(s, TupleType.getItem(args, 0));
        long item = TupleType.getItem(args, 1);
        long n = ListType.size(l);
        ListType.resize(s, l, n + 1);
        if (where < 0) {
            where = Math.max(where + n, 0);
        }
        where = Math.min(where, n);
        long items = ListType.items(l);
        Memory.copy(items + 8 * where, items + 8 * (where + 1), 8 * (n - where));
        ListType.putItem(s, l, where, Objects.newRef(item));
        return s.space().none();
    }

    static long pop(ObjectState s, long l, long args, long kwargs) {
        long argc = checkCount(s, "pop", args, kwargs, 0, 1);
        long index = argc == 0 ? -1 : ssizeArg(s, TupleType.getItem(args, 0));
        long n = ListType.size(l);
        if (n == 0) {
            throw Errors.indexError(s, "pop from empty list");
        }
        if (index < 0) {
            index += n;
        }
        if (index < 0 || index >= n) {
            throw Errors.indexError(s, "pop index out of range");
        }
        long v = ListType.getItem(l, index);
        if (index == n - 1) {
            ListType.resize(s, l, n - 1);
            return v;
        }
        Objects.incref(v);
        try {
            ListSlices.assignSlice(s, l, index, index + 1, 0);
        } catch (PyException e) {
            Objects.decref(s, v);
            throw e;
        }
        return v;
    }

    static long remove(ObjectState s, long l, long args, long kwargs) {
        long x = oneArg(s, "list.remove", args, kwargs);
        for (long i = 0; i < ListType.size(l); i++) {
            if (ListOps.equalHeld(s, ListType.getItem(l, i), x)) {
                ListSlices.assignSlice(s, l, i, i + 1, 0);
                return s.space().none();
            }
        }
        throw Errors.valueError(s, "list.remove(x): x not in list");
    }

    static long index(ObjectState s, long l, long args, long kwargs) {
        long argc = checkCount(s, "index", args, kwargs, 1, 3);
        long x = TupleType.getItem(args, 0);
        long start = argc > 1 ? sliceIndexNotNone(s, TupleType.getItem(args, 1)) : 0;
        long stop = argc > 2 ? sliceIndexNotNone(s, TupleType.getItem(args, 2)) : Long.MAX_VALUE;
        long n = ListType.size(l);
        if (start < 0) {
            start = Math.max(start + n, 0);
        }
        if (stop < 0) {
            stop = Math.max(stop + n, 0);
        }
        for (long i = start; i < stop && i < ListType.size(l); i++) {
            if (ListOps.equalHeld(s, ListType.getItem(l, i), x)) {
                return IntType.fromLong(s, i);
            }
        }
        throw Errors.valueError(s, Abstract.reprJava(s, x) + " is not in list");
    }

    static long count(ObjectState s, long l, long args, long kwargs) {
        long x = oneArg(s, "list.count", args, kwargs);
        long c = 0;
        for (long i = 0; i < ListType.size(l); i++) {
            if (ListOps.equalHeld(s, ListType.getItem(l, i), x)) {
                c++;
            }
        }
        return IntType.fromLong(s, c);
    }

    /** Reverses items {@code [lo, hi)} in place. */
    static void reverse(long l, long lo, long hi) {
        long items = ListType.items(l);
        for (hi--; lo < hi; lo++, hi--) {
            long t = Memory.getLong(items + 8 * lo);
            Memory.putLong(items + 8 * lo, Memory.getLong(items + 8 * hi));
            Memory.putLong(items + 8 * hi, t);
        }
    }
}

package dev.isola.objects;

import static dev.isola.objects.BuiltinIterators.FIRST_OFFSET;
import static dev.isola.objects.BuiltinIterators.SECOND_OFFSET;
import static dev.isola.objects.BuiltinIterators.create;
import static dev.isola.objects.BuiltinIterators.first;
import static dev.isola.objects.BuiltinIterators.second;

import dev.isola.memory.Memory;

/**
 * Constructors and {@code next} of the builtin iterator types laid out by
 * {@link BuiltinIterators}: argument checking with CPython 3.11's messages, and the
 * per-type iteration (enumerate's count, zip's strict check, map's call, filter's truth test,
 * reversed's countdown, callable_iterator's sentinel).
 */
final class BuiltinIteratorOps {
    private BuiltinIteratorOps() {}

    private static void noKeywords(ObjectState s, String name, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) != 0) {
            throw Errors.typeError(s, name + "() takes no keyword arguments");
        }
    }

    /** CPython's {@code _PyArg_CheckPositional} message. */
    static PyException positionalCount(ObjectState s, String name, long n, int min, int max) {
        String bound = min == max ? "" : n < min ? "at least " : "at most ";
        int limit = n < min ? min : max;
        return Errors.typeError(s, name + " expected " + bound + limit + " argument" + (limit == 1 ? "" : "s")
                + ", got " + n);
    }

    /** A tuple of {@code iter(x)} for the items of {@code args} from {@code from} on. */
    private static long iterators(ObjectState s, long args, long from) {
        long n = TupleType.size(args) - from;
        long tuple = TupleType.allocate(s, n);
        try {
            for (long i = 0; i < n; i++) {
                TupleType.initItem(s, tuple, i, Abstract.iter(s, TupleType.getItem(args, from + i)));
            }
        } catch (PyException e) {
            Objects.decref(s, tuple);
            throw e;
        }
        return tuple;
    }

    // ---------------------------------------------------------------- enumerate

    static long newEnumerate(ObjectState s, long type, long args, long kwargs) {
        long n = TupleType.size(args);
        long nkw = kwargs == 0 ? 0 : DictType.size(kwargs);
        if (n + nkw > 2) {
            throw Errors.typeError(s, "enumerate() takes at most 2 arguments (" + (n + nkw) + " given)");
        }
        long iterable = n > 0 ? TupleType.getItem(args, 0) : 0;
        long start = n > 1 ? TupleType.getItem(args, 1) : 0;
        long[] cursor = new long[3];
        while (nkw != 0 && DictType.next(kwargs, cursor)) {
            String key = StrType.toJava(cursor[1]);
            if (key.equals("iterable") || key.equals("start")) {
                if ((key.equals("iterable") ? iterable : start) != 0) {
                    throw Errors.typeError(s, "argument for enumerate() given by name ('" + key
                            + "') and position (" + (key.equals("iterable") ? 1 : 2) + ")");
                }
                if (key.equals("iterable")) {
                    iterable = cursor[2];
                } else {
                    start = cursor[2];
                }
            } else {
                throw Errors.typeError(s, "'" + key + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == 0) {
            throw Errors.typeError(s, "enumerate() missing required argument 'iterable'");
        }
        long count = start == 0 ? IntType.fromLong(s, 0) : Abstract.index(s, start);
        if (Objects.type(count) != s.space().intType()) {
            long exact = IntType.fromBig(s, IntType.toBig(count));
            Objects.decref(s, count);
            count = exact;
        }
        long it;
        try {
            it = Abstract.iter(s, iterable);
        } catch (PyException e) {
            Objects.decref(s, count);
            throw e;
        }
        return create(s, type, it, count);
    }

    static long enumerateNext(ObjectState s, long e) {
        long item = Abstract.next(s, first(e));
        if (item == 0) {
            return 0;
        }
        long count = second(e);
        long next = IntType.fitsLong(count) && IntType.longValue(count) < Long.MAX_VALUE
                ? IntType.fromLong(s, IntType.longValue(count) + 1)
                : Abstract.binaryOp(s, count, s.space().smallInt(1), NumberOp.ADD);
        Memory.putLong(e + SECOND_OFFSET, next);
        long pair = TupleType.allocate(s, 2);
        TupleType.initItem(s, pair, 0, count);
        TupleType.initItem(s, pair, 1, item);
        return pair;
    }

    // ---------------------------------------------------------------- zip

    static long newZip(ObjectState s, long type, long args, long kwargs) {
        boolean strict = false;
        if (kwargs != 0 && DictType.size(kwargs) != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                if (!StrType.toJava(cursor[1]).equals("strict")) {
                    throw Errors.typeError(s, "'" + StrType.toJava(cursor[1])
                            + "' is an invalid keyword argument for zip()");
                }
                strict = Abstract.isTrue(s, cursor[2]);
            }
        }
        long its = iterators(s, args, 0);
        return create(s, type, its, strict ? 1 : 0);
    }

    static long zipNext(ObjectState s, long z) {
        long its = first(z);
        long n = TupleType.size(its);
        if (n == 0) {
            return 0;
        }
        long result = TupleType.allocate(s, n);
        for (long i = 0; i < n; i++) {
            long item;
            try {
                item = Abstract.next(s, TupleType.getItem(its, i));
            } catch (PyException e) {
                Objects.decref(s, result);
                throw e;
            }
            if (item == 0) {
                Objects.decref(s, result);
                if (second(z) != 0) {
                    strictCheck(s, its, i);
                }
                return 0;
            }
            TupleType.initItem(s, result, i, item);
        }
        return result;
    }

    /** {@code zip(strict=True)}: iterator {@code i} ran out; the others must run out too. */
    private static void strictCheck(ObjectState s, long its, long i) {
        if (i > 0) {
            throw Errors.valueError(s, "zip() argument " + (i + 1) + " is shorter than argument"
                    + (i == 1 ? " " : "s 1-") + i);
        }
        long n = TupleType.size(its);
        for (long j = 1; j < n; j++) {
            long item = Abstract.next(s, TupleType.getItem(its, j));
            if (item != 0) {
                Objects.decref(s, item);
                throw Errors.valueError(s, "zip() argument " + (j + 1) + " is longer than argument"
                        + (j == 1 ? " " : "s 1-") + j);
            }
        }
    }

    // ---------------------------------------------------------------- map

    static long newMap(ObjectState s, long type, long args, long kwargs) {
        noKeywords(s, "map", kwargs);
        if (TupleType.size(args) < 2) {
            throw Errors.typeError(s, "map() must have at least two arguments.");
        }
        long its = iterators(s, args, 1);
        return create(s, type, Objects.newRef(TupleType.getItem(args, 0)), its);
    }

    static long mapNext(ObjectState s, long m) {
        long its = second(m);
        long n = TupleType.size(its);
        long callArgs = TupleType.allocate(s, n);
        try {
            for (long i = 0; i < n; i++) {
                long item = Abstract.next(s, TupleType.getItem(its, i));
                if (item == 0) {
                    return 0;
                }
                TupleType.initItem(s, callArgs, i, item);
            }
            return Abstract.call(s, first(m), callArgs, 0);
        } finally {
            Objects.decref(s, callArgs);
        }
    }

    // ---------------------------------------------------------------- filter

    static long newFilter(ObjectState s, long type, long args, long kwargs) {
        noKeywords(s, "filter", kwargs);
        long n = TupleType.size(args);
        if (n != 2) {
            throw positionalCount(s, "filter", n, 2, 2);
        }
        long it = Abstract.iter(s, TupleType.getItem(args, 1));
        return create(s, type, Objects.newRef(TupleType.getItem(args, 0)), it);
    }

    static long filterNext(ObjectState s, long f) {
        long func = first(f);
        boolean truth = func == s.space().none() || func == s.space().type(BuiltinType.BOOL);
        while (true) {
            long item = Abstract.next(s, second(f));
            if (item == 0) {
                return 0;
            }
            boolean keep;
            try {
                if (truth) {
                    keep = Abstract.isTrue(s, item);
                } else {
                    long callArgs = TupleType.pack(s, item);
                    long r;
                    try {
                        r = Abstract.call(s, func, callArgs, 0);
                    } finally {
                        Objects.decref(s, callArgs);
                    }
                    try {
                        keep = Abstract.isTrue(s, r);
                    } finally {
                        Objects.decref(s, r);
                    }
                }
            } catch (PyException e) {
                Objects.decref(s, item);
                throw e;
            }
            if (keep) {
                return item;
            }
            Objects.decref(s, item);
        }
    }

    // ---------------------------------------------------------------- reversed

    /**
     * {@code reversed(seq)}: the sequence's own {@code __reversed__} where it has one (list,
     * range, dict and its views), else a {@code reversed} object over the sequence protocol.
     */
    static long newReversed(ObjectState s, long type, long args, long kwargs) {
        noKeywords(s, "reversed", kwargs);
        long n = TupleType.size(args);
        if (n != 1) {
            throw positionalCount(s, "reversed", n, 1, 1);
        }
        long seq = TupleType.getItem(args, 0);
        TypeSlots slots = s.slotsOf(seq);
        MethodDef own = slots.method("__reversed__");
        if (own != null) {
            return own.impl().apply(s, seq, s.space().emptyTuple(), 0);
        }
        if (!Objects.hasFlag(Objects.type(seq), TypeFlags.STATIC_BUILTIN)) {
            long method = userReversed(s, seq);
            if (method != 0) {
                try {
                    return Abstract.call(s, method, s.space().emptyTuple(), 0);
                } finally {
                    Objects.decref(s, method);
                }
            }
        }
        boolean sequence = !Objects.hasFlag(Objects.type(seq), TypeFlags.DICT_SUBCLASS)
                && (slots.item != null || slots.subscript != null);
        if (!sequence) {
            throw Errors.typeError(s, "'" + Objects.typeNameOf(seq) + "' object is not reversible");
        }
        long length = Abstract.length(s, seq);
        return create(s, type, Objects.newRef(seq), length - 1);
    }

    /** {@code seq.__reversed__} of a class defined in Python, or 0. */
    private static long userReversed(ObjectState s, long seq) {
        try {
            return Abstract.getAttr(s, seq, "__reversed__");
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return 0;
        }
    }

    static long reversedNext(ObjectState s, long r) {
        long seq = first(r);
        if (seq == 0) {
            return 0;
        }
        long index = second(r);
        if (index >= 0) {
            try {
                TypeSlots slots = s.slotsOf(seq);
                long item;
                if (slots.item != null) {
                    item = slots.item.apply(s, seq, index);
                } else {
                    long key = IntType.fromLong(s, index);
                    try {
                        item = Abstract.getItem(s, seq, key);
                    } finally {
                        Objects.decref(s, key);
                    }
                }
                Memory.putLong(r + SECOND_OFFSET, index - 1);
                return item;
            } catch (PyException e) {
                if (!e.matches(s.space().type(BuiltinType.INDEX_ERROR))
                        && !e.matches(s.space().type(BuiltinType.STOP_ITERATION))) {
                    throw e;
                }
                e.release(s);
            }
        }
        Memory.putLong(r + SECOND_OFFSET, -1);
        Memory.putLong(r + FIRST_OFFSET, 0);
        Objects.decref(s, seq);
        return 0;
    }

    static long reversedLengthHint(ObjectState s, long r) {
        long seq = first(r);
        if (seq == 0) {
            return IntType.fromLong(s, 0);
        }
        long position = second(r) + 1;
        long length = Abstract.length(s, seq);
        return IntType.fromLong(s, length < position ? 0 : position);
    }

    // ---------------------------------------------------------------- iter(callable, sentinel)

    static long callableNext(ObjectState s, long it) {
        long callable = first(it);
        if (callable == 0) {
            return 0;
        }
        long r;
        try {
            r = Abstract.call(s, callable, s.space().emptyTuple(), 0);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.STOP_ITERATION))) {
                throw e;
            }
            e.release(s);
            exhaustCallable(s, it);
            return 0;
        }
        boolean done;
        try {
            done = Abstract.richCompareBool(s, r, second(it), CompareOp.EQ);
        } catch (PyException e) {
            Objects.decref(s, r);
            throw e;
        }
        if (!done) {
            return r;
        }
        Objects.decref(s, r);
        exhaustCallable(s, it);
        return 0;
    }

    private static void exhaustCallable(ObjectState s, long it) {
        long callable = first(it);
        long sentinel = second(it);
        Memory.putLong(it + FIRST_OFFSET, 0);
        Memory.putLong(it + SECOND_OFFSET, 0);
        Objects.xdecref(s, callable);
        Objects.xdecref(s, sentinel);
    }
}

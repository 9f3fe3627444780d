package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.CompareOp;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntOps;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.List;

/**
 * The numeric builtins: {@code abs divmod pow round sum min max hex oct bin ord chr hash id}.
 * Each delegates to the object protocols of {@code Abstract}, so the result types and messages
 * are the operands' own; the builtin adds only its argument checks.
 */
final class BuiltinsNumeric {
    private BuiltinsNumeric() {}

    static List<MethodDef> functions() {
        return List.of(
                new MethodDef("abs", (s, m, args, kw) -> Abstract.absolute(s, Args.one(s, "abs", args, kw))),
                new MethodDef("divmod", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "divmod", args, kw, 2, 2);
                    return Abstract.binaryOp(s, a[0], a[1], NumberOp.DIVMOD);
                }),
                new MethodDef("pow", (s, m, args, kw) -> {
                    long[] a = Args.parse(s, "pow", args, kw, 0, 2, "base", "exp", "mod");
                    return Abstract.power(s, a[0], a[1], a[2] == 0 ? s.space().none() : a[2]);
                }),
                new MethodDef("round", BuiltinsNumeric::round),
                new MethodDef("sum", BuiltinsNumeric::sum),
                new MethodDef("min", (s, m, args, kw) -> minMax(s, args, kw, "min", CompareOp.LT)),
                new MethodDef("max", (s, m, args, kw) -> minMax(s, args, kw, "max", CompareOp.GT)),
                new MethodDef("hex", (s, m, args, kw) -> toBase(s, Args.one(s, "hex", args, kw), 16)),
                new MethodDef("oct", (s, m, args, kw) -> toBase(s, Args.one(s, "oct", args, kw), 8)),
                new MethodDef("bin", (s, m, args, kw) -> toBase(s, Args.one(s, "bin", args, kw), 2)),
                new MethodDef("ord", (s, m, args, kw) -> ord(s, Args.one(s, "ord", args, kw))),
                new MethodDef("chr", (s, m, args, kw) -> chr(s, Args.one(s, "chr", args, kw))),
                new MethodDef("hash", (s, m, args, kw) -> IntType.fromLong(s, Abstract.hash(s, Args.one(s, "hash", args, kw)))),
                new MethodDef("id", (s, m, args, kw) -> IntType.fromLong(s, Args.one(s, "id", args, kw))));
    }

    private static long toBase(ObjectState s, long x, int base) {
        long i = Abstract.index(s, x);
        try {
            return IntOps.toBase(s, i, base);
        } finally {
            Objects.decref(s, i);
        }
    }

    private static long ord(ObjectState s, long c) {
        long length;
        if (StrType.check(c)) {
            length = StrType.length(c);
            if (length == 1) {
                return IntType.fromLong(s, StrType.codePointAt(c, 0));
            }
        } else if (BytesType.check(c) || Objects.isInstance(c, s.space().type(BuiltinType.BYTEARRAY))) {
            length = Abstract.length(s, c);
            if (length == 1) {
                return Abstract.getItem(s, c, s.space().smallInt(0));
            }
        } else {
            throw Errors.typeError(s, "ord() expected string of length 1, but " + Objects.typeNameOf(c) + " found");
        }
        throw Errors.typeError(s, "ord() expected a character, but string of length " + length + " found");
    }

    private static long chr(ObjectState s, long x) {
        long i = Abstract.index(s, x);
        long v;
        try {
            if (!IntType.fitsLong(i) || IntType.longValue(i) != (int) IntType.longValue(i)) {
                throw Errors.overflowError(s, "Python int too large to convert to C int");
            }
            v = IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
        if (v < 0 || v > Character.MAX_CODE_POINT) {
            throw Errors.valueError(s, "chr() arg not in range(0x110000)");
        }
        return StrType.fromCodePoints(s, new int[] {(int) v});
    }

    /** {@code round(number, ndigits=None)}: the number's {@code __round__}. */
    private static long round(ObjectState s, long m, long args, long kwargs) {
        long[] a = Args.parse(s, "round", args, kwargs, 0, 1, "number", "ndigits");
        long number = a[0];
        long method = BuiltinsObjects.lookupSpecial(s, number, "__round__");
        if (method == 0) {
            throw Errors.typeError(s, "type " + Objects.typeNameOf(number) + " doesn't define __round__ method");
        }
        try {
            long callArgs = a[1] == 0 || a[1] == s.space().none() ? TupleType.allocate(s, 0) : TupleType.pack(s, a[1]);
            try {
                return Abstract.call(s, method, callArgs, 0);
            } finally {
                Objects.decref(s, callArgs);
            }
        } finally {
            Objects.decref(s, method);
        }
    }

    /** {@code sum(iterable, /, start=0)}, with CPython's fast path for exact ints that fit a long. */
    private static long sum(ObjectState s, long m, long args, long kwargs) {
        long[] a = Args.parse(s, "sum", args, kwargs, 1, 1, "iterable", "start");
        long start = a[1] == 0 ? s.space().smallInt(0) : a[1];
        if (StrType.check(start)) {
            throw Errors.typeError(s, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (BytesType.check(start)) {
            throw Errors.typeError(s, "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (Objects.isInstance(start, s.space().type(BuiltinType.BYTEARRAY))) {
            throw Errors.typeError(s, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        long it = Abstract.iter(s, a[0]);
        long total = Objects.newRef(start);
        try {
            long intType = s.space().intType();
            long boolType = s.space().type(BuiltinType.BOOL);
            long floatType = s.space().type(BuiltinType.FLOAT);
            // CPython 3.11's fast paths: an exact-int total kept as a Java long while the items
            // are ints that fit, then an exact-float total kept as a double (plain addition, as
            // 3.11 does; 3.12 compensates), then the generic loop.
            if (Objects.type(total) == intType && IntType.fitsLong(total)) {
                long acc = IntType.longValue(total);
                Objects.decref(s, total);
                total = 0;
                while (total == 0) {
                    long item = Abstract.next(s, it);
                    if (item == 0) {
                        return IntType.fromLong(s, acc);
                    }
                    long t = Objects.type(item);
                    if ((t == intType || t == boolType) && IntType.fitsLong(item)) {
                        long y = IntType.longValue(item);
                        long r = acc + y;
                        if (((acc ^ r) & (y ^ r)) >= 0) {
                            acc = r;
                            Objects.decref(s, item);
                            continue;
                        }
                    }
                    total = addConsuming(s, IntType.fromLong(s, acc), item);
                }
            }
            if (Objects.type(total) == floatType) {
                double acc = FloatType.value(total);
                Objects.decref(s, total);
                total = 0;
                while (total == 0) {
                    long item = Abstract.next(s, it);
                    if (item == 0) {
                        return FloatType.fromDouble(s, acc);
                    }
                    if (Objects.type(item) == floatType) {
                        acc += FloatType.value(item);
                        Objects.decref(s, item);
                        continue;
                    }
                    if (IntType.check(item) && IntType.fitsLong(item)) {
                        acc += (double) IntType.longValue(item);
                        Objects.decref(s, item);
                        continue;
                    }
                    total = addConsuming(s, FloatType.fromDouble(s, acc), item);
                }
            }
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                long next;
                try {
                    next = Abstract.binaryOp(s, total, item, NumberOp.ADD);
                } finally {
                    Objects.decref(s, item);
                }
                Objects.decref(s, total);
                total = next;
            }
            return total;
        } catch (PyException e) {
            Objects.xdecref(s, total);
            throw e;
        } finally {
            Objects.decref(s, it);
        }
    }

    /** {@code total + item}, releasing both. */
    private static long addConsuming(ObjectState s, long total, long item) {
        try {
            return Abstract.binaryOp(s, total, item, NumberOp.ADD);
        } finally {
            Objects.decref(s, total);
            Objects.decref(s, item);
        }
    }

    /**
     * {@code min}/{@code max}: over one iterable or several arguments, with {@code key=} and
     * (for one iterable) {@code default=}; the first of equal extremes wins, as CPython's.
     */
    private static long minMax(ObjectState s, long args, long kwargs, String name, CompareOp op) {
        long n = TupleType.size(args);
        if (n == 0) {
            throw Errors.typeError(s, name + " expected at least 1 argument, got 0");
        }
        long nkw = kwargs == 0 ? 0 : dev.isola.objects.DictType.size(kwargs);
        if (nkw > 2) {
            throw Errors.typeError(s, name + "() takes at most 2 keyword arguments (" + nkw + " given)");
        }
        long[] kw = Args.keywordOnly(s, name, kwargs, "key", "default");
        long key = kw[0] == s.space().none() ? 0 : kw[0];
        long deflt = kw[1];
        if (deflt != 0 && n > 1) {
            throw Errors.typeError(s, "Cannot specify a default for " + name
                    + "() with multiple positional arguments");
        }
        long it = Abstract.iter(s, n == 1 ? TupleType.getItem(args, 0) : args);
        long best = 0;
        long bestKey = 0;
        try {
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                long k;
                try {
                    k = key == 0 ? Objects.newRef(item) : BuiltinsObjects.call1(s, key, item);
                } catch (PyException e) {
                    Objects.decref(s, item);
                    throw e;
                }
                boolean better;
                try {
                    better = best == 0 || Abstract.richCompareBool(s, k, bestKey, op);
                } catch (PyException e) {
                    Objects.decref(s, item);
                    Objects.decref(s, k);
                    throw e;
                }
                if (better) {
                    Objects.xdecref(s, best);
                    Objects.xdecref(s, bestKey);
                    best = item;
                    bestKey = k;
                } else {
                    Objects.decref(s, item);
                    Objects.decref(s, k);
                }
            }
        } catch (PyException e) {
            Objects.xdecref(s, best);
            Objects.xdecref(s, bestKey);
            throw e;
        } finally {
            Objects.decref(s, it);
        }
        if (best != 0) {
            Objects.decref(s, bestKey);
            return best;
        }
        if (deflt != 0) {
            return Objects.newRef(deflt);
        }
        throw Errors.valueError(s, name + "() arg is an empty sequence");
    }
}

package dev.isola.objects;

import java.math.BigInteger;

/**
 * The behaviour of {@code range} ({@link RangeType} holds the layout): construction, length,
 * indexing and slicing, the int fast path of {@code in}, {@code index} and {@code count},
 * iteration both ways, equality as sequences and CPython's hash.
 */
final class RangeOps {
    private RangeOps() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr(RangeOps::repr)
                .hash(RangeOps::hash)
                .richCompare(RangeOps::richCompare)
                .bool((s, r) -> IntType.signum(RangeType.length(r)) != 0)
                .getAttr(RangeOps::getAttr)
                .iter(RangeOps::iter)
                .newInstance(RangeOps::newInstance)
                .dealloc(RangeType::dealloc)
                .length(RangeOps::length)
                .item((s, r, i) -> item(s, r, BigInteger.valueOf(i)))
                .contains(RangeOps::contains)
                .subscript(RangeOps::subscript)
                .method("count", RangeOps::count)
                .method("index", RangeOps::index)
                .method("__reversed__", (s, r, args, kw) -> {
                    ListMethods.noArgs(s, "range.__reversed__", args, kw);
                    return reversed(s, r);
                })
                .build();
    }

    private static BigInteger big(long intAddr) {
        return IntType.toBig(intAddr);
    }

    private static long value(long intAddr) {
        return IntType.longValue(intAddr);
    }

    // ---------------------------------------------------------------- construction

    /** {@code range(stop)}, {@code range(start, stop[, step])}. */
    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        ListMethods.noKeywords(s, "range", kwargs);
        long n = TupleType.size(args);
        if (n == 0) {
            throw Errors.typeError(s, "range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw Errors.typeError(s, "range expected at most 3 arguments, got " + n);
        }
        if (n == 1) {
            return RangeType.make(s, BigInteger.ZERO, indexBig(s, TupleType.getItem(args, 0)), BigInteger.ONE);
        }
        BigInteger start = indexBig(s, TupleType.getItem(args, 0));
        BigInteger stop = indexBig(s, TupleType.getItem(args, 1));
        BigInteger step = BigInteger.ONE;
        if (n == 3) {
            step = indexBig(s, TupleType.getItem(args, 2));
            if (step.signum() == 0) {
                throw Errors.valueError(s, "range() arg 3 must not be zero");
            }
        }
        return RangeType.make(s, start, stop, step);
    }

    private static BigInteger indexBig(ObjectState s, long v) {
        long i = Abstract.index(s, v);
        try {
            return IntType.toBig(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    // ---------------------------------------------------------------- repr, hash, equality, attributes

    static long repr(ObjectState s, long r) {
        String text = "range(" + Abstract.reprJava(s, RangeType.start(r)) + ", " + Abstract.reprJava(s, RangeType.stop(r));
        long step = RangeType.step(r);
        if (!(IntType.isCompact(step) && value(step) == 1)) {
            text += ", " + Abstract.reprJava(s, step);
        }
        return StrType.fromJava(s, text + ")");
    }

    /** CPython's {@code range_hash}: hash of (len, start, step), with None for what does not matter. */
    static long hash(ObjectState s, long r) {
        long none = s.space().none();
        long len = RangeType.length(r);
        int n = IntType.signum(len);
        long start = n == 0 ? none : RangeType.start(r);
        long step = n == 0 || big(len).equals(BigInteger.ONE) ? none : RangeType.step(r);
        long t = TupleType.pack(s, len, start, step);
        try {
            return Abstract.hash(s, t);
        } finally {
            Objects.decref(s, t);
        }
    }

    /** Ranges are equal when they are the same sequence ({@code range_equals}); no ordering. */
    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!RangeType.check(b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return s.space().notImplemented();
        }
        return s.space().bool(equals(a, b) == (op == CompareOp.EQ));
    }

    private static boolean equals(long a, long b) {
        if (a == b) {
            return true;
        }
        BigInteger len = big(RangeType.length(a));
        if (!len.equals(big(RangeType.length(b)))) {
            return false;
        }
        if (len.signum() == 0) {
            return true;
        }
        if (!big(RangeType.start(a)).equals(big(RangeType.start(b)))) {
            return false;
        }
        return len.equals(BigInteger.ONE) || big(RangeType.step(a)).equals(big(RangeType.step(b)));
    }

    static long getAttr(ObjectState s, long r, long name) {
        return switch (StrType.toJava(name)) {
            case "start" -> Objects.newRef(RangeType.start(r));
            case "stop" -> Objects.newRef(RangeType.stop(r));
            case "step" -> Objects.newRef(RangeType.step(r));
            default -> ObjectType.genericGetAttr(s, r, name);
        };
    }

    // ---------------------------------------------------------------- length, items, slices

    static long length(ObjectState s, long r) {
        long len = RangeType.length(r);
        if (!IntType.fitsLong(len)) {
            throw Errors.overflowError(s, "Python int too large to convert to C ssize_t");
        }
        return value(len);
    }

    /** Item {@code i} (negative counts from the end), CPython's {@code compute_range_item}. */
    static long item(ObjectState s, long r, BigInteger i) {
        if (RangeType.isCompact(r) && i.bitLength() < 63) {
            long n = value(RangeType.length(r));
            long k = i.longValue();
            if (k < 0) {
                k += n;
            }
            if (k < 0 || k >= n) {
                throw Errors.indexError(s, "range object index out of range");
            }
            return IntType.fromLong(s, value(RangeType.start(r)) + k * value(RangeType.step(r)));
        }
        BigInteger len = big(RangeType.length(r));
        if (i.signum() < 0) {
            i = i.add(len);
        }
        if (i.signum() < 0 || i.compareTo(len) >= 0) {
            throw Errors.indexError(s, "range object index out of range");
        }
        return IntType.fromBig(s, itemValue(r, i));
    }

    private static BigInteger itemValue(long r, BigInteger i) {
        return big(RangeType.start(r)).add(i.multiply(big(RangeType.step(r))));
    }

    static long subscript(ObjectState s, long r, long key) {
        if (IntType.check(key) || s.slotsOf(key).index != null) {
            return item(s, r, indexBig(s, key));
        }
        if (!SliceType.check(key)) {
            throw Errors.typeError(s, "range indices must be integers or slices, not " + Objects.typeNameOf(key));
        }
        BigInteger[] sss = SliceType.bigIndices(s, key, big(RangeType.length(r)));
        return RangeType.make(s, itemValue(r, sss[0]), itemValue(r, sss[1]), big(RangeType.step(r)).multiply(sss[2]));
    }

    // ---------------------------------------------------------------- in, index, count

    private static boolean isExactInt(ObjectState s, long x) {
        long t = Objects.type(x);
        return t == s.space().type(BuiltinType.INT) || t == s.space().type(BuiltinType.BOOL);
    }

    /** {@code x in r} for an exact int or bool ({@code range_contains_long}). */
    private static boolean containsInt(long r, long x) {
        if (RangeType.isCompact(r) && IntType.isCompact(x)) {
            long v = value(x);
            long start = value(RangeType.start(r));
            long stop = value(RangeType.stop(r));
            long step = value(RangeType.step(r));
            boolean inBounds = step > 0 ? start <= v && v < stop : stop < v && v <= start;
            return inBounds && (v - start) % step == 0;
        }
        BigInteger v = big(x);
        BigInteger start = big(RangeType.start(r));
        BigInteger stop = big(RangeType.stop(r));
        BigInteger step = big(RangeType.step(r));
        boolean inBounds = step.signum() > 0 ? start.compareTo(v) <= 0 && v.compareTo(stop) < 0
                : stop.compareTo(v) < 0 && v.compareTo(start) <= 0;
        return inBounds && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    static boolean contains(ObjectState s, long r, long x) {
        if (isExactInt(s, x)) {
            return containsInt(r, x);
        }
        return iterSearch(s, r, x, false) > 0;
    }

    /** CPython's {@code _PySequence_IterSearch}: the count of items equal to {@code x}, or the first index (-1). */
    private static long iterSearch(ObjectState s, long r, long x, boolean firstIndex) {
        long it = iter(s, r);
        try {
            long i = 0;
            long count = 0;
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it), i++) {
                boolean eq;
                try {
                    eq = Abstract.equal(s, item, x);
                } finally {
                    Objects.decref(s, item);
                }
                if (eq) {
                    if (firstIndex) {
                        return i;
                    }
                    count++;
                }
            }
            return firstIndex ? -1 : count;
        } finally {
            Objects.decref(s, it);
        }
    }

    static long count(ObjectState s, long r, long args, long kwargs) {
        long x = ListMethods.oneArg(s, "range.count", args, kwargs);
        if (isExactInt(s, x)) {
            return IntType.fromLong(s, containsInt(r, x) ? 1 : 0);
        }
        return IntType.fromLong(s, iterSearch(s, r, x, false));
    }

    static long index(ObjectState s, long r, long args, long kwargs) {
        long x = ListMethods.oneArg(s, "range.index", args, kwargs);
        if (isExactInt(s, x)) {
            if (!containsInt(r, x)) {
                throw Errors.valueError(s, Abstract.reprJava(s, x) + " is not in range");
            }
            BigInteger i = big(x).subtract(big(RangeType.start(r))).divide(big(RangeType.step(r)));
            return IntType.fromBig(s, i);
        }
        long i = iterSearch(s, r, x, true);
        if (i < 0) {
            throw Errors.valueError(s, "sequence.index(x): x not in sequence");
        }
        return IntType.fromLong(s, i);
    }

    // ---------------------------------------------------------------- iteration

    static long iter(ObjectState s, long r) {
        if (RangeType.isCompact(r)) {
            return IteratorType.rangeIterator(s, value(RangeType.start(r)), value(RangeType.step(r)),
                    value(RangeType.length(r)));
        }
        return IteratorType.bigRangeIterator(s, r);
    }

    /** {@code reversed(r)}: iterates from the last item with the negated step. */
    static long reversed(ObjectState s, long r) {
        if (RangeType.isCompact(r)) {
            long n = value(RangeType.length(r));
            long step = value(RangeType.step(r));
            long last = n == 0 ? value(RangeType.start(r)) : value(RangeType.start(r)) + (n - 1) * step;
            return IteratorType.rangeIterator(s, last, -step, n);
        }
        BigInteger len = big(RangeType.length(r));
        BigInteger step = big(RangeType.step(r));
        BigInteger start = big(RangeType.start(r));
        long rev = len.signum() == 0 ? RangeType.make(s, start, start, step.negate())
                : RangeType.make(s, itemValue(r, len.subtract(BigInteger.ONE)), start.subtract(step), step.negate());
        try {
            return IteratorType.bigRangeIterator(s, rev);
        } finally {
            Objects.decref(s, rev);
        }
    }
}

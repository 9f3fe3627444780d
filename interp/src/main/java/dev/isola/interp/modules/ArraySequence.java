package dev.isola.interp.modules;

import static dev.isola.interp.modules.ArrayStorage.length;
import static dev.isola.interp.modules.ArrayStorage.typecode;
import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CompareOp;
import dev.isola.objects.Errors;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.SliceType;
import dev.isola.objects.StrType;
import dev.isola.objects.TypeFlags;
import dev.isola.objects.TypeSlots;

/**
 * The sequence protocol of {@code array.array}: repr, len, indexing and slicing (a slice is a
 * new array), slice assignment from arrays, {@code in}, comparison item by item, {@code +},
 * {@code *} and their in-place forms, and the iterator ({@code arrayiterator}: ref 0 the array,
 * long 0 the next index). Stateless.
 */
final class ArraySequence {
    private ArraySequence() {}

    static void register(TypeSlots.Builder b) {
        b.repr(ArraySequence::repr)
                .length((s, a) -> length(a))
                .item(ArraySequence::item)
                .subscript(ArraySequence::subscript)
                .assignSubscript(ArraySequence::assignSubscript)
                .contains((s, a, x) -> ArrayMethods.find(s, a, x, 0, length(a)) >= 0)
                .concat(ArraySequence::concat)
                .repeat(ArraySequence::repeat)
                .inplace(NumberOp.ADD, (s, a, other) -> {
                    if (!ArrayStorage.check(s, other)) {
                        throw Errors.typeError(s, "can only extend array with array (not \""
                                + Objects.typeNameOf(other) + "\")");
                    }
                    ArrayMethods.extend(s, a, other);
                    return Objects.newRef(a);
                })
                .inplace(NumberOp.MULTIPLY, (s, a, count) -> {
                    long n = Abstract.asSize(s, count, BuiltinType.OVERFLOW_ERROR);
                    long len = length(a);
                    if (n <= 0) {
                        ArrayStorage.resize(s, a, 0);
                    } else {
                        for (long i = 1; i < n; i++) {
                            ArrayStorage.insertRaw(s, a, length(a), 0, len);
                            Memory.copy(ArrayStorage.data(a), ArrayStorage.data(a) + i * len * ArrayStorage.itemSize(a),
                                    len * ArrayStorage.itemSize(a));
                        }
                    }
                    return Objects.newRef(a);
                })
                .richCompare(ArraySequence::richCompare)
                .iter((s, a) -> ItertoolsBasic.create(s, BuiltinType.ARRAY_ITERATOR, Objects.newRef(a), 0));
    }

    private static long repr(ObjectState s, long a) {
        char t = typecode(a);
        if (length(a) == 0) {
            return StrType.fromJava(s, "array('" + t + "')");
        }
        long items = t == 'u' ? ArrayMethods.toUnicode(s, a) : ArrayMethods.toList(s, a);
        try {
            return StrType.fromJava(s, "array('" + t + "', " + Abstract.reprJava(s, items) + ")");
        } finally {
            Objects.decref(s, items);
        }
    }

    private static long item(ObjectState s, long a, long i) {
        if (i < 0 || i >= length(a)) {
            throw Errors.indexError(s, "array index out of range");
        }
        return ArrayStorage.load(s, a, i);
    }

    private static boolean isIndex(ObjectState s, long key) {
        return Objects.hasFlag(Objects.type(key), TypeFlags.LONG_SUBCLASS) || s.slotsOf(key).index != null;
    }

    private static long subscript(ObjectState s, long a, long key) {
        if (isIndex(s, key)) {
            long i = Abstract.asSize(s, key, BuiltinType.INDEX_ERROR);
            return item(s, a, i < 0 ? i + length(a) : i);
        }
        if (SliceType.check(key)) {
            long[] r = SliceType.indices(s, key, length(a));
            return slice(s, a, r[0], r[3], r[2]);
        }
        throw Errors.typeError(s, "array indices must be integers");
    }

    /** A new array of {@code count} items from {@code start} by {@code step}. */
    static long slice(ObjectState s, long a, long start, long count, long step) {
        int size = ArrayStorage.itemSize(a);
        if (step == 1) {
            return ArrayModule.fromRaw(s, typecode(a), ArrayStorage.data(a) + start * size, count);
        }
        long out = ArrayModule.fromRaw(s, typecode(a), 0, 0);
        try {
            ArrayStorage.resize(s, out, count);
        } catch (RuntimeException e) {
            Objects.decref(s, out);
            throw e;
        }
        for (long i = 0; i < count; i++) {
            Memory.copy(ArrayStorage.data(a) + (start + i * step) * size, ArrayStorage.data(out) + i * size, size);
        }
        return out;
    }

    private static void assignSubscript(ObjectState s, long a, long key, long value) {
        if (isIndex(s, key)) {
            long i = Abstract.asSize(s, key, BuiltinType.INDEX_ERROR);
            long n = length(a);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError(s, "array assignment index out of range");
            }
            if (value == 0) {
                ArrayStorage.deleteRange(s, a, i, 1);
            } else {
                ArrayStorage.store(s, a, i, value);
            }
            return;
        }
        if (!SliceType.check(key)) {
            throw Errors.typeError(s, "array indices must be integers");
        }
        long[] r = SliceType.indices(s, key, length(a));
        long start = r[0];
        long step = r[2];
        long count = r[3];
        if (value != 0 && !ArrayStorage.check(s, value)) {
            throw Errors.typeError(s, "can only assign array (not \"" + Objects.typeNameOf(value) + "\") to array slice");
        }
        if (value != 0 && typecode(value) != typecode(a)) {
            throw Errors.typeError(s, "bad argument type for built-in operation");
        }
        long source = value == 0 ? 0 : ArrayModule.fromRaw(s, typecode(a), ArrayStorage.data(value), length(value));
        try {
            assignSlice(s, a, start, step, count, source);
        } finally {
            Objects.xdecref(s, source);
        }
    }

    private static void assignSlice(ObjectState s, long a, long start, long step, long count, long source) {
        int size = ArrayStorage.itemSize(a);
        long given = source == 0 ? 0 : length(source);
        if (step == 1) {
            ArrayStorage.deleteRange(s, a, start, count);
            if (given > 0) {
                ArrayStorage.insertRaw(s, a, start, ArrayStorage.data(source), given);
            }
            return;
        }
        if (source == 0) {
            long lo = step > 0 ? start : start + (count - 1) * step;
            long st = Math.abs(step);
            for (long k = count - 1; k >= 0; k--) {
                ArrayStorage.deleteRange(s, a, lo + k * st, 1);
            }
            return;
        }
        if (given != count) {
            throw Errors.valueError(s, "attempt to assign array of size " + given + " to extended slice of size "
                    + count);
        }
        for (long i = 0; i < count; i++) {
            Memory.copy(ArrayStorage.data(source) + i * size, ArrayStorage.data(a) + (start + i * step) * size, size);
        }
    }

    private static long concat(ObjectState s, long a, long other) {
        if (!ArrayStorage.check(s, other)) {
            throw Errors.typeError(s, "can only append array (not \"" + Objects.typeNameOf(other) + "\") to array");
        }
        if (typecode(other) != typecode(a)) {
            throw Errors.typeError(s, "bad argument type for built-in operation");
        }
        long out = ArrayModule.fromRaw(s, typecode(a), ArrayStorage.data(a), length(a));
        try {
            ArrayMethods.appendArray(s, out, other);
        } catch (RuntimeException e) {
            Objects.decref(s, out);
            throw e;
        }
        return out;
    }

    private static long repeat(ObjectState s, long a, long n) {
        long len = length(a);
        long out = ArrayModule.fromRaw(s, typecode(a), 0, 0);
        if (n <= 0 || len == 0) {
            return out;
        }
        int size = ArrayStorage.itemSize(a);
        try {
            if (len > Long.MAX_VALUE / 8 / n) {
                throw Errors.raise(s, BuiltinType.MEMORY_ERROR, "");
            }
            ArrayStorage.resize(s, out, len * n);
        } catch (RuntimeException e) {
            Objects.decref(s, out);
            throw e;
        }
        for (long i = 0; i < n; i++) {
            Memory.copy(ArrayStorage.data(a), ArrayStorage.data(out) + i * len * size, len * size);
        }
        return out;
    }

    private static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!ArrayStorage.check(s, a) || !ArrayStorage.check(s, b)) {
            return Objects.newRef(s.space().notImplemented());
        }
        long na = length(a);
        long nb = length(b);
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return Objects.newRef(s.space().bool(op == CompareOp.NE));
        }
        for (long i = 0; i < Math.min(na, nb); i++) {
            long x = ArrayStorage.load(s, a, i);
            long y;
            try {
                y = ArrayStorage.load(s, b, i);
            } catch (RuntimeException e) {
                Objects.decref(s, x);
                throw e;
            }
            try {
                if (!Abstract.equal(s, x, y)) {
                    if (op == CompareOp.EQ || op == CompareOp.NE) {
                        return Objects.newRef(s.space().bool(op == CompareOp.NE));
                    }
                    return Abstract.richCompare(s, x, y, op);
                }
            } finally {
                Objects.decref(s, x);
                Objects.decref(s, y);
            }
        }
        boolean r = switch (op) {
            case LT -> na < nb;
            case LE -> na <= nb;
            case EQ -> na == nb;
            case NE -> na != nb;
            case GT -> na > nb;
            default -> na >= nb;
        };
        return Objects.newRef(s.space().bool(r));
    }

    static long iteratorNext(ObjectState s, long it) {
        long a = ref(it, 0);
        if (a == 0) {
            return 0;
        }
        long i = getLong(it, 0);
        if (i >= length(a)) {
            ModuleObjectLayout.setRef(s, it, 0, 0);
            return 0;
        }
        putLong(it, 0, i + 1);
        return ArrayStorage.load(s, a, i);
    }
}

package dev.isola.interp.modules;

import static dev.isola.interp.modules.ArrayStorage.length;
import static dev.isola.interp.modules.ArrayStorage.typecode;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;

/**
 * The named methods of {@code array.array} (append, extend, pop, tobytes …) and its
 * {@code typecode}/{@code itemsize} attributes, with CPython 3.11's messages. Stateless.
 */
final class ArrayMethods {
    private ArrayMethods() {}

    static void register(TypeSlots.Builder b) {
        b.getAttr(ArrayMethods::getAttr);
        b.method("append", (s, a, args, kw) -> {
            ArrayStorage.append(s, a, Args.one(s, "array.append", args, kw));
            return none(s);
        });
        b.method("extend", (s, a, args, kw) -> {
            Args.noKeywords(s, "extend", kw);
            if (TupleType.size(args) != 1) {
                throw Errors.typeError(s, "extend() takes exactly 1 positional argument (" + TupleType.size(args)
                        + " given)");
            }
            extend(s, a, TupleType.getItem(args, 0));
            return none(s);
        });
        b.method("insert", (s, a, args, kw) -> {
            long[] p = Args.positional(s, "insert", args, kw, 2, 2);
            long i = Abstract.asSize(s, p[0], BuiltinType.OVERFLOW_ERROR);
            long n = length(a);
            i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
            ArrayStorage.insertRaw(s, a, i, 0, 1);
            try {
                ArrayStorage.store(s, a, i, p[1]);
            } catch (RuntimeException e) {
                ArrayStorage.deleteRange(s, a, i, 1);
                throw e;
            }
            return none(s);
        });
        b.method("pop", (s, a, args, kw) -> {
            long[] p = Args.positional(s, "pop", args, kw, 0, 1);
            long i = p[0] == 0 ? -1 : Abstract.asSize(s, p[0], BuiltinType.OVERFLOW_ERROR);
            long n = length(a);
            if (n == 0) {
                throw Errors.indexError(s, "pop from empty array");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError(s, "pop index out of range");
            }
            long v = ArrayStorage.load(s, a, i);
            ArrayStorage.deleteRange(s, a, i, 1);
            return v;
        });
        b.method("remove", (s, a, args, kw) -> {
            long i = find(s, a, Args.one(s, "array.remove", args, kw), 0, length(a));
            if (i < 0) {
                throw Errors.valueError(s, "array.remove(x): x not in array");
            }
            ArrayStorage.deleteRange(s, a, i, 1);
            return none(s);
        });
        b.method("index", (s, a, args, kw) -> {
            long[] p = Args.positional(s, "index", args, kw, 1, 3);
            long n = length(a);
            long start = p[1] == 0 ? 0 : clamp(Abstract.asSize(s, p[1], BuiltinType.OVERFLOW_ERROR), n);
            long stop = p[2] == 0 ? n : clamp(Abstract.asSize(s, p[2], BuiltinType.OVERFLOW_ERROR), n);
            long i = find(s, a, p[0], start, stop);
            if (i < 0) {
                throw Errors.valueError(s, "array.index(x): x not in array");
            }
            return IntType.fromLong(s, i);
        });
        b.method("count", (s, a, args, kw) -> {
            long x = Args.one(s, "array.count", args, kw);
            long count = 0;
            for (long i = 0; i < length(a); i++) {
                if (itemEquals(s, a, i, x)) {
                    count++;
                }
            }
            return IntType.fromLong(s, count);
        });
        b.method("reverse", (s, a, args, kw) -> {
            Args.none(s, "array.reverse", args, kw);
            int size = ArrayStorage.itemSize(a);
            byte[] tmp = new byte[size];
            long base = ArrayStorage.data(a);
            for (long i = 0, j = length(a) - 1; i < j; i++, j--) {
                for (int k = 0; k < size; k++) {
                    tmp[k] = Memory.getByte(base + i * size + k);
                    Memory.putByte(base + i * size + k, Memory.getByte(base + j * size + k));
                    Memory.putByte(base + j * size + k, tmp[k]);
                }
            }
            return none(s);
        });
        b.method("byteswap", (s, a, args, kw) -> {
            Args.none(s, "array.byteswap", args, kw);
            int size = ArrayStorage.itemSize(a);
            long base = ArrayStorage.data(a);
            for (long i = 0; i < length(a); i++) {
                long item = base + i * size;
                for (int k = 0; k < size / 2; k++) {
                    byte x = Memory.getByte(item + k);
                    Memory.putByte(item + k, Memory.getByte(item + size - 1 - k));
                    Memory.putByte(item + size - 1 - k, x);
                }
            }
            return none(s);
        });
        b.method("tolist", (s, a, args, kw) -> {
            Args.none(s, "array.tolist", args, kw);
            return toList(s, a);
        });
        b.method("tobytes", (s, a, args, kw) -> {
            Args.none(s, "array.tobytes", args, kw);
            return BytesType.fromMemory(s, ArrayStorage.data(a), ArrayStorage.byteLength(a));
        });
        b.method("frombytes", (s, a, args, kw) -> {
            fromBytes(s, a, Args.one(s, "array.frombytes", args, kw));
            return none(s);
        });
        b.method("fromlist", (s, a, args, kw) -> {
            long list = Args.one(s, "array.fromlist", args, kw);
            if (!ListType.check(list)) {
                throw Errors.typeError(s, "arg must be list");
            }
            long n = length(a);
            try {
                for (long i = 0; i < ListType.size(list); i++) {
                    ArrayStorage.append(s, a, ListType.getItem(list, i));
                }
            } catch (RuntimeException e) {
                ArrayStorage.resize(s, a, n);
                throw e;
            }
            return none(s);
        });
        b.method("tounicode", (s, a, args, kw) -> {
            Args.none(s, "array.tounicode", args, kw);
            if (typecode(a) != 'u') {
                throw Errors.valueError(s, "tounicode() may only be called on unicode type arrays");
            }
            return toUnicode(s, a);
        });
        b.method("fromunicode", (s, a, args, kw) -> {
            long str = Args.one(s, "array.fromunicode", args, kw);
            if (!StrType.check(str)) {
                throw Errors.typeError(s, "fromunicode() argument must be str, not " + Objects.typeNameOf(str));
            }
            if (typecode(a) != 'u') {
                throw Errors.valueError(s, "fromunicode() may only be called on unicode type arrays");
            }
            fromUnicode(s, a, str);
            return none(s);
        });
        b.method("buffer_info", (s, a, args, kw) -> {
            Args.none(s, "array.buffer_info", args, kw);
            long addr = IntType.fromLong(s, ArrayStorage.data(a));
            long n = IntType.fromLong(s, length(a));
            long t = TupleType.pack(s, addr, n);
            Objects.decref(s, addr);
            Objects.decref(s, n);
            return t;
        });
        b.method("__copy__", (s, a, args, kw) -> ArraySequence.slice(s, a, 0, length(a), 1));
        b.method("__deepcopy__", (s, a, args, kw) -> ArraySequence.slice(s, a, 0, length(a), 1));
        b.method("__sizeof__", (s, a, args, kw) -> IntType.fromLong(s, ArrayStorage.sizeOf(a)));
    }

    private static long none(ObjectState s) {
        return Objects.newRef(s.space().none());
    }

    private static long clamp(long i, long n) {
        return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    }

    private static long getAttr(ObjectState s, long a, long name) {
        return switch (StrType.toJava(name)) {
            case "typecode" -> StrType.fromJava(s, String.valueOf(typecode(a)));
            case "itemsize" -> IntType.fromLong(s, ArrayStorage.itemSize(a));
            default -> FunctoolsTypes.genericGetAttr(s, a, name);
        };
    }

    static boolean itemEquals(ObjectState s, long a, long i, long x) {
        long item = ArrayStorage.load(s, a, i);
        try {
            return Abstract.equal(s, item, x);
        } finally {
            Objects.decref(s, item);
        }
    }

    /** The first index in [start, stop) whose item equals {@code x}, or -1. */
    static long find(ObjectState s, long a, long x, long start, long stop) {
        for (long i = start; i < Math.min(stop, length(a)); i++) {
            if (itemEquals(s, a, i, x)) {
                return i;
            }
        }
        return -1;
    }

    static long toList(ObjectState s, long a) {
        long list = ListType.newList(s);
        try {
            for (long i = 0; i < length(a); i++) {
                long v = ArrayStorage.load(s, a, i);
                try {
                    ListType.append(s, list, v);
                } finally {
                    Objects.decref(s, v);
                }
            }
        } catch (RuntimeException e) {
            Objects.decref(s, list);
            throw e;
        }
        return list;
    }

    static long toUnicode(ObjectState s, long a) {
        int[] cps = new int[Math.toIntExact(length(a))];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = Memory.getInt(ArrayStorage.data(a) + 4L * i);
        }
        return StrType.fromCodePoints(s, cps);
    }

    static void fromUnicode(ObjectState s, long a, long str) {
        long n = StrType.length(str);
        long at = length(a);
        ArrayStorage.resize(s, a, at + n);
        for (long i = 0; i < n; i++) {
            Memory.putInt(ArrayStorage.data(a) + 4 * (at + i), StrType.codePointAt(str, i));
        }
    }

    static void fromBytes(ObjectState s, long a, long bytes) {
        long[] view = Buffers.readable(s, bytes);
        int size = ArrayStorage.itemSize(a);
        if (view[1] % size != 0) {
            throw Errors.valueError(s, "bytes length not a multiple of item size");
        }
        if (view[0] == ArrayStorage.data(a)) {
            byte[] copy = new byte[Math.toIntExact(view[1])];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = Memory.getByte(view[0] + i);
            }
            long tmp = s.allocBytes(Math.max(1, copy.length));
            try {
                for (int i = 0; i < copy.length; i++) {
                    Memory.putByte(tmp + i, copy[i]);
                }
                ArrayStorage.insertRaw(s, a, length(a), tmp, view[1] / size);
            } finally {
                s.freeBytes(tmp);
            }
            return;
        }
        ArrayStorage.insertRaw(s, a, length(a), view[0], view[1] / size);
    }

    /** {@code a.extend(other)}: an array of the same typecode, or any iterable of items. */
    static void extend(ObjectState s, long a, long other) {
        if (ArrayStorage.check(s, other)) {
            if (typecode(other) != typecode(a)) {
                throw Errors.typeError(s, "can only extend with array of same kind");
            }
            appendArray(s, a, other);
            return;
        }
        extendIterable(s, a, other);
    }

    /** Appends the items of array {@code other} (same typecode; may be {@code a} itself). */
    static void appendArray(ObjectState s, long a, long other) {
        long n = length(other);
        long at = length(a);
        ArrayStorage.resize(s, a, at + n);
        int size = ArrayStorage.itemSize(a);
        Memory.copy(ArrayStorage.data(other), ArrayStorage.data(a) + at * size, n * size);
    }

    static void extendIterable(ObjectState s, long a, long iterable) {
        long it = Abstract.iter(s, iterable);
        try {
            while (true) {
                long v = Abstract.next(s, it);
                if (v == 0) {
                    break;
                }
                try {
                    ArrayStorage.append(s, a, v);
                } finally {
                    Objects.decref(s, v);
                }
            }
        } finally {
            Objects.decref(s, it);
        }
    }

}

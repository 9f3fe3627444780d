package dev.isola.objects;

import dev.isola.memory.Memory;
import java.lang.foreign.MemorySegment;

/**
 * The behaviour of {@code bytearray} ({@link ByteArrayType} holds the layout): repr,
 * comparison with any bytes-like object, the sequence slots including item and slice
 * assignment and deletion, {@code +=} and {@code *=}, the constructor, the mutating methods, and
 * the read-only methods shared with bytes ({@link ByteMethods}). Unhashable. Stateless.
 */
final class ByteArrayOps {
    private ByteArrayOps() {}

    static TypeSlots slots() {
        TypeSlots.Builder b = TypeSlots.builder()
                .repr(ByteArrayOps::repr)
                .richCompare(ByteArrayOps::richCompare)
                .length((s, a) -> ByteArrayType.size(a))
                .item(ByteArrayOps::item)
                .subscript(ByteArrayOps::subscript)
                .assignSubscript(ByteArrayOps::assignSubscript)
                .concat(ByteArrayOps::concat)
                .repeat(ByteArrayOps::repeat)
                .iter((s, a) -> IteratorType.sequenceIterator(s, BuiltinType.BYTEARRAY_ITERATOR, a))
                .number(NumberOp.REMAINDER, (s, a, b2) -> ByteArrayType.check(s, a)
                        ? ByteArrayType.fromBytes(s, BytesPercent.format(s, ByteArrayType.toArray(a), b2))
                        : s.space().notImplemented())
                .contains((s, a, x) -> BytesOps.contains(s, a, ByteMethods.Kind.BYTEARRAY, x))
                .inplace(NumberOp.ADD, ByteArrayOps::inplaceConcat)
                .inplace(NumberOp.MULTIPLY, ByteArrayOps::inplaceRepeat)
                .newInstance(ByteArrayOps::newInstance)
                .dealloc(ByteArrayType::dealloc);
        MethodArgs.Registrar r = MethodArgs.checkingSelf(b, "bytearray", ByteArrayType::check);
        ByteMethods.register(r, ByteMethods.Kind.BYTEARRAY);
        r.method("append", ByteArrayOps::append)
                .method("extend", ByteArrayOps::extend)
                .method("pop", ByteArrayOps::pop)
                .method("insert", ByteArrayOps::insert)
                .method("remove", ByteArrayOps::remove)
                .method("clear", (s, self, a, k) -> {
                    MethodArgs.none(s, "bytearray.clear", a, k);
                    ByteArrayType.resize(s, self, 0);
                    return s.space().none();
                })
                .method("reverse", (s, self, a, k) -> {
                    MethodArgs.none(s, "bytearray.reverse", a, k);
                    long data = ByteArrayType.data(self);
                    for (long i = 0, j = ByteArrayType.size(self) - 1; i < j; i++, j--) {
                        byte x = Memory.getByte(data + i);
                        Memory.putByte(data + i, Memory.getByte(data + j));
                        Memory.putByte(data + j, x);
                    }
                    return s.space().none();
                })
                .method("copy", (s, self, a, k) -> {
                    MethodArgs.none(s, "bytearray.copy", a, k);
                    return ByteArrayType.fromMemory(s, ByteArrayType.data(self), ByteArrayType.size(self));
                })
                .method("__alloc__", (s, self, a, k) -> {
                    MethodArgs.none(s, "bytearray.__alloc__", a, k);
                    return IntType.fromLong(s, ByteArrayType.allocated(self));
                })
                .method("__sizeof__", (s, self, a, k) -> {
                    MethodArgs.none(s, "bytearray.__sizeof__", a, k);
                    return IntType.fromLong(s, ByteArrayType.sizeOf(self));
                });
        b.classMethod("fromhex", (s, self, a, k) -> BytesOps.fromHex(s, self, a, k, ByteMethods.Kind.BYTEARRAY));
        b.classMethod("maketrans", (s, self, a, k) -> ByteMethods.maketrans(s, a, k));
        return b.build();
    }

    static long repr(ObjectState s, long a) {
        return StrType.fromJava(s, Objects.typeNameOf(a) + "(" + BytesOps.reprText(ByteArrayType.toArray(a)) + ")");
    }

    /** Compares with any bytes-like object, as CPython's {@code bytearray_richcompare} does through buffers. */
    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        long da;
        long na;
        long db;
        long nb;
        if (ByteArrayType.check(s, a)) {
            da = ByteArrayType.data(a);
            na = ByteArrayType.size(a);
        } else if (BytesType.check(a)) {
            da = BytesType.data(a);
            na = BytesType.size(a);
        } else {
            return s.space().notImplemented();
        }
        if (ByteArrayType.check(s, b)) {
            db = ByteArrayType.data(b);
            nb = ByteArrayType.size(b);
        } else if (BytesType.check(b)) {
            db = BytesType.data(b);
            nb = BytesType.size(b);
        } else {
            return s.space().notImplemented();
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) {
            return s.space().bool(op == CompareOp.NE);
        }
        return s.space().bool(op.test(BytesOps.compare(da, na, db, nb)));
    }

    // ---------------------------------------------------------------- reading

    static long item(ObjectState s, long a, long i) {
        long n = ByteArrayType.size(a);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "bytearray index out of range");
        }
        return IntType.fromLong(s, Memory.getByte(ByteArrayType.data(a) + i) & 0xff);
    }

    static long subscript(ObjectState s, long a, long key) {
        if (SeqIndex.isIndex(s, key)) {
            return item(s, a, SeqIndex.subscriptIndex(s, key));
        }
        if (SeqIndex.isSlice(s, key)) {
            long[] r = sliceIndices(s, key, a);
            return ByteArrayType.fromBytes(s, BytesOps.slice(ByteArrayType.data(a), r));
        }
        throw Errors.typeError(s, "bytearray indices must be integers or slices, not " + Objects.typeNameOf(key));
    }

    /**
     * {start, stop, step, count} of {@code slice} over {@code ba}, its bounds converted before the
     * size is read (a bound's {@code __index__} may resize the bytearray), as CPython.
     */
    private static long[] sliceIndices(ObjectState s, long slice, long ba) {
        long[] r = SliceType.unpack(s, slice);
        long count = SliceType.adjustIndices(ByteArrayType.size(ba), r);
        return new long[] {r[0], r[1], r[2], count};
    }

    static long concat(ObjectState s, long a, long b) {
        byte[] right = ByteMethods.bytesLike(s, b);
        if (right == null) {
            throw Errors.typeError(s, "can't concat " + Objects.typeNameOf(b) + " to " + Objects.typeNameOf(a));
        }
        long na = ByteArrayType.size(a);
        long r = ByteArrayType.fromMemory(s, ByteArrayType.data(a), na);
        append(s, r, right);
        return r;
    }

    static long repeat(ObjectState s, long a, long count) {
        long n = ByteArrayType.size(a);
        long r = ByteArrayType.allocate(s, s.space().type(BuiltinType.BYTEARRAY));
        try {
            repeatInto(s, r, ByteArrayType.data(a), n, count);
        } catch (PyException e) {
            Objects.decref(s, r);
            throw e;
        }
        return r;
    }

    /** Sets {@code ba} to {@code count} copies of {@code n} bytes at {@code src} (which may be ba's own buffer). */
    private static void repeatInto(ObjectState s, long ba, long src, long n, long count) {
        if (count < 0) {
            count = 0;
        }
        if (n > 0 && count > StrType.MAX_SIZE / n) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        byte[] unit = n == 0 ? new byte[0] : Memory.segment(src, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        ByteArrayType.resize(s, ba, n * count);
        if (n * count > 0) {
            long data = ByteArrayType.data(ba);
            Memory.segment(data, n).copyFrom(java.lang.foreign.MemorySegment.ofArray(unit));
            BytesOps.fillRepeated(data, n, data, n * count);
        }
    }

    // ---------------------------------------------------------------- in place

    static long inplaceConcat(ObjectState s, long a, long b) {
        byte[] right = ByteMethods.bytesLike(s, b);
        if (right == null) {
            throw Errors.typeError(s, "can't concat " + Objects.typeNameOf(b) + " to " + Objects.typeNameOf(a));
        }
        append(s, a, right);
        return Objects.newRef(a);
    }

    static long inplaceRepeat(ObjectState s, long a, long count) {
        if (!SeqIndex.isIndex(s, count)) {
            return s.space().notImplemented();
        }
        long n = SeqIndex.sizeIndex(s, count);
        repeatInto(s, a, ByteArrayType.data(a), ByteArrayType.size(a), n);
        return Objects.newRef(a);
    }

    /** Appends {@code bytes} at the end. */
    static void append(ObjectState s, long ba, byte[] bytes) {
        long n = ByteArrayType.size(ba);
        ByteArrayType.resize(s, ba, n + bytes.length);
        if (bytes.length > 0) {
            Memory.segment(ByteArrayType.data(ba) + n, bytes.length).copyFrom(MemorySegment.ofArray(bytes));
        }
    }

    // ---------------------------------------------------------------- assignment

    /** {@code ba[key] = value}, or {@code del ba[key]} when {@code value} is 0. */
    static void assignSubscript(ObjectState s, long ba, long key, long value) {
        long start;
        long step;
        long count;
        if (SeqIndex.isIndex(s, key)) {
            long i = SeqIndex.subscriptIndex(s, key);
            int v = value == 0 ? -1 : ByteMethods.byteValue(s, value);
            long n = ByteArrayType.size(ba);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError(s, "bytearray index out of range");
            }
            if (value != 0) {
                Memory.putByte(ByteArrayType.data(ba) + i, (byte) v);
                return;
            }
            start = i;
            step = 1;
            count = 1;
        } else if (SeqIndex.isSlice(s, key)) {
            long[] r = sliceIndices(s, key, ba);
            start = r[0];
            step = r[2];
            count = r[3];
        } else {
            throw Errors.typeError(s, "bytearray indices must be integers or slices, not " + Objects.typeNameOf(key));
        }
        byte[] bytes = new byte[0];
        if (value != 0) {
            if (ByteArrayType.check(s, value) && value != ba) {
                bytes = ByteArrayType.toArray(value);
            } else {
                if (s.slotsOf(value).index != null || IntType.check(value) || FloatType.check(s, value)
                        || StrType.check(value)) {
                    throw Errors.typeError(s, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                bytes = value == ba ? ByteArrayType.toArray(ba) : BytesOps.sourceBytes(s, value, 0, 0, true);
            }
        }
        if (value != 0 && !SeqIndex.isIndex(s, key)) {
            // Converting the value may have run code that resized the bytearray (CPython
            // recomputes the slice in its recursive call for the same reason).
            long[] r = sliceIndices(s, key, ba);
            start = r[0];
            step = r[2];
            count = r[3];
        }
        if (step == 1) {
            setSliceLinear(s, ba, start, start + count, bytes);
            return;
        }
        long data = ByteArrayType.data(ba);
        if (value == 0) {
            deleteExtended(s, ba, start, step, count);
            return;
        }
        if (bytes.length != count) {
            throw Errors.valueError(s, "attempt to assign bytes of size " + bytes.length + " to extended slice of size "
                    + count);
        }
        for (int k = 0; k < count; k++) {
            Memory.putByte(data + start + k * step, bytes[k]);
        }
    }

    /** Replaces {@code ba[lo:hi]} by {@code bytes}, moving the tail. */
    static void setSliceLinear(ObjectState s, long ba, long lo, long hi, byte[] bytes) {
        long n = ByteArrayType.size(ba);
        if (hi < lo) {
            hi = lo;
        }
        long growth = bytes.length - (hi - lo);
        long tail = n - hi;
        if (growth > 0) {
            ByteArrayType.resize(s, ba, n + growth);
            long data = ByteArrayType.data(ba);
            Memory.copy(data + hi, data + hi + growth, tail);
        } else if (growth < 0) {
            long data = ByteArrayType.data(ba);
            Memory.copy(data + hi, data + hi + growth, tail);
            ByteArrayType.resize(s, ba, n + growth);
        }
        if (bytes.length > 0) {
            Memory.segment(ByteArrayType.data(ba) + lo, bytes.length).copyFrom(MemorySegment.ofArray(bytes));
        }
    }

    /** Deletes the {@code count} bytes {@code start, start+step, …} (step ≠ 1). */
    private static void deleteExtended(ObjectState s, long ba, long start, long step, long count) {
        if (count == 0) {
            return;
        }
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        long n = ByteArrayType.size(ba);
        long data = ByteArrayType.data(ba);
        long write = start;
        for (long read = start; read < n; read++) {
            boolean deleted = read >= start && (read - start) % step == 0 && (read - start) / step < count;
            if (!deleted) {
                Memory.putByte(data + write++, Memory.getByte(data + read));
            }
        }
        ByteArrayType.resize(s, ba, n - count);
    }

    // ---------------------------------------------------------------- methods

    static long append(ObjectState s, long self, long args, long kwargs) {
        int v = ByteMethods.byteValue(s, MethodArgs.one(s, "bytearray.append", args, kwargs));
        append(s, self, new byte[] {(byte) v});
        return s.space().none();
    }

    static long extend(ObjectState s, long self, long args, long kwargs) {
        long x = MethodArgs.one(s, "bytearray.extend", args, kwargs);
        byte[] b = ByteMethods.bytesLike(s, x);
        if (b == null) {
            if (!TupleType.check(x) && !ListType.check(x) && !StrType.check(x) && s.slotsOf(x).iter == null) {
                throw Errors.typeError(s, "can't extend bytearray with " + Objects.typeNameOf(x));
            }
            long[] items = Sequences.toArray(s, x, null);
            try {
                b = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    b[i] = (byte) ByteMethods.byteValue(s, items[i]);
                }
            } finally {
                Sequences.release(s, items);
            }
        }
        append(s, self, b);
        return s.space().none();
    }

    static long pop(ObjectState s, long self, long args, long kwargs) {
        long[] a = MethodArgs.positional(s, "pop", args, kwargs, 0, 1);
        long i = a[0] == 0 ? -1 : SeqIndex.ssizeArg(s, a[0]);
        long n = ByteArrayType.size(self);
        if (n == 0) {
            throw Errors.indexError(s, "pop from empty bytearray");
        }
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "pop index out of range");
        }
        long data = ByteArrayType.data(self);
        int v = Memory.getByte(data + i) & 0xff;
        Memory.copy(data + i + 1, data + i, n - i - 1);
        ByteArrayType.resize(s, self, n - 1);
        return IntType.fromLong(s, v);
    }

    static long insert(ObjectState s, long self, long args, long kwargs) {
        long[] a = MethodArgs.positional(s, "insert", args, kwargs, 2, 2);
        long i = SeqIndex.ssizeArg(s, a[0]);
        int v = ByteMethods.byteValue(s, a[1]);
        long n = ByteArrayType.size(self);
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        i = Math.min(i, n);
        setSliceLinear(s, self, i, i, new byte[] {(byte) v});
        return s.space().none();
    }

    static long remove(ObjectState s, long self, long args, long kwargs) {
        int v = ByteMethods.byteValue(s, MethodArgs.one(s, "bytearray.remove", args, kwargs));
        long n = ByteArrayType.size(self);
        long data = ByteArrayType.data(self);
        for (long i = 0; i < n; i++) {
            if ((Memory.getByte(data + i) & 0xff) == v) {
                setSliceLinear(s, self, i, i + 1, new byte[0]);
                return s.space().none();
            }
        }
        throw Errors.valueError(s, "value not found in bytearray");
    }

    // ---------------------------------------------------------------- constructor

    /** {@code bytearray(source=b'', encoding=None, errors=None)}. */
    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        long[] a = MethodArgs.keywords(s, "bytearray", args, kwargs, 0, "source", "encoding", "errors");
        byte[] content = BytesOps.sourceBytes(s, a[0], a[1], a[2], true);
        long ba = ByteArrayType.allocate(s, type);
        try {
            append(s, ba, content);
        } catch (PyException e) {
            Objects.decref(s, ba);
            throw e;
        }
        return ba;
    }
}

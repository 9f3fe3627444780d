package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The behaviour of {@code bytes} ({@link BytesType} holds the layout): repr, hash, comparison,
 * the sequence slots, the constructor and the method table (shared with bytearray in
 * {@link ByteMethods}). Also the helpers both byte types use for their repr and constructors.
 * Stateless.
 */
final class BytesOps {
    private BytesOps() {}

    static TypeSlots slots() {
        TypeSlots.Builder b = TypeSlots.builder()
                .repr((s, a) -> StrType.fromJava(s, reprText(BytesType.toArray(a))))
                .hash((s, a) -> BytesType.hash(a))
                .richCompare(BytesOps::richCompare)
                .length((s, a) -> BytesType.size(a))
                .item(BytesOps::item)
                .subscript(BytesOps::subscript)
                .concat(BytesOps::concat)
                .repeat(BytesOps::repeat)
                .iter((s, a) -> IteratorType.sequenceIterator(s, BuiltinType.BYTES_ITERATOR, a))
                .number(NumberOp.REMAINDER, (s, a, b2) -> BytesType.check(a)
                        ? BytesType.fromBytes(s, BytesPercent.format(s, BytesType.toArray(a), b2))
                        : s.space().notImplemented())
                .contains((s, a, x) -> contains(s, a, ByteMethods.Kind.BYTES, x))
                .newInstance(BytesOps::newInstance)
                .dealloc((s, a) -> s.freeObject(a));
        MethodArgs.Registrar r = MethodArgs.checkingSelf(b, "bytes", (s, self) -> BytesType.check(self));
        ByteMethods.register(r, ByteMethods.Kind.BYTES);
        r.method("__sizeof__", (s, self, a, k) -> {
            MethodArgs.none(s, "bytes.__sizeof__", a, k);
            return IntType.fromLong(s, BytesType.sizeOf(self));
        });
        b.classMethod("fromhex", (s, self, a, k) -> fromHex(s, self, a, k, ByteMethods.Kind.BYTES));
        b.classMethod("maketrans", (s, self, a, k) -> ByteMethods.maketrans(s, a, k));
        return b.build();
    }

    /**
     * {@code fromhex} as the classmethod CPython has, with what the method table can express
     * today: called on the type ({@code bytes.fromhex(s)}) the string arrives as {@code self};
     * called on an instance it is the one argument.
     */
    static long fromHex(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k) {
        long string = MethodArgs.one(s, k.name + ".fromhex", args, kwargs);
        return ByteMethods.fromHex(s, string, k);
    }

    /** CPython's {@code PyBytes_Repr} with smart quotes: {@code b'…'}, or {@code b"…"} for text with ' and no ". */
    static String reprText(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte c : b) {
            single |= c == '\'';
            dbl |= c == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!BytesType.check(a) || !BytesType.check(b)) {
            return s.space().notImplemented();
        }
        return s.space().bool(op.test(compare(BytesType.data(a), BytesType.size(a), BytesType.data(b),
                BytesType.size(b))));
    }

    /** Unsigned lexicographic order of two byte ranges. */
    static int compare(long a, long na, long b, long nb) {
        long n = Math.min(na, nb);
        long at = n == 0 ? -1 : Memory.segment(a, n).mismatch(Memory.segment(b, n));
        if (at >= 0) {
            return Integer.compare(Memory.getByte(a + at) & 0xff, Memory.getByte(b + at) & 0xff);
        }
        return Long.compare(na, nb);
    }

    static long item(ObjectState s, long a, long i) {
        long n = BytesType.size(a);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "index out of range");
        }
        return IntType.fromLong(s, Memory.getByte(BytesType.data(a) + i) & 0xff);
    }

    static long subscript(ObjectState s, long a, long key) {
        if (SeqIndex.isIndex(s, key)) {
            return item(s, a, SeqIndex.subscriptIndex(s, key));
        }
        if (SeqIndex.isSlice(s, key)) {
            long[] r = SeqIndex.sliceIndices(s, key, BytesType.size(a));
            if (r[2] == 1 && r[3] == BytesType.size(a) && Objects.type(a) == s.space().type(BuiltinType.BYTES)) {
                return Objects.newRef(a);
            }
            byte[] out = slice(BytesType.data(a), r);
            return BytesType.fromBytes(s, out);
        }
        throw Errors.typeError(s, "byte indices must be integers or slices, not " + Objects.typeNameOf(key));
    }

    /** The bytes of {@code data[start::step]} for {@code r = {start, stop, step, count}}. */
    static byte[] slice(long data, long[] r) {
        byte[] out = new byte[(int) r[3]];
        if (r[2] == 1) {
            if (out.length > 0) {
                Memory.segment(data + r[0], out.length).asByteBuffer().get(out);
            }
            return out;
        }
        for (int k = 0; k < out.length; k++) {
            out[k] = Memory.getByte(data + r[0] + k * r[2]);
        }
        return out;
    }

    static long concat(ObjectState s, long a, long b) {
        byte[] right = ByteMethods.bytesLike(s, b);
        if (right == null) {
            throw Errors.typeError(s, "can't concat " + Objects.typeNameOf(b) + " to " + Objects.typeNameOf(a));
        }
        long na = BytesType.size(a);
        long bytesType = s.space().type(BuiltinType.BYTES);
        if (right.length == 0 && Objects.type(a) == bytesType) {
            return Objects.newRef(a);
        }
        if (na == 0 && Objects.type(b) == bytesType) {
            return Objects.newRef(b);
        }
        long r = BytesType.allocate(s, na + right.length);
        Memory.copy(BytesType.data(a), BytesType.data(r), na);
        Memory.segment(BytesType.data(r) + na, right.length).copyFrom(java.lang.foreign.MemorySegment.ofArray(right));
        return r;
    }

    static long repeat(ObjectState s, long a, long count) {
        long n = BytesType.size(a);
        if (count < 0) {
            count = 0;
        }
        if (count == 1 && Objects.type(a) == s.space().type(BuiltinType.BYTES)) {
            return Objects.newRef(a);
        }
        if (n == 0 || count == 0) {
            return s.space().emptyBytes();
        }
        if (n > Long.MAX_VALUE / count) {
            throw Errors.overflowError(s, "repeated bytes are too long");
        }
        long r = BytesType.allocate(s, n * count);
        fillRepeated(BytesType.data(a), n, BytesType.data(r), n * count);
        return r;
    }

    /** Writes {@code total} bytes at {@code dst} repeating the {@code n} bytes at {@code src} (disjoint). */
    static void fillRepeated(long src, long n, long dst, long total) {
        if (n == 1) {
            Memory.fill(dst, total, Memory.getByte(src));
            return;
        }
        Memory.copy(src, dst, n);
        long done = n;
        while (done < total) {
            long chunk = Math.min(done, total - done);
            Memory.copy(dst, dst + done, chunk);
            done += chunk;
        }
    }

    /**
     * {@code _Py_bytes_contains}: an int byte value or a bytes-like subsequence. The receiver's
     * bytes are read only after {@code x} is converted (its {@code __index__} may resize a
     * bytearray).
     */
    static boolean contains(ObjectState s, long self, ByteMethods.Kind k, long x) {
        byte[] sub;
        if (SeqIndex.isIndex(s, x)) {
            long i = Abstract.index(s, x);
            long v;
            try {
                v = IntType.fitsLong(i) ? IntType.longValue(i) : -1;
            } finally {
                Objects.decref(s, i);
            }
            if (v < 0 || v >= 256) {
                throw Errors.valueError(s, "byte must be in range(0, 256)");
            }
            sub = new byte[] {(byte) v};
        } else {
            sub = ByteMethods.buffer(s, x);
        }
        byte[] text = k.read(self);
        return ByteSearch.indexOf(text, sub, 0, text.length) >= 0;
    }

    // ---------------------------------------------------------------- constructor

    /** {@code bytes(source=b'', encoding=None, errors=None)}. */
    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        long[] a = MethodArgs.keywords(s, "bytes", args, kwargs, 0, "source", "encoding", "errors");
        byte[] content = sourceBytes(s, a[0], a[1], a[2], false);
        long r = BytesType.fromBytes(s, content);
        if (type == s.space().type(BuiltinType.BYTES)) {
            return r;
        }
        try {
            long size = BytesType.sizeOf(r);
            long sub = s.allocObject(type, size);
            Memory.copy(r + BytesType.SIZE_OFFSET, sub + BytesType.SIZE_OFFSET, size - BytesType.SIZE_OFFSET);
            return sub;
        } finally {
            Objects.decref(s, r);
        }
    }

    /**
     * The contents {@code bytes(...)} or {@code bytearray(...)} ({@code forArray}) makes of
     * source/encoding/errors (each an object or 0), with each constructor's messages.
     */
    static byte[] sourceBytes(ObjectState s, long x, long encoding, long errors, boolean forArray) {
        String name = forArray ? "bytearray" : "bytes";
        if (x == 0 || !StrType.check(x)) {
            if (encoding != 0 || errors != 0) {
                throw Errors.typeError(s, encoding != 0 ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            if (x == 0) {
                return new byte[0];
            }
        } else {
            if (encoding == 0) {
                throw Errors.typeError(s, "string argument without an encoding");
            }
            String enc = Codecs.stringArg(s, name, "encoding", encoding);
            String err = errors == 0 ? "strict" : Codecs.stringArg(s, name, "errors", errors);
            long encoded = Codecs.encode(s, x, enc, err);
            try {
                return BytesType.toArray(encoded);
            } finally {
                Objects.decref(s, encoded);
            }
        }
        if (SeqIndex.isIndex(s, x)) {
            long n = SeqIndex.sizeIndex(s, x);
            if (n < 0) {
                throw Errors.valueError(s, "negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
            }
            return new byte[(int) n];
        }
        byte[] b = ByteMethods.bytesLike(s, x);
        if (b != null) {
            return b;
        }
        if (!TupleType.check(x) && !ListType.check(x) && s.slotsOf(x).iter == null) {
            throw Errors.typeError(s, "cannot convert '" + Objects.typeNameOf(x) + "' object to " + name);
        }
        long[] items = Sequences.toArray(s, x, null);
        try {
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                int v;
                try {
                    v = ByteMethods.byteValue(s, items[i]);
                } catch (PyException e) {
                    if (!forArray && e.matches(s.space().type(BuiltinType.VALUE_ERROR))) {
                        e.release(s);
                        throw Errors.valueError(s, "bytes must be in range(0, 256)");
                    }
                    throw e;
                }
                out[i] = (byte) v;
            }
            return out;
        } finally {
            Sequences.release(s, items);
        }
    }
}

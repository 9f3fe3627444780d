package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The behaviour of {@code str} ({@link StrType} holds the layout): repr, hash, comparison,
 * the sequence slots (index, slice, concatenation, repetition, {@code in}), {@code %}, the
 * constructor, and the method table (methods in {@link StrMethods}, {@link StrCase},
 * {@link StrFormat}, {@link StrFormatter}, {@link Codecs}). Iterators are
 * {@link IteratorType}'s {@code str_iterator}. Stateless.
 */
final class StrOps {
    private StrOps() {}

    static TypeSlots slots() {
        TypeSlots.Builder b = TypeSlots.builder()
                .repr(StrOps::repr)
                .str((s, a) -> StrType.substring(s, a, 0, StrType.length(a)))
                .hash((s, a) -> StrType.hash(a))
                .richCompare(StrOps::richCompare)
                .length((s, a) -> StrType.length(a))
                .item(StrOps::item)
                .subscript(StrOps::subscript)
                .concat(StrOps::concat)
                .repeat(StrOps::repeat)
                .iter((s, a) -> IteratorType.sequenceIterator(s, BuiltinType.STR_ITERATOR, a))
                .contains(StrOps::contains)
                .number(NumberOp.REMAINDER, (s, a, b2) -> StrType.check(a) ? StrPercent.format(s, a, b2)
                        : s.space().notImplemented())
                .newInstance(StrOps::newInstance)
                .dealloc((s, a) -> s.freeObject(a));
        MethodArgs.Registrar r = MethodArgs.checkingSelf(b, "str", (s, self) -> StrType.check(self));
        StrMethods.register(r);
        StrCase.register(r);
        b.classMethod("maketrans", StrTranslate::maketrans);
        r.method("format", StrFormatter::formatMethod)
                .method("format_map", (s, self, a, k) ->
                        StrFormatter.format(s, self, 0, MethodArgs.one(s, "str.format_map", a, k)))
                .method("__format__", (s, self, a, k) -> {
                    long spec = MethodArgs.one(s, "str.__format__", a, k);
                    if (!StrType.check(spec)) {
                        throw Errors.typeError(s, "__format__() argument must be str, not "
                                + MethodArgs.clinicTypeName(s, spec));
                    }
                    return StrFormat.format(s, self, spec);
                })
                .method("encode", Codecs::encodeMethod)
                .method("__mod__", (s, self, a, k) ->
                        StrPercent.format(s, self, MethodArgs.one(s, "str.__mod__", a, k)))
                .method("__sizeof__", (s, self, a, k) -> {
                    MethodArgs.none(s, "str.__sizeof__", a, k);
                    return IntType.fromLong(s, StrType.sizeOf(self));
                });
        return b.build();
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!StrType.check(b)) {
            return s.space().notImplemented();
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return s.space().bool(StrType.equals(a, b) == (op == CompareOp.EQ));
        }
        return s.space().bool(op.test(StrType.compare(a, b)));
    }

    /** CPython's {@code unicode_repr}: single quotes unless the text has ' and no ". */
    static long repr(ObjectState s, long a) {
        int[] cps = StrType.codePoints(a);
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int c : cps) {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StrBuilder out = new StrBuilder(cps.length + 2).append(quote);
        for (int c : cps) {
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(hexEscape('x', c, 2));
            } else if (c < 0x7f || UnicodeProps.isPrintable(c)) {
                out.append(c);
            } else if (c <= 0xff) {
                out.append(hexEscape('x', c, 2));
            } else if (c <= 0xffff) {
                out.append(hexEscape('u', c, 4));
            } else {
                out.append(hexEscape('U', c, 8));
            }
        }
        return out.append(quote).build(s);
    }

    static String hexEscape(char kind, int c, int digits) {
        String hex = Integer.toHexString(c);
        return "\\" + kind + "0".repeat(Math.max(0, digits - hex.length())) + hex;
    }

    /** {@code str.isprintable()} for one code point (kept for callers of the old name). */
    static boolean isPrintable(int c) {
        return UnicodeProps.isPrintable(c);
    }

    // ---------------------------------------------------------------- sequence slots

    static long item(ObjectState s, long a, long i) {
        long n = StrType.length(a);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "string index out of range");
        }
        return charAt(s, a, i);
    }

    /** A new reference to the one-character str {@code a[i]}. */
    static long charAt(ObjectState s, long a, long i) {
        int c = StrType.codePointAt(a, i);
        if (c < 256) {
            return s.space().latin1Char(c);
        }
        long r = StrType.allocate(s, 1, c);
        StrType.putCodePoint(r, 0, c);
        return r;
    }

    static long subscript(ObjectState s, long a, long key) {
        if (SeqIndex.isIndex(s, key)) {
            return item(s, a, SeqIndex.subscriptIndex(s, key));
        }
        if (SeqIndex.isSlice(s, key)) {
            long[] r = SeqIndex.sliceIndices(s, key, StrType.length(a));
            return slice(s, a, r[0], r[2], r[3]);
        }
        throw Errors.typeError(s, "string indices must be integers, not '" + Objects.typeNameOf(key) + "'");
    }

    /** {@code a[start::step]} for {@code count} code points. */
    static long slice(ObjectState s, long a, long start, long step, long count) {
        if (step == 1) {
            return StrType.substring(s, a, start, start + count);
        }
        if (count == 0) {
            return s.space().emptyStr();
        }
        int max = 0;
        for (long k = 0, i = start; k < count; k++, i += step) {
            max = Math.max(max, StrType.codePointAt(a, i));
        }
        if (count == 1 && max < 256) {
            return s.space().latin1Char(max);
        }
        long r = StrType.allocate(s, count, max);
        for (long k = 0, i = start; k < count; k++, i += step) {
            StrType.putCodePoint(r, k, StrType.codePointAt(a, i));
        }
        return r;
    }

    static long concat(ObjectState s, long a, long b) {
        if (!StrType.check(b)) {
            throw Errors.typeError(s, "can only concatenate str (not \"" + Objects.typeNameOf(b) + "\") to str");
        }
        long strType = s.space().type(BuiltinType.STR);
        long na = StrType.length(a);
        long nb = StrType.length(b);
        if (na == 0 && Objects.type(b) == strType) {
            return Objects.newRef(b);
        }
        if (nb == 0 && Objects.type(a) == strType) {
            return Objects.newRef(a);
        }
        if (na > Long.MAX_VALUE - nb) {
            throw Errors.overflowError(s, "strings are too large to concat");
        }
        int max = Math.max(maxChar(a), maxChar(b));
        long r = StrType.allocate(s, na + nb, max);
        copyInto(r, 0, a);
        copyInto(r, na, b);
        return r;
    }

    /** An upper bound of the str's largest code point that selects the same kind and ASCII bit. */
    static int maxChar(long a) {
        return switch (StrType.kind(a)) {
            case 1 -> StrType.isAscii(a) ? 0x7f : 0xff;
            case 2 -> 0xffff;
            default -> 0x10ffff;
        };
    }

    /** Copies the code points of {@code src} to {@code dst} from index {@code at}, widening as needed. */
    static void copyInto(long dst, long at, long src) {
        long n = StrType.length(src);
        int kind = StrType.kind(src);
        if (StrType.kind(dst) == kind) {
            Memory.copy(StrType.data(src), StrType.data(dst) + at * kind, n * kind);
            return;
        }
        for (long i = 0; i < n; i++) {
            StrType.putCodePoint(dst, at + i, StrType.codePointAt(src, i));
        }
    }

    static long repeat(ObjectState s, long a, long count) {
        long n = StrType.length(a);
        if (count < 0) {
            count = 0;
        }
        if (count == 1 && Objects.type(a) == s.space().type(BuiltinType.STR)) {
            return Objects.newRef(a);
        }
        if (n == 0 || count == 0) {
            return s.space().emptyStr();
        }
        if (n > Long.MAX_VALUE / count) {
            throw Errors.overflowError(s, "repeated string is too long");
        }
        long total = n * count;
        long r = StrType.allocate(s, total, maxChar(a));
        int kind = StrType.kind(r);
        long data = StrType.data(r);
        if (n == 1 && kind == 1) {
            Memory.fill(data, total, Memory.getByte(StrType.data(a)));
        } else {
            Memory.copy(StrType.data(a), data, n * kind);
            long done = n * kind;
            long size = total * kind;
            while (done < size) {
                long chunk = Math.min(done, size - done);
                Memory.copy(data, data + done, chunk);
                done += chunk;
            }
        }
        return r;
    }

    static boolean contains(ObjectState s, long a, long item) {
        if (!StrType.check(item)) {
            throw Errors.typeError(s, "'in <string>' requires string as left operand, not " + Objects.typeNameOf(item));
        }
        long m = StrType.length(item);
        long n = StrType.length(a);
        if (m == 0) {
            return true;
        }
        if (m > n || StrType.kind(item) > StrType.kind(a)) {
            return false;
        }
        int[] text = StrType.codePoints(a);
        int[] sub = StrType.codePoints(item);
        return StrSearch.indexOf(text, sub, 0, text.length) >= 0;
    }

    // ---------------------------------------------------------------- constructor

    /** {@code str(object='')}, {@code str(object=b'', encoding='utf-8', errors='strict')}. */
    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        long[] a = MethodArgs.keywords(s, "str", args, kwargs, 0, "object", "encoding", "errors");
        long r;
        if (a[1] == 0 && a[2] == 0) {
            r = a[0] == 0 ? s.space().emptyStr() : Abstract.str(s, a[0]);
        } else {
            r = Codecs.decodeObject(s, a[0] == 0 ? s.space().emptyBytes() : a[0], a[1], a[2]);
        }
        if (type == s.space().type(BuiltinType.STR)) {
            return r;
        }
        try {
            long size = StrType.sizeOf(r);
            long sub = s.allocObject(type, size);
            Memory.copy(r + StrType.LENGTH_OFFSET, sub + StrType.LENGTH_OFFSET, size - StrType.LENGTH_OFFSET);
            int state = Memory.getInt(sub + StrType.STATE_OFFSET);
            Memory.putInt(sub + StrType.STATE_OFFSET, state & ~StrType.INTERNED_BIT);
            return sub;
        } finally {
            Objects.decref(s, r);
        }
    }
}

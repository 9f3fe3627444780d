package dev.isola.objects;

/**
 * {@code str.translate} and its companion {@code str.maketrans} (CPython's
 * {@code unicode_maketrans_impl}), which builds the table {@code translate} reads: a dict from
 * code points (ints) to ints, strs or None. Stateless.
 */
final class StrTranslate {
    private StrTranslate() {}

    /**
     * {@code str.maketrans(x[, y[, z]])}, a static method (registered as a class method whose
     * type argument is ignored). One argument: an exact dict (not a subclass, as CPython's {@code PyDict_CheckExact}) whose one-character str keys become code
     * points. Two or three: equal-length strs mapped position by position, and the code points
     * of {@code z} mapped to None. A new dict.
     */
    static long maketrans(ObjectState s, long type, long args, long kwargs) {
        if (MethodArgs.hasKeywords(kwargs)) {
            throw Errors.typeError(s, "str.maketrans() takes no keyword arguments");
        }
        long[] a = MethodArgs.positional(s, "maketrans", args, 0, 1, 3);
        for (int i = 1; i < 3; i++) {
            if (a[i] != 0 && !StrType.check(a[i])) {
                throw Errors.typeError(s, "maketrans() argument " + (i + 1) + " must be str, not "
                        + MethodArgs.clinicTypeName(s, a[i]));
            }
        }
        long result = DictType.newDict(s);
        try {
            if (a[1] == 0) {
                fromDict(s, a[0], result);
            } else {
                fromStrings(s, a[0], a[1], a[2], result);
            }
            return result;
        } catch (RuntimeException e) {
            Objects.decref(s, result);
            throw e;
        }
    }

    private static void fromDict(ObjectState s, long map, long result) {
        if (Objects.type(map) != s.space().type(BuiltinType.DICT)) {
            throw Errors.typeError(s, "if you give only one argument to maketrans it must be a dict");
        }
        long[] cursor = new long[3];
        while (DictType.next(map, cursor)) {
            long key = cursor[1];
            if (StrType.check(key)) {
                if (StrType.length(key) != 1) {
                    throw Errors.valueError(s, "string keys in translate table must be of length 1");
                }
                put(s, result, StrType.codePointAt(key, 0), cursor[2]);
            } else if (IntType.check(key)) {
                DictType.setItem(s, result, key, cursor[2]);
            } else {
                throw Errors.typeError(s, "keys in translate table must be strings or integers");
            }
        }
    }

    private static void fromStrings(ObjectState s, long x, long y, long z, long result) {
        if (!StrType.check(x)) {
            throw Errors.typeError(s, "first maketrans argument must be a string if there is a second argument");
        }
        if (StrType.length(x) != StrType.length(y)) {
            throw Errors.valueError(s, "the first two maketrans arguments must have equal length");
        }
        for (long i = 0, n = StrType.length(x); i < n; i++) {
            long to = IntType.fromLong(s, StrType.codePointAt(y, i));
            try {
                put(s, result, StrType.codePointAt(x, i), to);
            } finally {
                Objects.decref(s, to);
            }
        }
        if (z != 0) {
            for (long i = 0, n = StrType.length(z); i < n; i++) {
                put(s, result, StrType.codePointAt(z, i), s.space().none());
            }
        }
    }

    /** {@code result[codePoint] = value}; {@code value} borrowed. */
    private static void put(ObjectState s, long result, int codePoint, long value) {
        long key = IntType.fromLong(s, codePoint);
        try {
            DictType.setItem(s, result, key, value);
        } finally {
            Objects.decref(s, key);
        }
    }

    /**
     * {@code str.translate(table)}: each code point looked up in {@code table} (any object with
     * {@code __getitem__}); a LookupError keeps it, None deletes it, an int or a str replaces it.
     */
    static long translate(ObjectState s, long self, long args, long kwargs) {
        long table = MethodArgs.one(s, "str.translate", args, kwargs);
        int[] t = StrType.codePoints(self);
        StrBuilder out = new StrBuilder(t.length);
        java.util.Map<Integer, int[]> cache = new java.util.HashMap<>();
        for (int c : t) {
            int[] mapped = cache.get(c);
            if (mapped == null) {
                mapped = translateOne(s, table, c);
                cache.put(c, mapped);
            }
            out.append(mapped, 0, mapped.length);
        }
        return out.build(s);
    }

    private static int[] translateOne(ObjectState s, long table, int c) {
        long key = IntType.fromLong(s, c);
        long value;
        try {
            value = Abstract.getItem(s, table, key);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.LOOKUP_ERROR))) {
                throw e;
            }
            e.release(s);
            return new int[] {c};
        } finally {
            Objects.decref(s, key);
        }
        try {
            if (value == s.space().none()) {
                return new int[0];
            }
            if (IntType.check(value)) {
                long v = IntType.fitsLong(value) ? IntType.longValue(value) : -1;
                if (v < 0 || v > 0x10ffff) {
                    throw Errors.valueError(s, "character mapping must be in range(0x110000)");
                }
                return new int[] {(int) v};
            }
            if (StrType.check(value)) {
                return StrType.codePoints(value);
            }
            throw Errors.typeError(s, "character mapping must return integer, None or str");
        } finally {
            Objects.decref(s, value);
        }
    }
}

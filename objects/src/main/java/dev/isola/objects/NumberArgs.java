package dev.isola.objects;

/**
 * Argument parsing for the methods and constructors of {@code int}, {@code float} and
 * {@code bool}, with the messages CPython's Argument Clinic produces. Results are borrowed
 * references into {@code args} and {@code kwargs} (0 for an absent argument): valid while the
 * caller's arguments are.
 *
 * <p>Keyword arguments are read through the generic protocols ({@link Abstract#iter},
 * {@link Abstract#getItem}), so this class does not depend on the dict layout.
 */
final class NumberArgs {
    private NumberArgs() {}

    /** A METH_NOARGS method: {@code qualname} like {@code int.bit_length}. */
    static void none(ObjectState s, String qualname, long args, long kwargs) {
        noKeywords(s, qualname, kwargs);
        long n = TupleType.size(args);
        if (n != 0) {
            throw Errors.typeError(s, qualname + "() takes no arguments (" + n + " given)");
        }
    }

    /** A METH_O method: exactly one positional argument, returned borrowed. */
    static long one(ObjectState s, String qualname, long args, long kwargs) {
        noKeywords(s, qualname, kwargs);
        long n = TupleType.size(args);
        if (n != 1) {
            throw Errors.typeError(s, qualname + "() takes exactly one argument (" + n + " given)");
        }
        return TupleType.getItem(args, 0);
    }

    static void noKeywords(ObjectState s, String qualname, long kwargs) {
        if (hasKeywords(kwargs)) {
            throw Errors.typeError(s, qualname + "() takes no keyword arguments");
        }
    }

    static boolean hasKeywords(long kwargs) {
        return kwargs != 0 && DictType.size(kwargs) != 0;
    }

    /**
     * Clinic-style parameters: {@code names[0 … maxPositional-1]} may come by position or by
     * name, the rest only by name; the first {@code required} are required. Returns one borrowed
     * reference (or 0) per name.
     */
    static long[] parse(ObjectState s, String fname, long args, long kwargs, int required, int maxPositional,
            String... names) {
        return parse(s, fname, 0, args, kwargs, required, maxPositional, names);
    }

    /**
     * As above with {@code first} (unless 0) before the positional arguments: for a class method
     * reached through the type ({@code int.from_bytes(b)}), whose first argument arrives as self.
     */
    static long[] parse(ObjectState s, String fname, long first, long args, long kwargs, int required,
            int maxPositional, String... names) {
        int shift = first != 0 ? 1 : 0;
        long n = TupleType.size(args) + shift;
        if (n > maxPositional) {
            throw Errors.typeError(s, fname + "() takes at most " + maxPositional + " positional argument"
                    + (maxPositional == 1 ? "" : "s") + " (" + n + " given)");
        }
        long[] out = new long[names.length];
        if (first != 0) {
            out[0] = first;
        }
        for (int i = shift; i < n; i++) {
            out[i] = TupleType.getItem(args, i - shift);
        }
        if (hasKeywords(kwargs)) {
            readKeywords(s, fname, kwargs, names, out, (int) n);
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == 0) {
                throw Errors.typeError(s, fname + "() missing required argument '" + names[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return out;
    }

    private static void readKeywords(ObjectState s, String fname, long kwargs, String[] names, long[] out,
            int positional) {
        long it = Abstract.iter(s, kwargs);
        try {
            for (long key = Abstract.next(s, it); key != 0; key = Abstract.next(s, it)) {
                try {
                    if (!StrType.check(key)) {
                        throw Errors.typeError(s, "keywords must be strings");
                    }
                    String name = StrType.toJava(key);
                    int at = -1;
                    for (int i = 0; i < names.length; i++) {
                        if (names[i].equals(name)) {
                            at = i;
                        }
                    }
                    if (at < 0) {
                        throw Errors.typeError(s, "'" + name + "' is an invalid keyword argument for " + fname + "()");
                    }
                    if (at < positional) {
                        throw Errors.typeError(s, "argument for " + fname + "() given by name ('" + name
                                + "') and position (" + (at + 1) + ")");
                    }
                    long value = Abstract.getItem(s, kwargs, key);
                    // The dict keeps its own reference for the duration of the call: hand out a borrowed one.
                    Objects.decref(s, value);
                    out[at] = value;
                } finally {
                    Objects.decref(s, key);
                }
            }
        } finally {
            Objects.decref(s, it);
        }
    }

    /** {@code x.__index__()} as a Java long; OverflowError (CPython's text) when it does not fit. */
    static long asLong(ObjectState s, long x, String what) {
        long i = Abstract.index(s, x);
        try {
            if (!IntType.fitsLong(i)) {
                throw Errors.overflowError(s, "Python int too large to convert to C " + what);
            }
            return IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }
}

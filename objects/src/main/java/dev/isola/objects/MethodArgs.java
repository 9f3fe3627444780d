package dev.isola.objects;

/**
 * Argument checking for the methods of {@code str}, {@code bytes} and {@code bytearray}, with the
 * exact messages of the CPython 3.11 machinery each method uses there:
 *
 * <pre>
 *   METH_NOARGS          str.upper() takes no arguments (1 given)
 *   METH_O               str.join() takes exactly one argument (0 given)
 *   clinic, positional   replace expected at least 2 arguments, got 1
 *   PyArg_ParseTuple     find() takes at most 3 arguments (4 given)
 *   clinic, keywords     split() takes at most 2 arguments (3 given)
 * </pre>
 *
 * Results are borrowed references into {@code args}/{@code kwargs}, 0 for an absent argument.
 * Stateless.
 */
final class MethodArgs {
    private MethodArgs() {}

    /** Receives a type's methods while its slot table is built; {@link #method} chains. */
    @FunctionalInterface
    interface Registrar {
        void add(String name, SlotFunctions.TernaryFunc impl);

        default Registrar method(String name, SlotFunctions.TernaryFunc impl) {
            add(name, impl);
            return this;
        }
    }

    /**
     * Adds methods to {@code b}, each first checking that {@code self} is an instance (an
     * unbound {@code str.upper(5)} must not read an int as a str): "descriptor 'upper' for
     * 'str' objects doesn't apply to a 'int' object".
     */
    static Registrar checkingSelf(TypeSlots.Builder b, String typeName,
            java.util.function.BiPredicate<ObjectState, Long> isInstance) {
        return (name, impl) -> b.method(name, (s, self, args, kwargs) -> {
            if (!isInstance.test(s, self)) {
                throw Errors.typeError(s, "descriptor '" + name + "' for '" + typeName
                        + "' objects doesn't apply to a '" + Objects.typeNameOf(self) + "' object");
            }
            return impl.apply(s, self, args, kwargs);
        });
    }

    static boolean hasKeywords(long kwargs) {
        return kwargs != 0 && DictType.size(kwargs) != 0;
    }

    private static void noKeywords(ObjectState s, String fname, long kwargs) {
        if (hasKeywords(kwargs)) {
            throw Errors.typeError(s, fname + "() takes no keyword arguments");
        }
    }

    /** METH_NOARGS; {@code qualname} as {@code str.upper}. */
    static void none(ObjectState s, String qualname, long args, long kwargs) {
        noKeywords(s, qualname, kwargs);
        long n = TupleType.size(args);
        if (n != 0) {
            throw Errors.typeError(s, qualname + "() takes no arguments (" + n + " given)");
        }
    }

    /** METH_O: the one argument. */
    static long one(ObjectState s, String qualname, long args, long kwargs) {
        noKeywords(s, qualname, kwargs);
        long n = TupleType.size(args);
        if (n != 1) {
            throw Errors.typeError(s, qualname + "() takes exactly one argument (" + n + " given)");
        }
        return TupleType.getItem(args, 0);
    }

    /** Argument Clinic, positional-only parameters ({@code _PyArg_CheckPositional}). */
    static long[] positional(ObjectState s, String name, long args, long kwargs, int min, int max) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n < min) {
            throw Errors.typeError(s, name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(s, name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
        return unpack(args, max);
    }

    /** {@code PyArg_ParseTuple(args, "O|OO:name")} style. */
    static long[] tuple(ObjectState s, String name, long args, long kwargs, int min, int max) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n < min || n > max) {
            int bound = n < min ? min : max;
            throw Errors.typeError(s, name + "() takes " + (min == max ? "exactly" : n < min ? "at least" : "at most")
                    + " " + bound + " argument" + (bound == 1 ? "" : "s") + " (" + n + " given)");
        }
        return unpack(args, max);
    }

    private static long[] unpack(long args, int max) {
        long[] out = new long[max];
        for (int i = 0, n = (int) TupleType.size(args); i < n; i++) {
            out[i] = TupleType.getItem(args, i);
        }
        return out;
    }

    /**
     * Argument Clinic with keywords ({@code _PyArg_UnpackKeywords}): every parameter may be given
     * by position or by name; the first {@code required} must be given.
     */
    static long[] keywords(ObjectState s, String fname, long args, long kwargs, int required, String... names) {
        long n = TupleType.size(args);
        long nk = kwargs == 0 ? 0 : DictType.size(kwargs);
        int max = names.length;
        if (n + nk > max) {
            throw Errors.typeError(s, fname + "() takes at most " + max + " " + (n == 0 ? "keyword " : "") + "argument"
                    + (max == 1 ? "" : "s") + " (" + (n + nk) + " given)");
        }
        long[] out = unpack(args, max);
        if (nk > 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                long key = cursor[1];
                int at = -1;
                if (StrType.check(key)) {
                    String k = StrType.toJava(key);
                    for (int i = 0; i < max; i++) {
                        if (names[i].equals(k)) {
                            at = i;
                        }
                    }
                }
                if (at < 0) {
                    String shown = StrType.check(key) ? StrType.toJava(key) : Abstract.reprJava(s, key);
                    throw Errors.typeError(s, "'" + shown + "' is an invalid keyword argument for " + fname + "()");
                }
                if (at < n) {
                    throw Errors.typeError(s, "argument for " + fname + "() given by name ('" + names[at]
                            + "') and position (" + (at + 1) + ")");
                }
                out[at] = cursor[2];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == 0) {
                throw Errors.typeError(s, fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return out;
    }

    /** The type name Argument Clinic's {@code _PyArg_BadArgument} shows: "None" for None itself. */
    static String clinicTypeName(ObjectState s, long arg) {
        return arg == s.space().none() ? "None" : Objects.typeNameOf(arg);
    }
}

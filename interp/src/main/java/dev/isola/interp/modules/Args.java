package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;

/**
 * Argument parsing for module functions, with CPython 3.11's messages for each calling
 * convention: {@code METH_O} ({@link #one}), {@code METH_NOARGS} ({@link #none}),
 * {@code _PyArg_CheckPositional} ({@link #positional}) and Argument Clinic's keyword parser
 * ({@link #parse}). Arguments and results are borrowed.
 */
final class Args {
    private Args() {}

    static boolean hasKeywords(long kwargs) {
        return kwargs != 0 && DictType.size(kwargs) != 0;
    }

    static void noKeywords(ObjectState s, String name, long kwargs) {
        if (hasKeywords(kwargs)) {
            throw Errors.typeError(s, name + "() takes no keyword arguments");
        }
    }

    /** {@code METH_O}: exactly one positional argument. */
    static long one(ObjectState s, String name, long args, long kwargs) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n != 1) {
            throw Errors.typeError(s, name + "() takes exactly one argument (" + n + " given)");
        }
        return TupleType.getItem(args, 0);
    }

    /** {@code METH_NOARGS}. */
    static void none(ObjectState s, String name, long args, long kwargs) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n != 0) {
            throw Errors.typeError(s, name + "() takes no arguments (" + n + " given)");
        }
    }

    /**
     * Positional arguments only, between {@code min} and {@code max}; the array has {@code max}
     * entries, 0 for those not given.
     */
    static long[] positional(ObjectState s, String name, long args, long kwargs, int min, int max) {
        return positional(s, name, name, args, kwargs, min, max);
    }

    /** {@link #positional} for a module function whose keyword message names it {@code qualname}. */
    static long[] positional(ObjectState s, String name, String qualname, long args, long kwargs, int min, int max) {
        noKeywords(s, qualname, kwargs);
        long n = TupleType.size(args);
        if (n < min || n > max) {
            String bound = min == max ? "" : n < min ? "at least " : "at most ";
            int limit = n < min ? min : max;
            throw Errors.typeError(s, name + " expected " + bound + limit + " argument" + (limit == 1 ? "" : "s")
                    + ", got " + n);
        }
        long[] out = new long[max];
        for (int i = 0; i < n; i++) {
            out[i] = TupleType.getItem(args, i);
        }
        return out;
    }

    /**
     * Argument Clinic's parser: {@code names} in order, the first {@code posOnly} positional-only,
     * the first {@code required} required; the rest may come by keyword. Entries not given are 0.
     */
    static long[] parse(ObjectState s, String fname, long args, long kwargs, int posOnly, int required,
            String... names) {
        long n = TupleType.size(args);
        long nkw = kwargs == 0 ? 0 : DictType.size(kwargs);
        if (n + nkw > names.length) {
            throw Errors.typeError(s, fname + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + (n + nkw) + " given)");
        }
        if (n < posOnly && n < required) {
            int min = Math.min(posOnly, required);
            throw Errors.typeError(s, fname + "() takes " + (min < names.length ? "at least" : "exactly") + " " + min
                    + " positional argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
        }
        long[] out = new long[names.length];
        for (int i = 0; i < n; i++) {
            out[i] = TupleType.getItem(args, i);
        }
        if (nkw != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                String key = StrType.toJava(cursor[1]);
                int at = -1;
                for (int i = posOnly; i < names.length; i++) {
                    if (names[i].equals(key)) {
                        at = i;
                    }
                }
                if (at < 0) {
                    throw Errors.typeError(s, "'" + key + "' is an invalid keyword argument for " + fname + "()");
                }
                if (out[at] != 0) {
                    throw Errors.typeError(s, "argument for " + fname + "() given by name ('" + key
                            + "') and position (" + (at + 1) + ")");
                }
                out[at] = cursor[2];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == 0) {
                throw Errors.typeError(s, fname + "() missing required argument '" + names[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return out;
    }

    /**
     * The binding of a function CPython writes in Python, {@code def f(names...)} with the first
     * {@code required} without defaults, and that function's messages ("missing 1 required
     * positional argument", "got an unexpected keyword argument"). Entries not given are 0.
     */
    static long[] function(ObjectState s, String fname, long args, long kwargs, int required, String... names) {
        long n = TupleType.size(args);
        long[] out = new long[names.length];
        for (int i = 0; i < Math.min(n, names.length); i++) {
            out[i] = TupleType.getItem(args, i);
        }
        if (kwargs != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                String key = StrType.toJava(cursor[1]);
                int at = java.util.Arrays.asList(names).indexOf(key);
                if (at < 0) {
                    throw Errors.typeError(s, fname + "() got an unexpected keyword argument '" + key + "'");
                }
                if (out[at] != 0) {
                    throw Errors.typeError(s, fname + "() got multiple values for argument '" + key + "'");
                }
                out[at] = cursor[2];
            }
        }
        if (n > names.length) {
            String takes = required == names.length ? required + " positional argument" + (required == 1 ? "" : "s")
                    : "from " + required + " to " + names.length + " positional arguments";
            throw Errors.typeError(s, fname + "() takes " + takes + " but " + n + (n == 1 ? " was" : " were")
                    + " given");
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (out[i] == 0) {
                missing.add("'" + names[i] + "'");
            }
        }
        if (!missing.isEmpty()) {
            int k = missing.size();
            String list = k == 1 ? missing.get(0) : k == 2 ? missing.get(0) + " and " + missing.get(1)
                    : String.join(", ", missing.subList(0, k - 1)) + ", and " + missing.get(k - 1);
            throw Errors.typeError(s, fname + "() missing " + k + " required positional argument" + (k == 1 ? "" : "s")
                    + ": " + list);
        }
        return out;
    }

    /**
     * Argument Clinic's {@code Py_ssize_t} converter: {@code o.__index__()} as a Java long,
     * OverflowError when it does not fit.
     */
    static long ssize(ObjectState s, long o) {
        long i = Abstract.index(s, o);
        try {
            if (!IntType.fitsLong(i)) {
                throw Errors.overflowError(s, "Python int too large to convert to C ssize_t");
            }
            return IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    /**
     * Keyword-only arguments of a function that takes {@code *args} ({@code print}, {@code max}):
     * the values of {@code names}, 0 for those not given.
     */
    static long[] keywordOnly(ObjectState s, String fname, long kwargs, String... names) {
        long[] out = new long[names.length];
        if (kwargs == 0) {
            return out;
        }
        long[] cursor = new long[3];
        while (DictType.next(kwargs, cursor)) {
            String key = StrType.toJava(cursor[1]);
            int at = java.util.Arrays.asList(names).indexOf(key);
            if (at < 0) {
                throw Errors.typeError(s, "'" + key + "' is an invalid keyword argument for " + fname + "()");
            }
            out[at] = cursor[2];
        }
        return out;
    }
}

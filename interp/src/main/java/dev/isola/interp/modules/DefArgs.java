package dev.isola.interp.modules;

import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.ArrayList;
import java.util.List;

/**
 * Argument binding for module functions that CPython writes in Python as bound methods of a
 * hidden instance ({@code random.seed} is {@code Random().seed}): the order of checks and the
 * messages of a {@code def} function's call, {@code self} counted in the positional numbers
 * ({@code Random.seed() takes from 1 to 3 positional arguments but 4 were given}). Arguments
 * and results are borrowed.
 */
final class DefArgs {
    private DefArgs() {}

    /**
     * Binds {@code args} and {@code kwargs} to {@code names}: the first {@code positional} may come
     * by position, the first {@code required} of them must be given; the rest are keyword-only
     * with defaults. Entries not given are 0.
     */
    static long[] bind(ObjectState s, String qualname, long args, long kwargs, int positional, int required,
            String... names) {
        int n = (int) TupleType.size(args);
        long[] out = new long[names.length];
        for (int i = 0; i < Math.min(n, positional); i++) {
            out[i] = TupleType.getItem(args, i);
        }
        int kwOnlyGiven = 0;
        if (kwargs != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                String key = StrType.toJava(cursor[1]);
                int at = java.util.Arrays.asList(names).indexOf(key);
                if (at < 0) {
                    throw Errors.typeError(s, qualname + "() got an unexpected keyword argument '" + key + "'");
                }
                if (out[at] != 0) {
                    throw Errors.typeError(s, qualname + "() got multiple values for argument '" + key + "'");
                }
                out[at] = cursor[2];
                if (at >= positional) {
                    kwOnlyGiven++;
                }
            }
        }
        if (n > positional) {
            throw tooManyPositional(s, qualname, positional, required, n, kwOnlyGiven);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (out[i] == 0) {
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw missing(s, qualname, missing);
        }
        return out;
    }

    private static PyException tooManyPositional(ObjectState s, String qualname, int positional, int required,
            int given, int kwOnlyGiven) {
        int max = positional + 1;
        int npos = given + 1;
        String sig = required < positional ? "from " + (required + 1) + " to " + max : String.valueOf(max);
        boolean plural = required < positional || max != 1;
        String kwonly = kwOnlyGiven == 0 ? "" : " positional argument" + (npos != 1 ? "s" : "") + " (and "
                + kwOnlyGiven + " keyword-only argument" + (kwOnlyGiven != 1 ? "s" : "") + ")";
        return Errors.typeError(s, qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + npos + kwonly + " " + (npos == 1 && kwOnlyGiven == 0 ? "was" : "were") + " given");
    }

    private static PyException missing(ObjectState s, String qualname, List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            b.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(s, qualname + "() missing " + names.size() + " required positional argument"
                + (names.size() == 1 ? "" : "s") + ": " + b);
    }
}

package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinIterators;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import java.util.List;

/**
 * The builtins over iterables: {@code len sorted all any iter next}. The iterator classes
 * ({@code enumerate zip map filter reversed}, and {@code callable_iterator} that
 * {@code iter(f, sentinel)} makes) are types of the object layer ({@link BuiltinIterators});
 * the first five sit in the module dict as types.
 */
final class BuiltinsIteration {
    private BuiltinsIteration() {}

    static List<MethodDef> functions() {
        return List.of(
                new MethodDef("len", (s, m, args, kw) -> IntType.fromLong(s, Abstract.length(s, Args.one(s, "len", args, kw)))),
                new MethodDef("sorted", BuiltinsIteration::sorted),
                new MethodDef("all", (s, m, args, kw) -> s.space().bool(allAny(s, Args.one(s, "all", args, kw), false))),
                new MethodDef("any", (s, m, args, kw) -> s.space().bool(allAny(s, Args.one(s, "any", args, kw), true))),
                new MethodDef("iter", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "iter", args, kw, 1, 2);
                    if (a[1] == 0) {
                        return Abstract.iter(s, a[0]);
                    }
                    if (s.slotsOf(a[0]).call == null) {
                        throw Errors.typeError(s, "iter(v, w): v must be callable");
                    }
                    return BuiltinIterators.callableIterator(s, a[0], a[1]);
                }),
                new MethodDef("next", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "next", args, kw, 1, 2);
                    long item = Abstract.next(s, a[0]);
                    if (item != 0) {
                        return item;
                    }
                    if (a[1] != 0) {
                        return Objects.newRef(a[1]);
                    }
                    throw Errors.stopIteration(s, 0);
                }));
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new list, sorted by {@code list.sort}. */
    private static long sorted(ObjectState s, long m, long args, long kwargs) {
        long n = dev.isola.objects.TupleType.size(args);
        if (n != 1) {
            throw Errors.typeError(s, "sorted expected 1 argument, got " + n);
        }
        long list = ListType.newList(s);
        try {
            ListType.extend(s, list, dev.isola.objects.TupleType.getItem(args, 0));
            long sort = Abstract.getAttr(s, list, "sort");
            try {
                Objects.decref(s, Abstract.call(s, sort, s.space().emptyTuple(), kwargs));
            } finally {
                Objects.decref(s, sort);
            }
        } catch (PyException e) {
            Objects.decref(s, list);
            throw e;
        }
        return list;
    }

    /** {@code all} ({@code stopOn == false}) or {@code any} ({@code stopOn == true}). */
    private static boolean allAny(ObjectState s, long iterable, boolean stopOn) {
        long it = Abstract.iter(s, iterable);
        try {
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                boolean truth;
                try {
                    truth = Abstract.isTrue(s, item);
                } finally {
                    Objects.decref(s, item);
                }
                if (truth == stopOn) {
                    return stopOn;
                }
            }
            return !stopOn;
        } finally {
            Objects.decref(s, it);
        }
    }
}

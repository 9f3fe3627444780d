package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.TupleType;

/**
 * Small conveniences for module code that calls back into Python: a call with positional
 * arguments, and CPython's {@code PySequence_Tuple} / {@code PySequence_List}. Arguments are
 * borrowed, results new references.
 */
final class Invoke {
    private Invoke() {}

    /** {@code f(*args)}. */
    static long call(ObjectState s, long f, long... args) {
        long tuple = TupleType.pack(s, args);
        try {
            return Abstract.call(s, f, tuple, 0);
        } finally {
            Objects.decref(s, tuple);
        }
    }

    /** {@code tuple(iterable)}: the object itself when it is an exact tuple. */
    static long tuple(ObjectState s, long iterable) {
        long tupleType = s.space().type(BuiltinType.TUPLE);
        if (Objects.type(iterable) == tupleType) {
            return Objects.newRef(iterable);
        }
        long list = list(s, iterable);
        try {
            return ListType.toTuple(s, list);
        } finally {
            Objects.decref(s, list);
        }
    }

    /** {@code list(iterable)}. */
    static long list(ObjectState s, long iterable) {
        long list = ListType.newList(s);
        try {
            ListType.extend(s, list, iterable);
        } catch (RuntimeException e) {
            Objects.decref(s, list);
            throw e;
        }
        return list;
    }
}

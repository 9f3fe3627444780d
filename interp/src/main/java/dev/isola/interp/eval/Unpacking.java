package dev.isola.interp.eval;

import dev.isola.objects.Abstract;
import dev.isola.objects.Errors;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TupleType;
import java.util.Arrays;

/** Sequence unpacking for assignment targets, with CPython's messages. */
final class Unpacking {
    private Unpacking() {
    }

    /**
     * New references to the items of {@code seq}: exactly {@code before} when {@code after < 0},
     * else {@code before} items, a list of the middle, {@code after} items.
     */
    static long[] items(ObjectState s, long seq, int before, int after) {
        if (after < 0 && TupleType.check(seq) && TupleType.size(seq) == before) {
            long[] out = new long[before];
            for (int i = 0; i < before; i++) {
                out[i] = Objects.newRef(TupleType.getItem(seq, i));
            }
            return out;
        }
        long it;
        try {
            it = Abstract.iter(s, seq);
        } catch (PyException e) {
            if (e.matches(s.space().type(dev.isola.objects.BuiltinType.TYPE_ERROR))) {
                e.release(s);
                throw Errors.typeError(s, "cannot unpack non-iterable " + Objects.typeNameOf(seq) + " object");
            }
            throw e;
        }
        long[] out = new long[after < 0 ? before : before + 1 + after];
        int got = 0;
        try {
            for (; got < before; got++) {
                long v = Abstract.next(s, it);
                if (v == 0) {
                    throw after < 0
                            ? Errors.valueError(s, "not enough values to unpack (expected " + before + ", got " + got + ")")
                            : Errors.valueError(s, "not enough values to unpack (expected at least " + (before + after)
                                    + ", got " + got + ")");
                }
                out[got] = v;
            }
            if (after < 0) {
                long extra = Abstract.next(s, it);
                if (extra != 0) {
                    Objects.decref(s, extra);
                    throw Errors.valueError(s, "too many values to unpack (expected " + before + ")");
                }
                return out;
            }
            long rest = ListType.newList(s);
            out[got++] = rest;
            ListType.extend(s, rest, it);
            long n = ListType.size(rest);
            if (n < after) {
                throw Errors.valueError(s, "not enough values to unpack (expected at least " + (before + after)
                        + ", got " + (before + n) + ")");
            }
            for (int i = 0; i < after; i++) {
                out[before + 1 + i] = Objects.newRef(ListType.getItem(rest, n - after + i));
                got++;
            }
            long tail = sliceFrom(s, n - after);
            try {
                Abstract.delItem(s, rest, tail);
            } finally {
                Objects.decref(s, tail);
            }
            return out;
        } catch (PyException e) {
            for (int i = 0; i < got; i++) {
                Objects.xdecref(s, out[i]);
            }
            Arrays.fill(out, 0);
            throw e;
        } finally {
            Objects.decref(s, it);
        }
    }

    private static long sliceFrom(ObjectState s, long start) {
        long st = dev.isola.objects.IntType.fromLong(s, start);
        try {
            return dev.isola.objects.SliceType.newSlice(s, st, 0, 0);
        } finally {
            Objects.decref(s, st);
        }
    }
}

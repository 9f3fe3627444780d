package dev.isola.interp.eval;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TupleType;

/** The {@code with} statement's two instructions. */
final class With {
    private With() {
    }

    /** {@code BEFORE_WITH}: {@code mgr → exit res}. */
    static int before(ObjectState s, long[] f, int sp) {
        long mgr = f[sp - 1];
        long exit = Abstract.getAttr(s, mgr, "__exit__");
        long res;
        try {
            res = Abstract.callMethod(s, mgr, "__enter__");
        } catch (PyException e) {
            Objects.decref(s, exit);
            throw e;
        }
        Objects.decref(s, mgr);
        f[sp - 1] = exit;
        f[sp++] = res;
        return sp;
    }

    /** {@code WITH_EXCEPT_START}: {@code exit prev exc → exit prev exc res}. */
    static int exceptStart(ObjectState s, long[] f, int sp) {
        long exc = f[sp - 1];
        long exit = f[sp - 3];
        long tb = Memory.getLong(exc + ExceptionTypes.TRACEBACK_OFFSET);
        long args = TupleType.pack(s, Objects.type(exc), exc, tb == 0 ? s.space().none() : tb);
        try {
            long r = Abstract.call(s, exit, args, 0);
            f[sp++] = r;
        } finally {
            Objects.decref(s, args);
        }
        return sp;
    }
}

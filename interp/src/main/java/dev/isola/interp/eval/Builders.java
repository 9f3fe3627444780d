package dev.isola.interp.eval;

import static dev.isola.interp.compile.Opcode.*;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.SetType;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;

/** Displays, unpacking and f-string pieces: the building instructions of the eval loop. */
final class Builders {
    private Builders() {
    }

    static int buildSet(ObjectState s, long[] f, int sp, int n) {
        long set = SetType.newSet(s);
        sp -= n;
        try {
            for (int i = 0; i < n; i++) {
                SetType.add(s, set, f[sp + i]);
            }
        } catch (PyException e) {
            Objects.decref(s, set);
            throw e;
        }
        for (int i = 0; i < n; i++) {
            Objects.decref(s, f[sp + i]);
            f[sp + i] = 0;
        }
        f[sp++] = set;
        return sp;
    }

    static int buildMap(ObjectState s, long[] f, int sp, int n) {
        long d = DictType.newPresized(s, n);
        sp -= 2 * n;
        try {
            for (int i = 0; i < n; i++) {
                DictType.setItem(s, d, f[sp + 2 * i], f[sp + 2 * i + 1]);
            }
        } catch (PyException e) {
            Objects.decref(s, d);
            throw e;
        }
        for (int i = 0; i < 2 * n; i++) {
            Objects.decref(s, f[sp + i]);
            f[sp + i] = 0;
        }
        f[sp++] = d;
        return sp;
    }

    /** LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE into the container at depth {@code i}. */
    static void update(ObjectState s, int op, long[] f, int sp, int i, long it) {
        long target = f[sp - i];
        switch (op) {
            case LIST_EXTEND -> {
                if (s.slotsOf(it).iter == null && s.slotsOf(it).item == null) {
                    throw Errors.typeError(s, "Value after * must be an iterable, not " + Objects.typeNameOf(it));
                }
                ListType.extend(s, target, it);
            }
            case SET_UPDATE -> SetType.update(s, target, it);
            case DICT_UPDATE -> {
                if (!DictType.check(it) && !hasKeys(s, it)) {
                    throw Errors.typeError(s, "'" + Objects.typeNameOf(it) + "' object is not a mapping");
                }
                DictType.update(s, target, it);
            }
            default -> merge(s, f, sp, i, target, it);
        }
    }

    private static boolean hasKeys(ObjectState s, long o) {
        return s.slotsOf(o).methodIndex("keys") >= 0;
    }

    private static void merge(ObjectState s, long[] f, int sp, int i, long target, long m) {
        long callable = f[sp - i - 2];
        if (callable == 0) {
            callable = f[sp - i - 1];
        }
        if (!DictType.check(m) && !hasKeys(s, m)) {
            throw Errors.typeError(s, functionStr(s, callable) + " argument after ** must be a mapping, not "
                    + Objects.typeNameOf(m));
        }
        long keys = DictType.check(m) ? Objects.newRef(m) : Abstract.callMethod(s, m, "keys");
        long it = Abstract.iter(s, keys);
        try {
            for (long k = Abstract.next(s, it); k != 0; k = Abstract.next(s, it)) {
                try {
                    if (!StrType.check(k)) {
                        throw Errors.typeError(s, "keywords must be strings");
                    }
                    if (DictType.contains(s, target, k)) {
                        throw Errors.typeError(s, functionStr(s, callable)
                                + " got multiple values for keyword argument '" + StrType.toJava(k) + "'");
                    }
                    long v = Abstract.getItem(s, m, k);
                    try {
                        DictType.setItem(s, target, k, v);
                    } finally {
                        Objects.decref(s, v);
                    }
                } finally {
                    Objects.decref(s, k);
                }
            }
        } finally {
            Objects.decref(s, it);
            Objects.decref(s, keys);
        }
    }

    /**
     * How CPython names a callable in call errors ({@code _PyObject_FunctionStr}):
     * {@code module.qualname()}, without the module for builtins.
     */
    static String functionStr(ObjectState s, long callable) {
        String qualname;
        try {
            long q = Abstract.getAttr(s, callable, "__qualname__");
            qualname = Abstract.strJava(s, q);
            Objects.decref(s, q);
        } catch (PyException e) {
            e.release(s);
            return Abstract.strJava(s, callable);
        }
        String module = null;
        try {
            long m = Abstract.getAttr(s, callable, "__module__");
            if (StrType.check(m)) {
                module = StrType.toJava(m);
            }
            Objects.decref(s, m);
        } catch (PyException e) {
            e.release(s);
        }
        return module == null || module.equals("builtins") ? qualname + "()" : module + "." + qualname + "()";
    }

    /**
     * UNPACK_SEQUENCE ({@code after < 0}: exactly {@code before} items) or UNPACK_EX ({@code before}
     * items, a list of the rest, {@code after} items); the first item ends on top.
     */
    static int unpack(ObjectState s, long[] f, int sp, int before, int after) {
        long seq = Ops.take(f, --sp);
        long[] items;
        try {
            items = Unpacking.items(s, seq, before, after);
        } finally {
            Objects.decref(s, seq);
        }
        for (int i = items.length - 1; i >= 0; i--) {
            f[sp++] = items[i];
        }
        return sp;
    }

    static int formatValue(ObjectState s, long[] f, int sp, int flags) {
        long spec = (flags & FORMAT_HAS_SPEC) != 0 ? Ops.take(f, --sp) : 0;
        long v = f[sp - 1];
        long converted;
        try {
            converted = switch (flags & FORMAT_CONVERSION_MASK) {
                case FORMAT_STR -> Abstract.str(s, v);
                case FORMAT_REPR -> Abstract.repr(s, v);
                case FORMAT_ASCII -> Abstract.ascii(s, v);
                default -> Objects.newRef(v);
            };
        } catch (PyException e) {
            Objects.xdecref(s, spec);
            throw e;
        }
        try {
            if (spec == 0 && StrType.check(converted) && Objects.type(converted) == s.space().type(BuiltinType.STR)) {
                f[sp - 1] = Objects.newRef(converted);
            } else {
                f[sp - 1] = Abstract.format(s, converted, spec == 0 ? s.space().emptyStr() : spec);
            }
        } finally {
            Objects.decref(s, converted);
            Objects.xdecref(s, spec);
        }
        Objects.decref(s, v);
        return sp;
    }

    static int buildString(ObjectState s, long[] f, int sp, int n) {
        StringBuilder b = new StringBuilder();
        sp -= n;
        for (int i = 0; i < n; i++) {
            b.append(StrType.toJava(f[sp + i]));
        }
        long r = StrType.fromJava(s, b.toString());
        for (int i = 0; i < n; i++) {
            Objects.decref(s, f[sp + i]);
            f[sp + i] = 0;
        }
        f[sp++] = r;
        return sp;
    }

    static long tupleOf(ObjectState s, long[] items) {
        return TupleType.pack(s, items);
    }
}

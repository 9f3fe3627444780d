package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.ref;
import static dev.isola.objects.ModuleObjectLayout.setRef;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;

/**
 * {@code functools.partial}, CPython 3.11's C type: a callable that prepends stored positional
 * arguments and merges stored keywords (the call's own win). Like CPython's it has no
 * {@code __get__}, so as a class attribute it does not bind. A partial of a plain partial
 * (one without an instance dict) is flattened into one. Fields over {@link ModuleObjectLayout}:
 *
 * <pre>
 *   ref 0   func        the callable, owned
 *   ref 1   args        tuple, owned
 *   ref 2   keywords    dict, owned (never shared: copied from the caller's)
 *   ref 3   __dict__    dict, owned, or 0 until an attribute is set
 * </pre>
 */
final class FunctoolsPartial {
    private FunctoolsPartial() {}

    static TypeSlots slots() {
        return ModuleObjectLayout.builder()
                .newInstance(FunctoolsPartial::newPartial)
                .call(FunctoolsPartial::call)
                .repr(FunctoolsPartial::repr)
                .getAttr(FunctoolsPartial::getAttr)
                .setAttr(FunctoolsPartial::setAttr)
                .build();
    }

    private static long newPartial(ObjectState s, long type, long args, long kwargs) {
        long n = TupleType.size(args);
        if (n < 1) {
            throw Errors.typeError(s, "type 'partial' takes at least one argument");
        }
        long func = TupleType.getItem(args, 0);
        long innerArgs = 0;
        long innerKw = 0;
        if (Objects.type(func) == s.space().type(BuiltinType.PARTIAL) && ref(func, 3) == 0) {
            innerArgs = ref(func, 1);
            innerKw = ref(func, 2);
            func = ref(func, 0);
        }
        if (s.slotsOf(func).call == null) {
            throw Errors.typeError(s, "the first argument must be callable");
        }
        long inner = innerArgs == 0 ? 0 : TupleType.size(innerArgs);
        long all = TupleType.allocate(s, inner + n - 1);
        for (long i = 0; i < inner; i++) {
            TupleType.initItem(s, all, i, Objects.newRef(TupleType.getItem(innerArgs, i)));
        }
        for (long i = 1; i < n; i++) {
            TupleType.initItem(s, all, inner + i - 1, Objects.newRef(TupleType.getItem(args, i)));
        }
        long p = ItertoolsBasic.create(s, BuiltinType.PARTIAL, Objects.newRef(func), all);
        try {
            setRef(s, p, 2, innerKw != 0 ? DictType.copy(s, innerKw) : DictType.newDict(s));
            if (kwargs != 0) {
                DictType.update(s, ref(p, 2), kwargs);
            }
        } catch (RuntimeException e) {
            Objects.decref(s, p);
            throw e;
        }
        return p;
    }

    /** A new partial of {@code func} with keyword arguments {@code kw} (a dict, borrowed). */
    static long create(ObjectState s, long func, long kw) {
        long p = ItertoolsBasic.create(s, BuiltinType.PARTIAL, Objects.newRef(func),
                Objects.newRef(s.space().emptyTuple()));
        setRef(s, p, 2, DictType.copy(s, kw));
        return p;
    }

    private static long call(ObjectState s, long p, long args, long kwargs) {
        long stored = ref(p, 1);
        long all;
        if (TupleType.size(stored) == 0) {
            all = Objects.newRef(args);
        } else {
            long a = TupleType.size(stored);
            long b = TupleType.size(args);
            all = TupleType.allocate(s, a + b);
            for (long i = 0; i < a; i++) {
                TupleType.initItem(s, all, i, Objects.newRef(TupleType.getItem(stored, i)));
            }
            for (long i = 0; i < b; i++) {
                TupleType.initItem(s, all, a + i, Objects.newRef(TupleType.getItem(args, i)));
            }
        }
        long kw = 0;
        try {
            if (DictType.size(ref(p, 2)) != 0) {
                kw = DictType.copy(s, ref(p, 2));
                if (kwargs != 0) {
                    DictType.update(s, kw, kwargs);
                }
            } else if (kwargs != 0) {
                kw = Objects.newRef(kwargs);
            }
            return Abstract.call(s, ref(p, 0), all, kw);
        } finally {
            Objects.decref(s, all);
            Objects.xdecref(s, kw);
        }
    }

    private static long repr(ObjectState s, long p) {
        if (!s.reprEnter(p)) {
            return StrType.fromJava(s, "...");
        }
        try {
            StringBuilder b = new StringBuilder("functools.partial(").append(Abstract.reprJava(s, ref(p, 0)));
            long args = ref(p, 1);
            for (long i = 0; i < TupleType.size(args); i++) {
                b.append(", ").append(Abstract.reprJava(s, TupleType.getItem(args, i)));
            }
            long[] cursor = new long[3];
            while (DictType.next(ref(p, 2), cursor)) {
                b.append(", ").append(Abstract.strJava(s, cursor[1])).append('=')
                        .append(Abstract.reprJava(s, cursor[2]));
            }
            return StrType.fromJava(s, b.append(')').toString());
        } finally {
            s.reprLeave(p);
        }
    }

    private static int member(String name) {
        return switch (name) {
            case "func" -> 0;
            case "args" -> 1;
            case "keywords" -> 2;
            default -> -1;
        };
    }

    private static long getAttr(ObjectState s, long p, long name) {
        String n = StrType.toJava(name);
        int m = member(n);
        if (m >= 0) {
            return Objects.newRef(ref(p, m));
        }
        return FunctoolsTypes.dictGetAttr(s, p, 3, name);
    }

    private static void setAttr(ObjectState s, long p, long name, long value) {
        if (member(StrType.toJava(name)) >= 0) {
            throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, "readonly attribute");
        }
        FunctoolsTypes.dictSetAttr(s, p, 3, name, value);
    }
}

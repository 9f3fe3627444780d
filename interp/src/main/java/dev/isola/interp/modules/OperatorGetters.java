package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.List;

/**
 * {@code operator.itemgetter}, {@code attrgetter} and {@code methodcaller}. CPython makes them
 * classes; Isola has no classes of builtin modules yet, so each factory returns a builtin
 * function bound ({@link ModuleDef#bind}) to a tuple holding its state:
 *
 * <pre>
 *   itemgetter(k)         (True, k)              call: obj[k]
 *   itemgetter(k1, k2…)   (False, k1, k2…)       call: (obj[k1], obj[k2]…)
 *   attrgetter(n)         (True, n)              n a str, or a tuple of str for "a.b.c"
 *   attrgetter(n1, n2…)   (False, n1, n2…)
 *   methodcaller(n, …)    (n, args, kwargs)      kwargs a dict or None
 * </pre>
 * Calls behave as CPython's; {@code repr} and {@code type} differ (a builtin method, not an
 * {@code operator.itemgetter} instance).
 */
final class OperatorGetters {
    private OperatorGetters() {}

    private static final int ITEMGETTER = 0;
    private static final int ATTRGETTER = 1;
    private static final int METHODCALLER = 2;

    static List<MethodDef> functions() {
        return List.of(
                new MethodDef("itemgetter", (s, m, args, kw) -> getter(s, "itemgetter", ITEMGETTER, args, kw)),
                new MethodDef("attrgetter", (s, m, args, kw) -> getter(s, "attrgetter", ATTRGETTER, args, kw)),
                new MethodDef("methodcaller", OperatorGetters::methodCaller));
    }

    /** The call implementations, in the order of the indices above. */
    static List<MethodDef> boundFunctions() {
        return List.of(
                new MethodDef("itemgetter.__call__", (s, self, args, kw) ->
                        getAll(s, self, Args.positional(s, "itemgetter", args, kw, 1, 1)[0], false)),
                new MethodDef("attrgetter.__call__", (s, self, args, kw) ->
                        getAll(s, self, Args.positional(s, "attrgetter", args, kw, 1, 1)[0], true)),
                new MethodDef("methodcaller.__call__", OperatorGetters::callMethod));
    }

    private static long getter(ObjectState s, String name, int kind, long args, long kwargs) {
        Args.noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n == 0) {
            throw Errors.typeError(s, name + " expected 1 argument, got 0");
        }
        long state = TupleType.allocate(s, n + 1);
        try {
            TupleType.initItem(s, state, 0, s.space().bool(n == 1));
            for (long i = 0; i < n; i++) {
                long key = TupleType.getItem(args, i);
                TupleType.initItem(s, state, i + 1, kind == ATTRGETTER ? attrPath(s, key) : Objects.newRef(key));
            }
            return ModuleDef.bind(s, "operator", kind, state);
        } finally {
            Objects.decref(s, state);
        }
    }

    /** An attribute name as attrgetter keeps it: interned, or a tuple of interned parts when dotted. */
    private static long attrPath(ObjectState s, long name) {
        if (!StrType.check(name)) {
            throw Errors.typeError(s, "attribute name must be a string");
        }
        String text = StrType.toJava(name);
        if (text.indexOf('.') < 0) {
            return s.intern(text);
        }
        String[] parts = text.split("\\.", -1);
        long path = TupleType.allocate(s, parts.length);
        for (int i = 0; i < parts.length; i++) {
            TupleType.initItem(s, path, i, s.intern(parts[i]));
        }
        return path;
    }

    /** Calls an itemgetter or attrgetter whose state is {@code self} on {@code obj}. */
    private static long getAll(ObjectState s, long self, long obj, boolean attrs) {
        long n = TupleType.size(self) - 1;
        if (TupleType.getItem(self, 0) == s.space().trueObject()) {
            return getOne(s, obj, TupleType.getItem(self, 1), attrs);
        }
        long result = TupleType.allocate(s, n);
        try {
            for (long i = 0; i < n; i++) {
                TupleType.initItem(s, result, i, getOne(s, obj, TupleType.getItem(self, i + 1), attrs));
            }
        } catch (RuntimeException e) {
            Objects.decref(s, result);
            throw e;
        }
        return result;
    }

    private static long getOne(ObjectState s, long obj, long key, boolean attrs) {
        if (!attrs) {
            return Abstract.getItem(s, obj, key);
        }
        if (StrType.check(key)) {
            return Abstract.getAttr(s, obj, key);
        }
        long value = Objects.newRef(obj);
        for (long i = 0; i < TupleType.size(key); i++) {
            long next;
            try {
                next = Abstract.getAttr(s, value, TupleType.getItem(key, i));
            } finally {
                Objects.decref(s, value);
            }
            value = next;
        }
        return value;
    }

    private static long methodCaller(ObjectState s, long module, long args, long kwargs) {
        long n = TupleType.size(args);
        if (n < 1) {
            throw Errors.typeError(s, "methodcaller needs at least one argument, the method name");
        }
        long name = TupleType.getItem(args, 0);
        if (!StrType.check(name)) {
            throw Errors.typeError(s, "method name must be a string");
        }
        long interned = s.intern(StrType.toJava(name));
        long rest = 0;
        long kw = 0;
        long state;
        try {
            rest = TupleType.allocate(s, n - 1);
            for (long i = 1; i < n; i++) {
                TupleType.initItem(s, rest, i - 1, Objects.newRef(TupleType.getItem(args, i)));
            }
            kw = Args.hasKeywords(kwargs) ? DictType.copy(s, kwargs) : Objects.newRef(s.space().none());
            state = TupleType.pack(s, interned, rest, kw);
        } finally {
            Objects.decref(s, interned);
            Objects.xdecref(s, rest);
            Objects.xdecref(s, kw);
        }
        try {
            return ModuleDef.bind(s, "operator", METHODCALLER, state);
        } finally {
            Objects.decref(s, state);
        }
    }

    private static long callMethod(ObjectState s, long self, long args, long kwargs) {
        long obj = Args.positional(s, "methodcaller", args, kwargs, 1, 1)[0];
        long method = Abstract.getAttr(s, obj, TupleType.getItem(self, 0));
        try {
            long kw = TupleType.getItem(self, 2);
            return Abstract.call(s, method, TupleType.getItem(self, 1), kw == s.space().none() ? 0 : kw);
        } finally {
            Objects.decref(s, method);
        }
    }
}

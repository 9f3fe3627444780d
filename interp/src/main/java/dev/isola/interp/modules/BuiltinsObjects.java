package dev.isola.interp.modules;

import dev.isola.interp.eval.Frames;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.SlotFunctions;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeFlags;
import java.util.List;

/**
 * The builtins about objects and namespaces: {@code isinstance issubclass callable repr ascii
 * format getattr setattr hasattr delattr globals locals vars}.
 */
final class BuiltinsObjects {
    private BuiltinsObjects() {}

    static List<MethodDef> functions() {
        return List.of(
                new MethodDef("isinstance", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "isinstance", args, kw, 2, 2);
                    return s.space().bool(isInstance(s, a[0], a[1]));
                }),
                new MethodDef("issubclass", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "issubclass", args, kw, 2, 2);
                    return s.space().bool(isSubclass(s, a[0], a[1]));
                }),
                new MethodDef("callable", (s, m, args, kw) ->
                        s.space().bool(s.slotsOf(Args.one(s, "callable", args, kw)).call != null)),
                new MethodDef("repr", (s, m, args, kw) -> Abstract.repr(s, Args.one(s, "repr", args, kw))),
                new MethodDef("ascii", (s, m, args, kw) -> Abstract.ascii(s, Args.one(s, "ascii", args, kw))),
                new MethodDef("format", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "format", args, kw, 1, 2);
                    long spec = a[1] == 0 ? s.space().emptyStr() : a[1];
                    if (!StrType.check(spec)) {
                        throw Errors.typeError(s, "format() argument 2 must be str, not " + Objects.typeNameOf(spec));
                    }
                    return Abstract.format(s, a[0], spec);
                }),
                new MethodDef("getattr", BuiltinsObjects::getattr),
                new MethodDef("setattr", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "setattr", args, kw, 3, 3);
                    setAttr(s, a[0], a[1], a[2]);
                    return s.space().none();
                }),
                new MethodDef("delattr", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "delattr", args, kw, 2, 2);
                    setAttr(s, a[0], a[1], 0);
                    return s.space().none();
                }),
                new MethodDef("hasattr", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "hasattr", args, kw, 2, 2);
                    long v = getAttrOrZero(s, a[0], checkName(s, a[1]));
                    Objects.xdecref(s, v);
                    return s.space().bool(v != 0);
                }),
                new MethodDef("__build_class__", (s, m, args, kw) ->
                        dev.isola.interp.eval.Classes.buildClass(InterpreterState.of(s), args, kw)),
                new MethodDef("dir", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "dir", args, kw, 0, 1);
                    return dev.isola.interp.eval.Dir.dir(InterpreterState.of(s), a[0]);
                }),
                new MethodDef("globals", (s, m, args, kw) -> {
                    Args.none(s, "globals", args, kw);
                    return Frames.globals(InterpreterState.of(s));
                }),
                new MethodDef("locals", (s, m, args, kw) -> {
                    Args.none(s, "locals", args, kw);
                    return Frames.locals(InterpreterState.of(s));
                }),
                new MethodDef("vars", BuiltinsObjects::vars));
    }

    /** True when {@code obj} is a class (an instance of {@code type} or a subclass). */
    static boolean isType(long obj) {
        return Objects.hasFlag(Objects.type(obj), TypeFlags.TYPE_SUBCLASS);
    }

    /** {@code isinstance(obj, cls)}: {@code cls} a type or a (nested) tuple of types. */
    static boolean isInstance(ObjectState s, long obj, long cls) {
        if (isType(cls)) {
            if (Objects.type(obj) == cls) {
                return true;
            }
            // A metaclass's __instancecheck__ decides (CPython's PyObject_IsInstance).
            Boolean meta = dev.isola.objects.HeapTypes.isHeapType(Objects.type(cls))
                    ? ClassChecks.objectHook(s, cls, "__instancecheck__", obj) : null;
            if (meta != null) {
                return meta;
            }
            return Objects.isInstance(obj, cls) || ClassChecks.hook(s, cls, "__instancecheck__", obj);
        }
        if (TupleType.check(cls)) {
            long n = TupleType.size(cls);
            for (long i = 0; i < n; i++) {
                if (isInstance(s, obj, TupleType.getItem(cls, i))) {
                    return true;
                }
            }
            return false;
        }
        if (Objects.type(cls) == s.space().type(BuiltinType.UNION_TYPE)) {
            return isInstance(s, obj, dev.isola.objects.UnionTypes.args(cls));
        }
        if (Objects.type(cls) == s.space().type(BuiltinType.GENERIC_ALIAS)) {
            throw Errors.typeError(s, "isinstance() argument 2 cannot be a parameterized generic");
        }
        Boolean hooked = ClassChecks.objectHook(s, cls, "__instancecheck__", obj);
        if (hooked != null) {
            return hooked;
        }
        throw Errors.typeError(s, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(ObjectState s, long c, long cls) {
        if (Objects.type(cls) == s.space().type(BuiltinType.UNION_TYPE)) {
            cls = dev.isola.objects.UnionTypes.args(cls);
        }
        if (TupleType.check(cls)) {
            long n = TupleType.size(cls);
            for (long i = 0; i < n; i++) {
                if (isSubclass(s, c, TupleType.getItem(cls, i))) {
                    return true;
                }
            }
            return false;
        }
        if (!isType(cls) || dev.isola.objects.HeapTypes.isHeapType(Objects.type(cls))) {
            Boolean hooked = ClassChecks.objectHook(s, cls, "__subclasscheck__", c);
            if (hooked != null) {
                return hooked;
            }
        }
        if (!isType(c)) {
            throw Errors.typeError(s, "issubclass() arg 1 must be a class");
        }
        if (!isType(cls)) {
            throw Errors.typeError(s, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return Objects.isSubtype(c, cls) || ClassChecks.hook(s, cls, "__subclasscheck__", c);
    }

    private static long checkName(ObjectState s, long name) {
        if (!StrType.check(name)) {
            throw Errors.typeError(s, "attribute name must be string, not '" + Objects.typeNameOf(name) + "'");
        }
        return name;
    }

    private static long getattr(ObjectState s, long m, long args, long kwargs) {
        long[] a = Args.positional(s, "getattr", args, kwargs, 2, 3);
        long name = checkName(s, a[1]);
        if (a[2] == 0) {
            return Abstract.getAttr(s, a[0], name);
        }
        long v = getAttrOrZero(s, a[0], name);
        return v != 0 ? v : Objects.newRef(a[2]);
    }

    /** {@code obj.name}, or 0 when that raises AttributeError. */
    static long getAttrOrZero(ObjectState s, long obj, long name) {
        try {
            return Abstract.getAttr(s, obj, name);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return 0;
        }
    }

    private static void setAttr(ObjectState s, long obj, long name, long value) {
        checkName(s, name);
        SlotFunctions.SetFunc f = s.slotsOf(obj).setAttr;
        if (f == null) {
            throw Errors.attributeError(s, obj, StrType.toJava(name));
        }
        f.apply(s, obj, name, value);
    }

    private static long vars(ObjectState s, long m, long args, long kwargs) {
        long[] a = Args.positional(s, "vars", args, kwargs, 0, 1);
        if (a[0] == 0) {
            return Frames.locals(InterpreterState.of(s));
        }
        long name = s.intern("__dict__");
        try {
            long d = getAttrOrZero(s, a[0], name);
            if (d == 0) {
                throw Errors.typeError(s, "vars() argument must have __dict__ attribute");
            }
            return d;
        } finally {
            Objects.decref(s, name);
        }
    }

    /**
     * The special method {@code name} of {@code obj}'s type, bound to {@code obj}, or 0 (CPython's
     * {@code _PyObject_LookupSpecial}): a builtin type's own method, or for a class defined in
     * Python whatever attribute lookup finds.
     */
    static long lookupSpecial(ObjectState s, long obj, String name) {
        boolean builtin = Objects.hasFlag(Objects.type(obj), TypeFlags.STATIC_BUILTIN);
        if (builtin && s.slotsOf(obj).method(name) == null) {
            return 0;
        }
        long n = s.intern(name);
        try {
            return getAttrOrZero(s, obj, n);
        } finally {
            Objects.decref(s, n);
        }
    }

    /** {@code f(arg)}. */
    static long call1(ObjectState s, long f, long arg) {
        long args = TupleType.pack(s, arg);
        try {
            return Abstract.call(s, f, args, 0);
        } finally {
            Objects.decref(s, args);
        }
    }
}

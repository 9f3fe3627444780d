package dev.isola.objects;

import static dev.isola.objects.CodeLayouts.METHOD_FUNC_OFFSET;
import static dev.isola.objects.CodeLayouts.METHOD_SELF_OFFSET;

import dev.isola.memory.Memory;

/**
 * {@code method}: a function bound to an object ({@code obj.f} where {@code f} is a function in
 * the class), made by the function's {@code __get__}; calling it calls the function with the
 * object first. The interpreter's {@code LOAD_METHOD} avoids making one for {@code obj.f(...)}.
 *
 * <pre>
 *   +16  __func__   the function (owned)
 *   +24  __self__   the object (owned)
 *   (32 bytes, GC-tracked)
 * </pre>
 */
public final class BoundMethod {
    private BoundMethod() {
    }

    public static long newMethod(ObjectState s, long func, long self) {
        long m = s.allocGcObject(s.space().type(BuiltinType.METHOD), CodeLayouts.METHOD_SIZE);
        Memory.putLong(m + METHOD_FUNC_OFFSET, Objects.newRef(func));
        Memory.putLong(m + METHOD_SELF_OFFSET, Objects.newRef(self));
        return m;
    }

    public static long func(long m) {
        return Memory.getLong(m + METHOD_FUNC_OFFSET);
    }

    public static long self(long m) {
        return Memory.getLong(m + METHOD_SELF_OFFSET);
    }

    static TypeSlots slots() {
        return TypeSlots.builder()
                .call(BoundMethod::call)
                .newInstance((s, type, args, kwargs) -> {
                    // types.MethodType(function, instance), as CPython's method_new.
                    if (kwargs != 0 && DictType.size(kwargs) != 0) {
                        throw Errors.typeError(s, "method() takes no keyword arguments");
                    }
                    if (TupleType.size(args) != 2) {
                        throw Errors.typeError(s, "method expected 2 arguments, got " + TupleType.size(args));
                    }
                    long func = TupleType.getItem(args, 0);
                    long self = TupleType.getItem(args, 1);
                    if (s.slotsOf(func).call == null) {
                        throw Errors.typeError(s, "first argument must be callable");
                    }
                    if (self == s.space().none()) {
                        throw Errors.typeError(s, "instance must not be None");
                    }
                    return newMethod(s, func, self);
                })
                .repr(BoundMethod::repr)
                .getAttr(BoundMethod::getAttr)
                .richCompare((s, a, b, op) -> {
                    if ((op != CompareOp.EQ && op != CompareOp.NE) || Objects.type(b) != Objects.type(a)) {
                        return s.space().notImplemented();
                    }
                    boolean eq = self(a) == self(b) && Abstract.equal(s, func(a), func(b));
                    return s.space().bool(op == CompareOp.EQ == eq);
                })
                .hash((s, m) -> {
                    long h = ObjectType.pointerHash(self(m)) ^ Abstract.hash(s, func(m));
                    return h == -1 ? -2 : h;
                })
                .dealloc((s, m) -> {
                    Objects.xdecref(s, func(m));
                    Objects.xdecref(s, self(m));
                    s.freeGcObject(m);
                })
                .traverse((s, m, v) -> {
                    Descriptors.visit(m, METHOD_FUNC_OFFSET, v);
                    Descriptors.visit(m, METHOD_SELF_OFFSET, v);
                })
                .clear((s, m) -> {
                    Descriptors.clearField(s, m, METHOD_FUNC_OFFSET);
                    Descriptors.clearField(s, m, METHOD_SELF_OFFSET);
                })
                .build();
    }

    /** Calls the function with {@code self} before {@code args}. */
    static long call(ObjectState s, long m, long args, long kwargs) {
        long n = TupleType.size(args);
        if ((kwargs == 0 || DictType.size(kwargs) == 0) && Objects.type(func(m)) == s.space().type(BuiltinType.FUNCTION)) {
            long[] all = new long[(int) n + 1];
            all[0] = self(m);
            for (int i = 0; i < n; i++) {
                all[i + 1] = TupleType.getItem(args, i);
            }
            return s.callFunction(func(m), all, 0, all.length);
        }
        long all = TupleType.allocate(s, n + 1);
        TupleType.initItem(s, all, 0, Objects.newRef(self(m)));
        for (long i = 0; i < n; i++) {
            TupleType.initItem(s, all, i + 1, Objects.newRef(TupleType.getItem(args, i)));
        }
        try {
            return Abstract.call(s, func(m), all, kwargs);
        } finally {
            Objects.decref(s, all);
        }
    }

    private static long repr(ObjectState s, long m) {
        String name;
        try {
            long q = Abstract.getAttr(s, func(m), "__qualname__");
            try {
                name = Abstract.strJava(s, q);
            } finally {
                Objects.decref(s, q);
            }
        } catch (PyException e) {
            e.release(s);
            name = "?";
        }
        return StrType.fromJava(s, "<bound method " + name + " of " + Abstract.reprJava(s, self(m)) + ">");
    }

    private static long getAttr(ObjectState s, long m, long name) {
        String n = StrType.toJava(name);
        return switch (n) {
            case "__func__" -> Objects.newRef(func(m));
            case "__self__" -> Objects.newRef(self(m));
            case "__class__" -> Objects.newRef(Objects.type(m));
            default -> Abstract.getAttr(s, func(m), name);
        };
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The descriptor types classes use: {@code staticmethod}, {@code classmethod}, {@code property}
 * and {@code member_descriptor} (one per {@code __slots__} name), and the descriptor protocol
 * itself ({@link #get}).
 *
 * <pre>
 *   staticmethod / classmethod            property                      member_descriptor
 *   +16  callable                         +16 fget   +24 fset           +16 owner type
 *   (24 bytes)                            +32 fdel   +40 __doc__        +24 name  str
 *                                         +48 name (from __set_name__)  +32 offset int64
 *                                         (56 bytes)                    (40 bytes)
 * </pre>
 *
 * All fields hold owned references or 0 (a member and its class form a cycle the collector breaks).
 */
public final class Descriptors {
    public static final int WRAPPED_OFFSET = 16;
    public static final int WRAPPER_SIZE = 24;
    static final int FGET_OFFSET = 16;
    static final int FSET_OFFSET = 24;
    static final int FDEL_OFFSET = 32;
    static final int DOC_OFFSET = 40;
    static final int PROPERTY_NAME_OFFSET = 48;
    public static final int PROPERTY_SIZE = 56;
    static final int MEMBER_TYPE_OFFSET = 16;
    static final int MEMBER_NAME_OFFSET = 24;
    static final int MEMBER_OFFSET_OFFSET = 32;
    public static final int MEMBER_SIZE = 40;

    private Descriptors() {
    }

    /**
     * The descriptor protocol: {@code descr.__get__(obj, type)} when {@code descr}'s type has one,
     * else {@code descr} itself. {@code obj} is 0 for access through the class. A new reference.
     */
    public static long get(ObjectState s, long descr, long obj, long type) {
        SlotFunctions.TernaryFunc f = s.slotsOf(descr).descrGet;
        return f == null ? Objects.newRef(descr) : f.apply(s, descr, obj, type);
    }

    /** True when {@code descr} defines {@code __set__} or {@code __delete__}: it wins over an instance dict. */
    public static boolean isData(ObjectState s, long descr) {
        return s.slotsOf(descr).descrSet != null;
    }

    static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case STATICMETHOD, CLASSMETHOD -> wrapperSlots(t == BuiltinType.CLASSMETHOD);
            case PROPERTY -> Properties.slots();
            case MEMBER_DESCRIPTOR -> memberSlots();
            default -> throw new IllegalArgumentException(t.name());
        };
    }

    // ---------------------------------------------------------------- staticmethod, classmethod

    public static long newStaticMethod(ObjectState s, long callable) {
        return newWrapper(s, s.space().type(BuiltinType.STATICMETHOD), callable);
    }

    public static long newClassMethod(ObjectState s, long callable) {
        return newWrapper(s, s.space().type(BuiltinType.CLASSMETHOD), callable);
    }

    private static long newWrapper(ObjectState s, long type, long callable) {
        long w = s.allocInstance(type);
        Memory.putLong(w + WRAPPED_OFFSET, Objects.newRef(callable));
        return w;
    }

    private static TypeSlots wrapperSlots(boolean classMethod) {
        String kind = classMethod ? "classmethod" : "staticmethod";
        TypeSlots.Builder b = TypeSlots.builder()
                .newInstance((s, type, args, kwargs) -> {
                    if (kwargs != 0 && DictType.size(kwargs) > 0) {
                        throw Errors.typeError(s, kind + "() takes no keyword arguments");
                    }
                    if (TupleType.size(args) != 1) {
                        throw Errors.typeError(s, kind + " expected 1 argument, got " + TupleType.size(args));
                    }
                    return newWrapper(s, type, TupleType.getItem(args, 0));
                })
                .repr((s, w) -> StrType.fromJava(s, "<" + kind + "("
                        + Abstract.reprJava(s, Memory.getLong(w + WRAPPED_OFFSET)) + ")>"))
                .getAttr(Descriptors::wrapperGetAttr)
                .dealloc((s, w) -> {
                    Objects.xdecref(s, Memory.getLong(w + WRAPPED_OFFSET));
                    s.freeAny(w);
                })
                .traverse((s, w, v) -> visit(w, WRAPPED_OFFSET, v))
                .clear((s, w) -> clearField(s, w, WRAPPED_OFFSET));
        if (classMethod) {
            b.descrGet((s, w, obj, type) -> BoundMethod.newMethod(s, Memory.getLong(w + WRAPPED_OFFSET),
                    type != 0 ? type : Objects.type(obj)));
        } else {
            b.descrGet((s, w, obj, type) -> Objects.newRef(Memory.getLong(w + WRAPPED_OFFSET)));
            b.call((s, w, args, kwargs) -> Abstract.call(s, Memory.getLong(w + WRAPPED_OFFSET), args, kwargs));
        }
        return b.build();
    }

    /** {@code __func__} and {@code __wrapped__}; other names are the wrapped callable's ({@code __doc__}, {@code __name__} …). */
    private static long wrapperGetAttr(ObjectState s, long w, long name) {
        String n = StrType.toJava(name);
        long f = Memory.getLong(w + WRAPPED_OFFSET);
        if (n.equals("__func__") || n.equals("__wrapped__")) {
            return Objects.newRef(f);
        }
        if (n.equals("__isabstractmethod__")) {
            return isAbstract(s, f);
        }
        if (n.equals("__class__")) {
            return Objects.newRef(Objects.type(w));
        }
        if (n.startsWith("__") && n.endsWith("__") && !n.equals("__doc__") && !n.equals("__name__")
                && !n.equals("__qualname__") && !n.equals("__module__")) {
            return ObjectType.genericGetAttr(s, w, name);
        }
        return Abstract.getAttr(s, f, name);
    }

    /** {@code getattr(f, '__isabstractmethod__', False)} as a bool. */
    static long isAbstract(ObjectState s, long f) {
        if (f == 0) {
            return s.space().falseObject();
        }
        try {
            long v = Abstract.getAttr(s, f, "__isabstractmethod__");
            try {
                return s.space().bool(Abstract.isTrue(s, v));
            } finally {
                Objects.decref(s, v);
            }
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return s.space().falseObject();
        }
    }

    // ---------------------------------------------------------------- member_descriptor (__slots__)

    static long newMember(ObjectState s, long owner, String name, long offset) {
        long m = s.allocInstance(s.space().type(BuiltinType.MEMBER_DESCRIPTOR));
        Memory.putLong(m + MEMBER_TYPE_OFFSET, Objects.newRef(owner));
        Memory.putLong(m + MEMBER_NAME_OFFSET, StrType.fromJava(s, name));
        Memory.putLong(m + MEMBER_OFFSET_OFFSET, offset);
        return m;
    }

    private static TypeSlots memberSlots() {
        return TypeSlots.builder()
                .repr((s, m) -> StrType.fromJava(s, "<member '" + memberName(m) + "' of '"
                        + Objects.typeName(Memory.getLong(m + MEMBER_TYPE_OFFSET)) + "' objects>"))
                .descrGet((s, m, obj, type) -> {
                    if (obj == 0 || obj == s.space().none()) {
                        return Objects.newRef(m);
                    }
                    long v = Memory.getLong(obj + memberOffset(s, m, obj));
                    if (v == 0) {
                        throw Errors.attributeError(s, obj, memberName(m));
                    }
                    return Objects.newRef(v);
                })
                .descrSet((s, m, obj, value) -> {
                    long at = obj + memberOffset(s, m, obj);
                    long old = Memory.getLong(at);
                    if (value == 0 && old == 0) {
                        throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, memberName(m));
                    }
                    Memory.putLong(at, value == 0 ? 0 : Objects.newRef(value));
                    Objects.xdecref(s, old);
                })
                .dealloc((s, m) -> {
                    Objects.decref(s, Memory.getLong(m + MEMBER_NAME_OFFSET));
                    Objects.xdecref(s, Memory.getLong(m + MEMBER_TYPE_OFFSET));
                    s.freeGcObject(m);
                })
                .traverse((s, m, v) -> visit(m, MEMBER_TYPE_OFFSET, v))
                .clear((s, m) -> clearField(s, m, MEMBER_TYPE_OFFSET))
                .build();
    }

    private static String memberName(long m) {
        return StrType.toJava(Memory.getLong(m + MEMBER_NAME_OFFSET));
    }

    /** The member's offset, after checking that {@code obj} has the owner's layout. */
    private static long memberOffset(ObjectState s, long m, long obj) {
        long owner = Memory.getLong(m + MEMBER_TYPE_OFFSET);
        if (!Objects.isInstance(obj, owner)) {
            throw Errors.typeError(s, "descriptor '" + memberName(m) + "' for '" + Objects.typeName(owner)
                    + "' objects doesn't apply to a '" + Objects.typeNameOf(obj) + "' object");
        }
        return Memory.getLong(m + MEMBER_OFFSET_OFFSET);
    }

    // ---------------------------------------------------------------- helpers

    static void visit(long o, int offset, SlotFunctions.Visitor v) {
        long ref = Memory.getLong(o + offset);
        if (ref != 0) {
            v.visit(ref);
        }
    }

    static void clearField(ObjectState s, long o, int offset) {
        long ref = Memory.getLong(o + offset);
        if (ref != 0) {
            Memory.putLong(o + offset, 0);
            Objects.decref(s, ref);
        }
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code object}: the base of every type, and the generic behaviour other types inherit —
 * identity hash and equality, {@code <x object at 0x…>} repr, attribute lookup of builtin
 * methods (bound on access), and deallocation by freeing.
 *
 * <pre>
 *   +0  ob_refcnt   +8  ob_type      (16 bytes: the header alone)
 * </pre>
 */
public final class ObjectType {
    private ObjectType() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr(ObjectType::repr)
                .hash((s, a) -> pointerHash(a))
                .richCompare(ObjectType::richCompare)
                .getAttr(ObjectType::genericGetAttr)
                .setAttr(ObjectType::genericSetAttr)
                .newInstance((s, type, args, kwargs) -> s.allocInstance(type))
                .dealloc((s, a) -> s.freeAny(a))
                .classMethod("__new__", HeapNew::objectNew)
                .method("__init__", HeapNew::objectInit)
                .classMethod("__init_subclass__", (s, cls, args, kwargs) -> {
                    if (TupleType.size(args) > 0 || kwargs != 0 && DictType.size(kwargs) > 0) {
                        throw Errors.typeError(s, Objects.typeName(cls) + ".__init_subclass__() takes no keyword arguments");
                    }
                    return Objects.newRef(s.space().none());
                })
                .method("__getattribute__", (s, self, args, kwargs) -> {
                    long name = attributeName(s, MethodArgs.positional(s, "__getattribute__", args, kwargs, 1, 1)[0]);
                    return HeapTypes.isHeapType(Objects.type(self)) ? HeapObjects.getAttr(s, self, name)
                            : Abstract.getAttr(s, self, name);
                })
                .method("__setattr__", (s, self, args, kwargs) -> {
                    long[] a = MethodArgs.positional(s, "__setattr__", args, kwargs, 2, 2);
                    setAttrGeneric(s, self, attributeName(s, a[0]), a[1]);
                    return Objects.newRef(s.space().none());
                })
                .method("__delattr__", (s, self, args, kwargs) -> {
                    long name = attributeName(s, MethodArgs.positional(s, "__delattr__", args, kwargs, 1, 1)[0]);
                    setAttrGeneric(s, self, name, 0);
                    return Objects.newRef(s.space().none());
                })
                .method("__format__", (s, self, args, kwargs) -> {
                    long spec = MethodArgs.one(s, "__format__", args, kwargs);
                    if (!StrType.check(spec)) {
                        throw Errors.typeError(s, "__format__() argument must be str, not "
                                + MethodArgs.clinicTypeName(s, spec));
                    }
                    return StrFormat.format(s, self, spec);
                })
                .build();
    }

    private static long attributeName(ObjectState s, long name) {
        if (!StrType.check(name)) {
            throw Errors.typeError(s, "attribute name must be string, not '" + Objects.typeNameOf(name) + "'");
        }
        return name;
    }

    /** {@code object.__setattr__}: the generic assignment, never a class's own {@code __setattr__}. */
    private static void setAttrGeneric(ObjectState s, long self, long name, long value) {
        if (HeapTypes.isHeapType(Objects.type(self))) {
            HeapObjects.setAttr(s, self, name, value);
            return;
        }
        SlotFunctions.SetFunc f = s.slotsOf(self).setAttr;
        if (f == null) {
            throw Errors.attributeError(s, self, StrType.toJava(name));
        }
        f.apply(s, self, name, value);
    }

    /** CPython's {@code _Py_HashPointer}: the address rotated right by 4 bits; never -1. */
    public static long pointerHash(long addr) {
        long h = Long.rotateRight(addr, 4);
        return h == -1 ? -2 : h;
    }

    static long repr(ObjectState s, long a) {
        return StrType.fromJava(s, "<" + qualifiedName(Objects.type(a)) + " object at " + Memory.hex(a) + ">");
    }

    /** {@code module.qualname}, or just {@code qualname} for builtins. */
    static String qualifiedName(long type) {
        String module = StrType.toJava(Memory.getLong(type + TypeLayout.MODULE_OFFSET));
        String name = StrType.toJava(Memory.getLong(type + TypeLayout.QUALNAME_OFFSET));
        return module.equals("builtins") ? name : module + "." + name;
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        return switch (op) {
            case EQ -> a == b ? s.space().trueObject() : s.space().notImplemented();
            case NE -> {
                TypeSlots slots = s.slotsOf(a);
                if (slots.richCompare == null || slots.richCompare == (SlotFunctions.RichCompareFunc) ObjectType::richCompare) {
                    yield a != b ? s.space().trueObject() : s.space().falseObject();
                }
                long eq = slots.richCompare.apply(s, a, b, CompareOp.EQ);
                if (eq == s.space().notImplemented()) {
                    yield eq;
                }
                boolean t = Abstract.isTrue(s, eq);
                Objects.decref(s, eq);
                yield s.space().bool(!t);
            }
            default -> s.space().notImplemented();
        };
    }

    /** True when {@code slots} looks attributes up the generic way: methods come from its table. */
    public static boolean hasGenericGetAttr(ObjectState s, TypeSlots slots) {
        return slots.getAttr == s.space().slotTable(BuiltinType.OBJECT.ordinal()).getAttr;
    }

    /** Finds a builtin method of the object's type and binds it to the object. */
    public static long genericGetAttr(ObjectState s, long a, long name) {
        String n = StrType.toJava(name);
        if (n.equals("__class__")) {
            return Objects.newRef(Objects.type(a));
        }
        long type = HeapTypes.staticBase(Objects.type(a));
        int slotsIndex = Memory.getInt(type + TypeLayout.SLOTS_INDEX_OFFSET);
        int method = s.slots(type).methodIndex(n);
        if (method >= 0) {
            boolean classMethod = s.slots(type).methods().get(method).classMethod();
            return CodeLayouts.bindBuiltin(s, classMethod ? Objects.type(a) : a, slotsIndex, method);
        }
        if (n.startsWith("__") && n.endsWith("__") && SlotWrappers.applies(s.slots(type), n)) {
            int wrappers = ObjectSpace.wrapperTableIndex();
            int w = s.space().slotTable(wrappers).methodIndex(n);
            if (w >= 0) {
                return CodeLayouts.bindBuiltin(s, a, wrappers, w);
            }
        }
        throw Errors.attributeError(s, a, n);
    }

    static void genericSetAttr(ObjectState s, long a, long name, long value) {
        String n = StrType.toJava(name);
        if (s.slotsOf(a).methodIndex(n) >= 0 || n.startsWith("__") && n.endsWith("__")
                && SlotWrappers.applies(s.slotsOf(a), n)) {
            throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR,
                    "'" + Objects.typeNameOf(a) + "' object attribute '" + n + "' is read-only");
        }
        boolean exists;
        try {
            Objects.decref(s, Abstract.getAttr(s, a, name));
            exists = true;
        } catch (PyException e) {
            e.release(s);
            exists = false;
        }
        if (exists) {
            throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR,
                    "attribute '" + n + "' of '" + Objects.typeNameOf(a) + "' objects is not writable");
        }
        throw Errors.attributeError(s, a, n);
    }
}

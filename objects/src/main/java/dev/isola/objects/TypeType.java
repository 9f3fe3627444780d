package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code type}: the type of types. A type object's layout is {@link TypeLayout}; calling a type
 * makes an instance through its {@code newInstance} slot.
 */
public final class TypeType {
    private TypeType() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr((s, t) -> StrType.fromJava(s, "<class '" + ObjectType.qualifiedName(t) + "'>"))
                .call(TypeType::call)
                .getAttr(TypeType::getAttr)
                .newInstance(TypeType::newType)
                .setAttr(TypeType::setAttr)
                .subscript(TypeType::subscript)
                .number(NumberOp.OR, UnionTypes::or)
                .dealloc(HeapTypes::deallocType)
                .traverse(HeapTypes::traverseType)
                .clear(HeapTypes::clearType)
                .classMethod("__new__", TypeType::typeNew)
                .classMethod("__prepare__", (s, type, args, kwargs) -> DictType.newDict(s))
                .method("__init__", (s, type, args, kwargs) -> {
                    // CPython's type_init: the class was made by __new__; only the arguments are checked.
                    long n = TupleType.size(args);
                    if (n == 1 && kwargs != 0 && DictType.size(kwargs) != 0) {
                        throw Errors.typeError(s, "type.__init__() takes no keyword arguments");
                    }
                    if (n != 1 && n != 3) {
                        throw Errors.typeError(s, "type.__init__() takes 1 or 3 arguments");
                    }
                    return s.space().none();
                })
                .method("mro", (s, type, args, kwargs) -> {
                    MethodArgs.none(s, "mro", args, kwargs);
                    long mro = Memory.getLong(type + TypeLayout.MRO_OFFSET);
                    long list = ListType.newList(s);
                    for (long i = 0; i < TupleType.size(mro); i++) {
                        ListType.append(s, list, TupleType.getItem(mro, i));
                    }
                    return list;
                })
                .method("__subclasses__", (s, type, args, kwargs) -> {
                    MethodArgs.none(s, "__subclasses__", args, kwargs);
                    long list = ListType.newList(s);
                    for (long sub : s.subclasses(type)) {
                        ListType.append(s, list, sub);
                    }
                    return list;
                })
                .build();
    }

    static long call(ObjectState s, long type, long args, long kwargs) {
        TypeSlots slots = s.slots(type);
        if (slots.newInstance == null) {
            throw Errors.typeError(s, "cannot create '" + Objects.typeName(type) + "' instances");
        }
        return slots.newInstance.apply(s, type, args, kwargs);
    }

    /**
     * {@code type(x)}: the type of {@code x}; {@code type(name, bases, ns, **kwds)} (and a
     * metaclass's {@code type.__new__(mcs, name, bases, ns, **kwds)}): a new class, the keywords
     * going to {@code __init_subclass__}.
     */
    static long newType(ObjectState s, long metatype, long args, long kwargs) {
        long n = TupleType.size(args);
        boolean keywords = kwargs != 0 && DictType.size(kwargs) != 0;
        if (n == 1 && metatype == s.space().type(BuiltinType.TYPE)) {
            if (keywords) {
                throw Errors.typeError(s, "type() takes no keyword arguments");
            }
            return Objects.newRef(Objects.type(TupleType.getItem(args, 0)));
        }
        if (n == 3) {
            long bases = TupleType.getItem(args, 1);
            long ns = TupleType.getItem(args, 2);
            if (!Objects.isInstance(bases, s.space().type(BuiltinType.TUPLE))) {
                throw Errors.typeError(s, "type.__new__() argument 2 must be tuple, not " + Objects.typeNameOf(bases));
            }
            if (!Objects.isInstance(ns, s.space().type(BuiltinType.DICT))) {
                throw Errors.typeError(s, "type.__new__() argument 3 must be dict, not " + Objects.typeNameOf(ns));
            }
            return HeapTypes.newType(s, metatype, TupleType.getItem(args, 0), bases, ns, keywords ? kwargs : 0);
        }
        if (metatype != s.space().type(BuiltinType.TYPE)) {
            throw Errors.typeError(s, "type.__new__() takes exactly 3 arguments (" + n + " given)");
        }
        throw Errors.typeError(s, "type() takes 1 or 3 arguments");
    }

    /** {@code type.__new__(mcs, name, bases, ns, **kwargs)}, checking that {@code mcs} is a metaclass. */
    private static long typeNew(ObjectState s, long self, long args, long kwargs) {
        long n = TupleType.size(args);
        if (n == 0) {
            throw Errors.typeError(s, "type.__new__(): not enough arguments");
        }
        long mcs = TupleType.getItem(args, 0);
        if (!Objects.isInstance(mcs, s.space().type(BuiltinType.TYPE))) {
            throw Errors.typeError(s, "type.__new__(X): X is not a type object (" + Objects.typeNameOf(mcs) + ")");
        }
        if (!Objects.isSubtype(mcs, s.space().type(BuiltinType.TYPE))) {
            throw Errors.typeError(s, "type.__new__(" + Objects.typeName(mcs) + "): "
                    + Objects.typeName(mcs) + " is not a subtype of type");
        }
        long rest = TupleType.getSlice(s, args, 1, n);
        try {
            return newType(s, mcs, rest, kwargs);
        } finally {
            Objects.decref(s, rest);
        }
    }

    static long getAttr(ObjectState s, long type, long name) {
        // CPython's type_getattro: a data descriptor of the metaclass wins; then the class's MRO;
        // then anything else the metaclass has, bound to the class.
        long meta = Objects.type(type);
        long metaAttr = HeapTypes.isHeapType(meta) ? HeapTypes.lookup(s, meta, name) : 0;
        if (metaAttr != 0 && Descriptors.isData(s, metaAttr)) {
            return Descriptors.get(s, metaAttr, type, meta);
        }
        boolean heap = HeapTypes.isHeapType(type);
        if (heap) {
            if (StrType.equalsAscii(name, "__dict__")) {
                // A snapshot: CPython's mappingproxy is read-only, and every change to a class
                // must go through setattr so that its slots stay in step.
                return DictType.copy(s, HeapTypes.dict(type));
            }
            if (!StrType.equalsAscii(name, "__name__") && !StrType.equalsAscii(name, "__qualname__")
                    && !StrType.equalsAscii(name, "__mro__") && !StrType.equalsAscii(name, "__bases__")
                    && !StrType.equalsAscii(name, "__base__")) {
                long v = HeapTypes.lookup(s, type, name);
                if (v != 0) {
                    return Descriptors.get(s, v, 0, type);
                }
            }
        }
        String n = StrType.toJava(name);
        long field = switch (n) {
            case "__name__" -> Memory.getLong(type + TypeLayout.NAME_OFFSET);
            case "__qualname__" -> Memory.getLong(type + TypeLayout.QUALNAME_OFFSET);
            case "__module__" -> Memory.getLong(type + TypeLayout.MODULE_OFFSET);
            case "__mro__" -> Memory.getLong(type + TypeLayout.MRO_OFFSET);
            case "__bases__" -> Memory.getLong(type + TypeLayout.BASES_OFFSET);
            case "__base__" -> {
                long base = Memory.getLong(type + TypeLayout.BASE_OFFSET);
                yield base == 0 ? s.space().none() : base;
            }
            case "__basicsize__" -> -1;
            default -> 0;
        };
        if (field == -1) {
            return IntType.fromLong(s, Memory.getLong(type + TypeLayout.BASICSIZE_OFFSET));
        }
        if (field != 0) {
            return Objects.newRef(field);
        }
        if (metaAttr != 0) {
            return Descriptors.get(s, metaAttr, type, meta);
        }
        if (!heap && n.equals("__hash__") && s.slots(type).hash == null) {
            return Objects.newRef(s.space().none()); // list.__hash__ is None: unhashable, as in CPython
        }
        long staticBase = HeapTypes.staticBase(type);
        int method = s.slots(staticBase).methodIndex(n);
        if (method >= 0) {
            if (s.slots(staticBase).methods().get(method).classMethod()) {
                return CodeLayouts.bindBuiltin(s, type, Memory.getInt(staticBase + TypeLayout.SLOTS_INDEX_OFFSET), method);
            }
            // An unbound builtin method: called with the instance first; one per type and name.
            return s.staticAttribute(staticBase, n, () -> CodeLayouts.unboundBuiltin(s, staticBase, method));
        }
        long wrapper = s.staticAttribute(staticBase, n, () -> SlotWrappers.descriptor(s, staticBase, n));
        if (wrapper != 0) {
            return wrapper;
        }
        if (heap && StrType.equalsAscii(name, "__doc__")) {
            return Objects.newRef(s.space().none());
        }
        try {
            return ObjectType.genericGetAttr(s, type, name);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            throw Errors.attributeError(s, type, n, "type object '" + Objects.typeName(type)
                    + "' has no attribute '" + n + "'");
        }
    }

    /**
     * {@code C[item]}: a class's {@code __class_getitem__}. For the builtin containers
     * ({@code list[int]} in annotations) the type itself stands in for CPython's
     * {@code types.GenericAlias}, which Isola does not have yet.
     */
    static long subscript(ObjectState s, long type, long item) {
        if (HeapTypes.isHeapType(type)) {
            long hook = HeapTypes.lookup(s, type, "__class_getitem__");
            if (hook != 0) {
                long bound = Descriptors.get(s, hook, 0, type);
                try {
                    long args = TupleType.pack(s, item);
                    try {
                        return Abstract.call(s, bound, args, 0);
                    } finally {
                        Objects.decref(s, args);
                    }
                } finally {
                    Objects.decref(s, bound);
                }
            }
        }
        // list.__class_getitem__ and friends, inherited by their subclasses: a GenericAlias.
        for (BuiltinType t : new BuiltinType[] {BuiltinType.LIST, BuiltinType.DICT, BuiltinType.TUPLE,
                BuiltinType.SET, BuiltinType.FROZENSET, BuiltinType.TYPE}) {
            if (Objects.isSubtype(type, s.space().type(t))) {
                return GenericAliases.of(s, type, item);
            }
        }
        throw Errors.typeError(s, "type '" + Objects.typeName(type) + "' is not subscriptable");
    }

    /** {@code C.name = value} ({@code value} 0 deletes): only classes' attributes can change. */
    static void setAttr(ObjectState s, long type, long name, long value) {
        if (!HeapTypes.isHeapType(type)) {
            throw Errors.typeError(s, "cannot set '" + StrType.toJava(name) + "' attribute of immutable type '"
                    + Objects.typeName(type) + "'");
        }
        if (StrType.equalsAscii(name, "__name__") || StrType.equalsAscii(name, "__qualname__")) {
            if (value == 0 || !StrType.check(value)) {
                throw Errors.typeError(s, "can only assign string to " + Objects.typeName(type) + "."
                        + StrType.toJava(name) + ", not '" + (value == 0 ? "NoneType" : Objects.typeNameOf(value)) + "'");
            }
            int off = StrType.equalsAscii(name, "__name__") ? TypeLayout.NAME_OFFSET : TypeLayout.QUALNAME_OFFSET;
            long old = Memory.getLong(type + off);
            Memory.putLong(type + off, Objects.newRef(value));
            Objects.decref(s, old);
            return;
        }
        long meta = Objects.type(type);
        if (HeapTypes.isHeapType(meta)) {
            // A data descriptor of the metaclass (a property with a setter) takes the assignment.
            long descr = HeapTypes.lookup(s, meta, name);
            if (descr != 0) {
                SlotFunctions.SetFunc set = s.slotsOf(descr).descrSet;
                if (set != null) {
                    set.apply(s, descr, type, value);
                    return;
                }
            }
        }
        long dict = HeapTypes.dict(type);
        s.typeAttributes().invalidate();
        long old = DictType.getItem(s, dict, name);
        boolean dataChange = old != 0 && Descriptors.isData(s, old) || value != 0 && Descriptors.isData(s, value);
        if (value == 0) {
            if (DictType.getItem(s, dict, name) == 0) {
                throw Errors.attributeError(s, type, StrType.toJava(name), "type object '" + Objects.typeName(type)
                        + "' has no attribute '" + StrType.toJava(name) + "'");
            }
            DictType.delItem(s, dict, name);
        } else {
            DictType.setItem(s, dict, name, value);
        }
        s.typeAttributes().invalidate();
        String n = StrType.toJava(name);
        if (n.equals("__abstractmethods__")) {
            // CPython's type_set_abstractmethods: object.__new__ tests this flag, not the dict.
            long flags = Objects.flags(type) & ~TypeFlags.IS_ABSTRACT;
            if (value != 0 && Abstract.isTrue(s, value)) {
                flags |= TypeFlags.IS_ABSTRACT;
            }
            Memory.putLong(type + TypeLayout.FLAGS_OFFSET, flags);
        }
        if (dataChange || n.startsWith("__") && n.endsWith("__")) {
            HeapSlots.update(s, type);
        }
    }
}

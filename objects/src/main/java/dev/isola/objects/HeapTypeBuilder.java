package dev.isola.objects;

import dev.isola.memory.Memory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * CPython's {@code type_new}, step by step: check the bases, pick the best base (whose layout
 * the instances extend), linearise the MRO, lay out {@code __dict__} and {@code __slots__}, copy
 * the namespace with CPython's adjustments ({@code __qualname__}, {@code __classcell__},
 * implicit {@code staticmethod}/{@code classmethod}, {@code __hash__ = None} beside
 * {@code __eq__}), make the type object and its slot table, then call {@code __set_name__} and
 * {@code __init_subclass__}.
 */
final class HeapTypeBuilder {
    private HeapTypeBuilder() {
    }

    static long build(ObjectState s, long metatype, long name, long bases, long ns, long kwargs) {
        String typeName = StrType.toJava(name);
        long nb = TupleType.size(bases);
        for (long i = 0; i < nb; i++) {
            long b = TupleType.getItem(bases, i);
            if (!Objects.isInstance(b, s.space().type(BuiltinType.TYPE))) {
                throw Errors.typeError(s, "metaclass conflict: the metaclass of a derived class must be a "
                        + "(non-strict) subclass of the metaclasses of all its bases");
            }
            if (!Objects.hasFlag(b, TypeFlags.BASETYPE)) {
                throw Errors.typeError(s, "type '" + Objects.typeName(b) + "' is not an acceptable base type");
            }
            for (long j = 0; j < i; j++) {
                if (TupleType.getItem(bases, j) == b) {
                    throw Errors.typeError(s, "duplicate base class " + Objects.typeName(b));
                }
            }
        }
        long best = bestBase(s, bases);
        long staticBase = HeapTypes.staticBase(best);
        if (!subclassable(s, staticBase)) {
            throw Errors.typeError(s, "Isola cannot subclass '" + Objects.typeName(staticBase) + "' yet");
        }
        long dict = DictType.copy(s, ns);
        long type = 0;
        try {
            List<String> slots = slotNames(s, typeName, dict);
            boolean baseHasDict = Memory.getLong(best + TypeLayout.DICTOFFSET_OFFSET) != 0;
            // A metaclass's instances are classes, whose attributes live in their own dict.
            boolean metaclass = staticBase == s.space().type(BuiltinType.TYPE);
            if (metaclass && slots != null && slots.stream().anyMatch(n -> !n.equals("__dict__") && !n.equals("__weakref__"))) {
                throw Errors.typeError(s, "nonempty __slots__ not supported for subtype of 'type'");
            }
            boolean addDict = !metaclass && !baseHasDict && (slots == null || slots.contains("__dict__"));
            if (slots != null && slots.contains("__dict__") && baseHasDict) {
                throw Errors.typeError(s, "__dict__ slot disallowed: we already got one");
            }
            long size = Memory.getLong(best + TypeLayout.BASICSIZE_OFFSET);
            long dictOffset = Memory.getLong(best + TypeLayout.DICTOFFSET_OFFSET);
            boolean varSize = Memory.getLong(staticBase + TypeLayout.ITEMSIZE_OFFSET) != 0;
            if (varSize && slots != null && slots.stream().anyMatch(n -> !n.equals("__dict__") && !n.equals("__weakref__"))) {
                throw Errors.typeError(s, "nonempty __slots__ not supported for subtype of '"
                        + Objects.typeName(staticBase) + "'");
            }
            if (addDict) {
                if (varSize) {
                    dictOffset = -(ObjectLayout.GC_PREFIX_SIZE + ObjectState.MANAGED_DICT_SIZE);
                } else {
                    dictOffset = size;
                    size += 8;
                }
            }
            long qualname = qualname(s, name, dict);
            long typeSize = Math.max(TypeLayout.SIZE, Memory.getLong(metatype + TypeLayout.BASICSIZE_OFFSET));
            // A heap metaclass gains a reference here (allocGcObject), given back by deallocType.
            type = s.allocGcObject(metatype, typeSize);
            Memory.fill(type + ObjectLayout.HEADER_SIZE, typeSize - ObjectLayout.HEADER_SIZE, (byte) 0);
            Memory.putLong(type + TypeLayout.DICT_OFFSET, dict);
            Memory.putLong(type + TypeLayout.QUALNAME_OFFSET, qualname);
            Memory.putLong(type + TypeLayout.NAME_OFFSET, Objects.newRef(name));
            Memory.putLong(type + TypeLayout.BASE_OFFSET, Objects.newRef(best));
            Memory.putLong(type + TypeLayout.STATIC_BASE_OFFSET, staticBase);
            Memory.putLong(type + TypeLayout.BASES_OFFSET, Objects.newRef(bases));
            Memory.putInt(type + TypeLayout.STATIC_INDEX_OFFSET, -1);
            Memory.putInt(type + TypeLayout.SLOTS_INDEX_OFFSET, -1);
            long module = DictType.getItemString(s, dict, "__module__");
            if (module == 0) {
                long globals = s.currentGlobals().globals(s);
                long caller = globals == 0 ? 0 : DictType.getItemString(s, globals, "__name__");
                if (caller != 0) {
                    DictType.setItemString(s, dict, "__module__", caller);
                    module = caller;
                }
            }
            Memory.putLong(type + TypeLayout.MODULE_OFFSET,
                    module != 0 && StrType.check(module) ? Objects.newRef(module) : s.intern("builtins"));
            long flags = TypeFlags.HEAPTYPE | TypeFlags.BASETYPE | TypeFlags.HAVE_GC
                    | Objects.flags(best) & (TypeFlags.SUBCLASS_MASK | TypeFlags.MANAGED_DICT)
                    | (dictOffset < 0 ? TypeFlags.MANAGED_DICT : 0);
            Memory.putLong(type + TypeLayout.FLAGS_OFFSET, flags);
            if (slots != null) {
                for (String slot : slots) {
                    if (!slot.equals("__dict__") && !slot.equals("__weakref__")) {
                        long member = Descriptors.newMember(s, type, slot, size);
                        try {
                            DictType.setItemString(s, dict, slot, member);
                        } finally {
                            Objects.decref(s, member);
                        }
                        size += 8;
                    }
                }
            }
            Memory.putLong(type + TypeLayout.BASICSIZE_OFFSET, size);
            Memory.putLong(type + TypeLayout.DICTOFFSET_OFFSET, dictOffset);
            long[] mro = HeapTypes.c3(s, type, bases);
            long mroTuple = TupleType.allocate(s, mro.length);
            for (int i = 0; i < mro.length; i++) {
                TupleType.initItem(s, mroTuple, i, Objects.newRef(mro[i]));
            }
            Memory.putLong(type + TypeLayout.MRO_OFFSET, mroTuple);
            adjustNamespace(s, type, dict);
            s.typeAttributes().invalidate();
            Memory.putInt(type + TypeLayout.SLOTS_INDEX_OFFSET, s.addHeapSlots(HeapSlots.build(s, type)));
            for (long i = 0; i < nb; i++) {
                s.addSubclass(TupleType.getItem(bases, i), type);
            }
        } catch (PyException e) {
            if (type == 0) {
                Objects.decref(s, dict);
            } else {
                abandon(s, type);
            }
            throw e;
        }
        try {
            setClassCell(s, type, dict);
            s.typeAttributes().invalidate();
            setNames(s, type, dict);
            initSubclass(s, type, kwargs);
        } catch (PyException e) {
            Objects.decref(s, type);
            throw e;
        }
        return type;
    }

    /** Frees a half-made type whose slot table may not exist yet. */
    private static void abandon(ObjectState s, long type) {
        if (Memory.getInt(type + TypeLayout.SLOTS_INDEX_OFFSET) < 0) {
            Memory.putInt(type + TypeLayout.SLOTS_INDEX_OFFSET,
                    s.addHeapSlots(TypeSlots.builder().build()));
        }
        Objects.decref(s, type);
    }

    /** Builtin bases whose instances can be made at a subclass's size (see ObjectState.allocInstance). */
    private static boolean subclassable(ObjectState s, long staticBase) {
        if (Objects.hasFlag(staticBase, TypeFlags.BASE_EXC_SUBCLASS)) {
            return true;
        }
        for (BuiltinType t : new BuiltinType[] {BuiltinType.OBJECT, BuiltinType.LIST, BuiltinType.DICT,
                BuiltinType.SET, BuiltinType.FROZENSET, BuiltinType.PROPERTY, BuiltinType.INT, BuiltinType.FLOAT,
                BuiltinType.STR, BuiltinType.BYTES, BuiltinType.TUPLE, BuiltinType.RANDOM, BuiltinType.TYPE}) {
            if (staticBase == s.space().type(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * CPython's {@code best_base}: the base whose "solid" layout extends every other base's;
     * TypeError when two bases' layouts conflict.
     */
    private static long bestBase(ObjectState s, long bases) {
        long winner = 0;
        long best = 0;
        for (long i = 0; i < TupleType.size(bases); i++) {
            long b = TupleType.getItem(bases, i);
            long solid = solidBase(b);
            if (winner == 0 || !Objects.isSubtype(winner, solid) && Objects.isSubtype(solid, winner)) {
                winner = solid;
                best = b;
            } else if (!Objects.isSubtype(winner, solid)) {
                throw Errors.typeError(s, "multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /** The nearest type in the base chain that adds fields to the instance layout. */
    private static long solidBase(long type) {
        long t = type;
        while (HeapTypes.isHeapType(t)) {
            long base = Memory.getLong(t + TypeLayout.BASE_OFFSET);
            long extra = Memory.getLong(t + TypeLayout.BASICSIZE_OFFSET) - Memory.getLong(base + TypeLayout.BASICSIZE_OFFSET);
            boolean addedDict = Memory.getLong(base + TypeLayout.DICTOFFSET_OFFSET) == 0
                    && Memory.getLong(t + TypeLayout.DICTOFFSET_OFFSET) != 0;
            if (extra > (addedDict ? 8 : 0)) {
                return t;
            }
            t = base;
        }
        return t;
    }

    /** The names in {@code __slots__} (mangled, sorted as CPython sorts them), or null without one. */
    private static List<String> slotNames(ObjectState s, String className, long dict) {
        long spec = DictType.getItemString(s, dict, "__slots__");
        if (spec == 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (StrType.check(spec)) {
            names.add(StrType.toJava(spec));
        } else {
            long it = Abstract.iter(s, spec);
            try {
                for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                    try {
                        if (!StrType.check(item)) {
                            throw Errors.typeError(s, "__slots__ items must be strings, not '"
                                    + Objects.typeNameOf(item) + "'");
                        }
                        names.add(StrType.toJava(item));
                    } finally {
                        Objects.decref(s, item);
                    }
                }
            } finally {
                Objects.decref(s, it);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        for (String n : names) {
            if (!isIdentifier(n)) {
                throw Errors.typeError(s, "__slots__ must be identifiers");
            }
            String mangled = mangle(className, n);
            if (!out.add(mangled) && !n.equals("__dict__") && !n.equals("__weakref__")) {
                continue;
            }
            if (DictType.getItemString(s, dict, mangled) != 0 && !n.equals("__dict__") && !n.equals("__weakref__")) {
                throw Errors.valueError(s, "'" + n + "' in __slots__ conflicts with class variable");
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isIdentifier(String n) {
        if (n.isEmpty() || !(Character.isLetter(n.codePointAt(0)) || n.charAt(0) == '_')) {
            return false;
        }
        return n.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** Private-name mangling, as the compiler does it: {@code __x} in class {@code _C} is {@code _C__x}. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** Takes {@code __qualname__} out of the namespace (a new reference to the qualname). */
    private static long qualname(ObjectState s, long name, long dict) {
        long q = DictType.getItemString(s, dict, "__qualname__");
        if (q == 0) {
            return Objects.newRef(name);
        }
        if (!StrType.check(q)) {
            throw Errors.typeError(s, "type __qualname__ must be a str, not " + Objects.typeNameOf(q));
        }
        Objects.incref(q);
        long key = s.intern("__qualname__");
        try {
            DictType.delItem(s, dict, key);
        } finally {
            Objects.decref(s, key);
        }
        return q;
    }

    /** CPython's adjustments of the copied namespace. */
    private static void adjustNamespace(ObjectState s, long type, long dict) {
        long function = s.space().type(BuiltinType.FUNCTION);
        wrapIfFunction(s, dict, "__new__", function, false);
        wrapIfFunction(s, dict, "__init_subclass__", function, true);
        wrapIfFunction(s, dict, "__class_getitem__", function, true);
        if (DictType.getItemString(s, dict, "__doc__") == 0) {
            DictType.setItemString(s, dict, "__doc__", s.space().none());
        }
        if (DictType.getItemString(s, dict, "__eq__") != 0 && DictType.getItemString(s, dict, "__hash__") == 0) {
            DictType.setItemString(s, dict, "__hash__", s.space().none());
        }
    }

    private static void wrapIfFunction(ObjectState s, long dict, String key, long function, boolean classMethod) {
        long v = DictType.getItemString(s, dict, key);
        if (v != 0 && Objects.type(v) == function) {
            long w = classMethod ? Descriptors.newClassMethod(s, v) : Descriptors.newStaticMethod(s, v);
            try {
                DictType.setItemString(s, dict, key, w);
            } finally {
                Objects.decref(s, w);
            }
        }
    }

    /** Fills the {@code __class__} cell that methods using {@code super()} close over. */
    private static void setClassCell(ObjectState s, long type, long dict) {
        long cell = DictType.getItemString(s, dict, "__classcell__");
        if (cell == 0) {
            return;
        }
        if (Objects.type(cell) != s.space().type(BuiltinType.CELL)) {
            throw Errors.typeError(s, "__classcell__ must be a nonlocal cell, not " + Objects.typeNameOf(cell));
        }
        long old = Memory.getLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET);
        Memory.putLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET, Objects.newRef(type));
        Objects.xdecref(s, old);
        long key = s.intern("__classcell__");
        try {
            DictType.delItem(s, dict, key);
        } finally {
            Objects.decref(s, key);
        }
    }

    /** {@code __set_name__(owner, name)} on every attribute whose type defines it. */
    private static void setNames(ObjectState s, long type, long dict) {
        long copy = DictType.copy(s, dict);
        try {
            long[] cursor = new long[3];
            while (DictType.next(copy, cursor)) {
                long v = cursor[2];
                long vt = Objects.type(v);
                boolean has = HeapTypes.isHeapType(vt) ? HeapTypes.lookup(s, vt, "__set_name__") != 0
                        : s.slots(vt).method("__set_name__") != null;
                if (has) {
                    Objects.decref(s, Abstract.callMethod(s, v, "__set_name__", type, cursor[1]));
                }
            }
        } finally {
            Objects.decref(s, copy);
        }
    }

    /** {@code super(type, type).__init_subclass__(**kwargs)}. */
    private static void initSubclass(ObjectState s, long type, long kwargs) {
        long mro = Memory.getLong(type + TypeLayout.MRO_OFFSET);
        for (long i = 1; i < TupleType.size(mro); i++) {
            long t = TupleType.getItem(mro, i);
            if (!HeapTypes.isHeapType(t)) {
                continue;
            }
            long hook = DictType.getItemString(s, HeapTypes.dict(t), "__init_subclass__");
            if (hook != 0) {
                long bound = Descriptors.get(s, hook, type, type);
                try {
                    Objects.decref(s, Abstract.call(s, bound, s.space().emptyTuple(), kwargs));
                } finally {
                    Objects.decref(s, bound);
                }
                return;
            }
        }
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, Objects.typeName(type) + ".__init_subclass__() takes no keyword arguments");
        }
    }

    /** Removes {@code type} from its bases' subclass lists (it is being freed). */
    static void unlinkSubclass(ObjectState s, long type) {
        long bases = Memory.getLong(type + TypeLayout.BASES_OFFSET);
        if (bases != 0) {
            for (long i = 0; i < TupleType.size(bases); i++) {
                s.removeSubclass(TupleType.getItem(bases, i), type);
            }
        }
        s.forgetSubclasses(type);
    }
}

package dev.isola.interp.eval;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.HeapObjects;
import dev.isola.objects.HeapTypes;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeLayout;
import dev.isola.objects.TypeSlots;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code dir()} and {@code dir(obj)} (CPython's {@code PyObject_Dir}): the sorted names of the
 * caller's scope, a module's dict, a class and its bases, or an instance's dict and class. A
 * class's {@code __dir__} replaces the default. The builtin types' attributes come from their
 * slot tables, so the dunder list of a builtin may differ slightly from CPython's.
 */
public final class Dir {
    private Dir() {
    }

    /** Dunders every object has (object's attributes in CPython 3.11). */
    private static final List<String> OBJECT_NAMES = List.of("__class__", "__delattr__", "__dir__", "__doc__",
            "__eq__", "__format__", "__ge__", "__getattribute__", "__gt__", "__hash__", "__init__",
            "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
            "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__");

    /** {@code dir(obj)}, or {@code dir()} when {@code obj} is 0: a new list. */
    public static long dir(InterpreterState interp, long obj) {
        ObjectState s = interp.objects();
        if (obj == 0) {
            long locals = Frames.locals(interp);
            try {
                return sortedList(s, keys(locals, new TreeSet<>()));
            } finally {
                Objects.decref(s, locals);
            }
        }
        long type = Objects.type(obj);
        if (HeapTypes.isHeapType(type) && HeapTypes.lookup(s, type, "__dir__") != 0) {
            long r = Abstract.callMethod(s, obj, "__dir__");
            try {
                long list = ListType.newList(s);
                ListType.extend(s, list, r);
                dev.isola.objects.Abstract.callMethod(s, list, "sort");
                return list;
            } finally {
                Objects.decref(s, r);
            }
        }
        return sortedList(s, names(s, obj));
    }

    /** The default {@code dir(obj)} names. */
    public static TreeSet<String> names(ObjectState s, long obj) {
        TreeSet<String> out = new TreeSet<>();
        long type = Objects.type(obj);
        if (type == s.space().type(BuiltinType.MODULE)) {
            return keys(Memory.getLong(obj + CodeLayouts.MODULE_DICT_OFFSET), out);
        }
        if (Objects.isInstance(obj, s.space().type(BuiltinType.TYPE))) {
            typeNames(s, obj, out);
            return out;
        }
        if (HeapTypes.isHeapType(type)) {
            long d = HeapObjects.instanceDict(s, obj, false);
            if (d != 0) {
                keys(d, out);
            }
        }
        typeNames(s, type, out);
        return out;
    }

    private static void typeNames(ObjectState s, long type, TreeSet<String> out) {
        long mro = Memory.getLong(type + TypeLayout.MRO_OFFSET);
        for (long i = 0; mro != 0 && i < TupleType.size(mro); i++) {
            long t = TupleType.getItem(mro, i);
            if (HeapTypes.isHeapType(t)) {
                keys(HeapTypes.dict(t), out);
                if (Memory.getLong(t + TypeLayout.DICTOFFSET_OFFSET) != 0) {
                    out.add("__dict__");
                    out.add("__weakref__");
                }
            } else {
                TypeSlots slots = s.slots(t);
                for (MethodDef m : slots.methods()) {
                    out.add(m.name());
                }
                out.addAll(dev.isola.objects.SlotWrappers.names(s, t));
            }
        }
        out.addAll(OBJECT_NAMES);
        if (HeapTypes.isHeapType(type)) {
            out.add("__module__");
        }
    }

    private static TreeSet<String> keys(long dict, TreeSet<String> out) {
        long[] cursor = new long[3];
        while (DictType.next(dict, cursor)) {
            if (StrType.check(cursor[1])) {
                out.add(StrType.toJava(cursor[1]));
            }
        }
        return out;
    }

    private static long sortedList(ObjectState s, TreeSet<String> names) {
        long list = ListType.newList(s);
        for (String n : names) {
            long str = StrType.fromJava(s, n);
            try {
                ListType.append(s, list, str);
            } finally {
                Objects.decref(s, str);
            }
        }
        return list;
    }
}

package dev.isola.interp.eval;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.HeapTypes;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code __build_class__(func, name, *bases, **kwds)}, what a {@code class} statement calls
 * (CPython's {@code builtin___build_class__}): replaces bases that define {@code __mro_entries__}
 * (recording the originals as {@code __orig_bases__}), runs the class body with a fresh namespace as its
 * locals, then makes the class by calling the metaclass: {@code metaclass(name, bases, namespace,
 * **kwds)}. The metaclass is the {@code metaclass=} keyword or the type of the first base, then
 * the most derived of it and the bases' metaclasses (a conflict is CPython's TypeError); its
 * {@code __prepare__} makes the namespace when it has one. A metaclass that is not a class (a
 * function) is called the same way, as in CPython.
 */
public final class Classes {
    private Classes() {
    }

    public static long buildClass(InterpreterState interp, long args, long kwargs) {
        ObjectState s = interp.objects();
        long n = TupleType.size(args);
        if (n < 2) {
            throw Errors.typeError(s, "__build_class__: not enough arguments");
        }
        long func = TupleType.getItem(args, 0);
        long name = TupleType.getItem(args, 1);
        if (Objects.type(func) != s.space().type(BuiltinType.FUNCTION)) {
            throw Errors.typeError(s, "__build_class__: func must be a function");
        }
        if (!StrType.check(name)) {
            throw Errors.typeError(s, "__build_class__: name is not a string");
        }
        long typeType = s.space().type(BuiltinType.TYPE);
        long kwds = kwargs == 0 ? DictType.newDict(s) : DictType.copy(s, kwargs);
        long origBases = TupleType.getSlice(s, args, 2, n);
        long bases;
        try {
            bases = updateBases(s, origBases);
        } catch (PyException e) {
            Objects.decref(s, origBases);
            Objects.decref(s, kwds);
            throw e;
        }
        long metaRef = 0;
        try {
            long meta = DictType.getItemString(s, kwds, "metaclass");
            if (meta != 0) {
                long key = s.intern("metaclass");
                try {
                    Objects.incref(meta);
                    metaRef = meta;
                    DictType.delItem(s, kwds, key);
                } finally {
                    Objects.decref(s, key);
                }
            } else {
                meta = TupleType.size(bases) == 0 ? typeType : Objects.type(TupleType.getItem(bases, 0));
            }
            boolean isClass = Objects.isInstance(meta, typeType);
            if (isClass) {
                // CPython's _PyType_CalculateMetaclass: the most derived metaclass of all.
                meta = HeapTypes.calculateMetaclass(s, meta, bases);
            }
            long ns = prepare(s, meta, isClass, name, bases, kwds);
            try {
                long cell = Calls.callClassBody(interp.thread(), func, ns);
                try {
                    if (bases != origBases) {
                        long key = s.intern("__orig_bases__");
                        try {
                            Abstract.setItem(s, ns, key, origBases);
                        } finally {
                            Objects.decref(s, key);
                        }
                    }
                    long cls = meta == typeType && Objects.type(ns) == s.space().type(BuiltinType.DICT)
                            ? HeapTypes.newType(s, typeType, name, bases, ns, kwds)
                            : callMetaclass(s, meta, name, bases, ns, kwds);
                    if (Objects.type(cell) == s.space().type(BuiltinType.CELL)
                            && Memory.getLong(cell + CodeLayouts.CELL_CONTENTS_OFFSET) != cls) {
                        Objects.decref(s, cls);
                        throw Errors.typeError(s, "__class__ set to a different class defining '"
                                + StrType.toJava(name) + "'");
                    }
                    return cls;
                } finally {
                    Objects.decref(s, cell);
                }
            } finally {
                Objects.decref(s, ns);
            }
        } finally {
            Objects.decref(s, bases);
            Objects.decref(s, origBases);
            Objects.decref(s, kwds);
            Objects.xdecref(s, metaRef);
        }
    }

    /**
     * CPython's {@code update_bases} (PEP 560): each base that is not a class but has
     * {@code __mro_entries__} is replaced by what {@code base.__mro_entries__(bases)} returns (a
     * tuple). Returns {@code bases} itself, with a new reference, when nothing was replaced.
     */
    private static long updateBases(ObjectState s, long bases) {
        long typeType = s.space().type(BuiltinType.TYPE);
        long n = TupleType.size(bases);
        List<Long> out = null;
        try {
            for (long i = 0; i < n; i++) {
                long b = TupleType.getItem(bases, i);
                long meth = Objects.isInstance(b, typeType) ? 0 : attrOrZero(s, b, "__mro_entries__");
                if (meth == 0) {
                    if (out != null) {
                        out.add(Objects.newRef(b));
                    }
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>();
                    for (long j = 0; j < i; j++) {
                        out.add(Objects.newRef(TupleType.getItem(bases, j)));
                    }
                }
                long entries;
                try {
                    long args = TupleType.pack(s, bases);
                    try {
                        entries = Abstract.call(s, meth, args, 0);
                    } finally {
                        Objects.decref(s, args);
                    }
                } finally {
                    Objects.decref(s, meth);
                }
                try {
                    if (!TupleType.check(entries)) {
                        throw Errors.typeError(s, "__mro_entries__ must return a tuple");
                    }
                    for (long j = 0; j < TupleType.size(entries); j++) {
                        out.add(Objects.newRef(TupleType.getItem(entries, j)));
                    }
                } finally {
                    Objects.decref(s, entries);
                }
            }
            if (out == null) {
                return Objects.newRef(bases);
            }
            long result = TupleType.allocate(s, out.size());
            for (int i = 0; i < out.size(); i++) {
                TupleType.initItem(s, result, i, out.get(i));
            }
            out = null;
            return result;
        } finally {
            if (out != null) {
                for (long v : out) {
                    Objects.decref(s, v);
                }
            }
        }
    }

    private static long attrOrZero(ObjectState s, long obj, String name) {
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

    /**
     * The class body's namespace: {@code meta.__prepare__(name, bases, **kwds)} when the metaclass
     * defines one (any mapping will do), else a new dict.
     */
    private static long prepare(ObjectState s, long meta, boolean isClass, long name, long bases, long kwds) {
        long prep = 0;
        if (isClass) {
            if (HeapTypes.isHeapType(meta) && HeapTypes.lookup(s, meta, "__prepare__") != 0) {
                prep = Abstract.getAttr(s, meta, "__prepare__");
            }
        } else {
            prep = attrOrZero(s, meta, "__prepare__");
        }
        if (prep == 0) {
            return DictType.newDict(s);
        }
        try {
            long args = TupleType.pack(s, name, bases);
            try {
                long ns = Abstract.call(s, prep, args, kwds);
                if (Objects.type(ns) != s.space().type(BuiltinType.DICT) && s.slotsOf(ns).assignSubscript == null) {
                    Objects.decref(s, ns);
                    throw Errors.typeError(s, Abstract.reprJava(s, meta) + ".__prepare__() must return a mapping, not "
                            + Objects.typeNameOf(ns));
                }
                return ns;
            } finally {
                Objects.decref(s, args);
            }
        } finally {
            Objects.decref(s, prep);
        }
    }

    /** {@code metaclass(name, bases, ns, **kwds)} for a metaclass that is a plain callable, not a type. */
    private static long callMetaclass(ObjectState s, long meta, long name, long bases, long ns, long kwds) {
        long args = TupleType.pack(s, name, bases, ns);
        try {
            return Abstract.call(s, meta, args, DictType.size(kwds) == 0 ? 0 : kwds);
        } finally {
            Objects.decref(s, args);
        }
    }
}

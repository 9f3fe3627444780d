package dev.isola.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Making instances of classes ({@code C(...)}, CPython's {@code type_call}): {@code __new__}
 * makes the object, then {@code __init__} initialises it when it is an instance of the class.
 * Also the builtin {@code __new__} and {@code __init__} methods of {@code object}, {@code list},
 * {@code dict}, {@code set} and {@code BaseException} that {@code super().__init__(...)} and
 * {@code object.__new__(cls)} reach, with CPython's argument checks.
 */
public final class HeapNew {
    private HeapNew() {
    }

    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        long newDescr = HeapTypes.lookup(s, type, "__new__");
        long obj;
        if (newDescr != 0) {
            long f = Descriptors.get(s, newDescr, 0, type);
            try {
                long all = prepend(s, type, args);
                try {
                    obj = Abstract.call(s, f, all, kwargs);
                } finally {
                    Objects.decref(s, all);
                }
            } finally {
                Objects.decref(s, f);
            }
        } else {
            if (staticBase(s, type) == s.space().type(BuiltinType.OBJECT) && hasArgs(args, kwargs)
                    && HeapTypes.lookup(s, type, "__init__") == 0) {
                throw Errors.typeError(s, Objects.typeName(type) + "() takes no arguments");
            }
            obj = baseNew(s, type, args, kwargs);
        }
        if (!Objects.isInstance(obj, type)) {
            return obj;
        }
        try {
            init(s, obj, args, kwargs);
        } catch (PyException e) {
            Objects.decref(s, obj);
            throw e;
        }
        return obj;
    }

    /** {@code type(obj).__init__(obj, *args, **kwargs)}, which must return None. */
    private static void init(ObjectState s, long obj, long args, long kwargs) {
        long type = Objects.type(obj);
        long init = HeapTypes.isHeapType(type) ? HeapTypes.lookup(s, type, "__init__") : 0;
        long r;
        if (init != 0 && (kwargs == 0 || DictType.size(kwargs) == 0)
                && Objects.type(init) == s.space().type(BuiltinType.FUNCTION)) {
            int n = (int) TupleType.size(args);
            long[] all = new long[n + 1];
            all[0] = obj;
            for (int i = 0; i < n; i++) {
                all[i + 1] = TupleType.getItem(args, i);
            }
            r = s.callFunction(init, all, 0, n + 1);
        } else if (init != 0) {
            long bound = Descriptors.get(s, init, obj, type);
            try {
                r = Abstract.call(s, bound, args, kwargs);
            } finally {
                Objects.decref(s, bound);
            }
        } else {
            MethodDef m = s.slots(staticBase(s, type)).method("__init__");
            if (m == null) {
                return;
            }
            r = m.impl().apply(s, obj, args, kwargs);
        }
        if (r != s.space().none()) {
            String t = Objects.typeNameOf(r);
            Objects.decref(s, r);
            throw Errors.typeError(s, "__init__() should return None, not '" + t + "'");
        }
    }

    /** The builtin base's {@code __new__} for {@code type}: containers start empty (their {@code __init__} fills them). */
    static long baseNew(ObjectState s, long type, long args, long kwargs) {
        long sb = staticBase(s, type);
        if (sb == s.space().type(BuiltinType.OBJECT)) {
            checkNotAbstract(s, type);
            return s.allocInstance(type);
        }
        if (sb == s.space().type(BuiltinType.LIST) || sb == s.space().type(BuiltinType.DICT)
                || sb == s.space().type(BuiltinType.SET)) {
            return s.slots(sb).newInstance.apply(s, type, s.space().emptyTuple(), 0);
        }
        return s.slots(sb).newInstance.apply(s, type, args, kwargs);
    }

    /**
     * CPython's {@code Py_TPFLAGS_IS_ABSTRACT} test in {@code object_new}: a class whose own
     * {@code __abstractmethods__} (set by {@code abc.ABC}) is non-empty cannot be instantiated.
     */
    private static void checkNotAbstract(ObjectState s, long type) {
        if ((Objects.flags(type) & TypeFlags.IS_ABSTRACT) == 0) {
            return;
        }
        long abstracts = DictType.getItemString(s, HeapTypes.dict(type), "__abstractmethods__");
        if (abstracts == 0 || !Abstract.isTrue(s, abstracts)) {
            return;
        }
        List<String> names = new ArrayList<>();
        long it = Abstract.iter(s, abstracts);
        try {
            for (long v; (v = Abstract.next(s, it)) != 0; ) {
                try {
                    names.add(Abstract.strJava(s, v));
                } finally {
                    Objects.decref(s, v);
                }
            }
        } finally {
            Objects.decref(s, it);
        }
        Collections.sort(names);
        throw Errors.typeError(s, "Can't instantiate abstract class " + Objects.typeName(type)
                + " with abstract method" + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
    }

    private static long staticBase(ObjectState s, long type) {
        return HeapTypes.staticBase(type);
    }

    private static boolean hasArgs(long args, long kwargs) {
        return TupleType.size(args) > 0 || kwargs != 0 && DictType.size(kwargs) > 0;
    }

    private static long prepend(ObjectState s, long first, long args) {
        long n = TupleType.size(args);
        long all = TupleType.allocate(s, n + 1);
        TupleType.initItem(s, all, 0, Objects.newRef(first));
        for (long i = 0; i < n; i++) {
            TupleType.initItem(s, all, i + 1, Objects.newRef(TupleType.getItem(args, i)));
        }
        return all;
    }

    // ---------------------------------------------------------------- builtin __new__ / __init__

    /** {@code object.__new__(cls, *args)} (and every builtin type's, through inheritance). */
    static long objectNew(ObjectState s, long self, long args, long kwargs) {
        if (TupleType.size(args) == 0) {
            throw Errors.typeError(s, "object.__new__(): not enough arguments");
        }
        long cls = TupleType.getItem(args, 0);
        if (!Objects.isInstance(cls, s.space().type(BuiltinType.TYPE))) {
            throw Errors.typeError(s, "object.__new__(X): X is not a type object (" + Objects.typeNameOf(cls) + ")");
        }
        long rest = TupleType.getSlice(s, args, 1, TupleType.size(args));
        try {
            if (!HeapTypes.isHeapType(cls)) {
                return Abstract.call(s, cls, rest, kwargs);
            }
            if (staticBase(s, cls) == s.space().type(BuiltinType.OBJECT) && hasArgs(rest, kwargs)) {
                if (HeapTypes.lookup(s, cls, "__new__") != 0) {
                    throw Errors.typeError(s, "object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (HeapTypes.lookup(s, cls, "__init__") == 0) {
                    throw Errors.typeError(s, Objects.typeName(cls) + "() takes no arguments");
                }
            }
            return baseNew(s, cls, rest, kwargs);
        } finally {
            Objects.decref(s, rest);
        }
    }

    /** {@code object.__init__(self)}: extra arguments are an error unless {@code __new__} took them. */
    static long objectInit(ObjectState s, long self, long args, long kwargs) {
        if (hasArgs(args, kwargs)) {
            long type = Objects.type(self);
            boolean ownInit = HeapTypes.isHeapType(type) && HeapTypes.lookup(s, type, "__init__") != 0;
            boolean ownNew = HeapTypes.isHeapType(type) && HeapTypes.lookup(s, type, "__new__") != 0
                    || HeapTypes.staticBase(type) != s.space().type(BuiltinType.OBJECT);
            if (ownInit) {
                throw Errors.typeError(s, "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (!ownNew) {
                throw Errors.typeError(s, Objects.typeName(type)
                        + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return Objects.newRef(s.space().none());
    }

    /** {@code list.__init__(self, iterable=(), /)}: empties the list, then extends it. */
    static long listInit(ObjectState s, long self, long args, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, "list() takes no keyword arguments");
        }
        if (TupleType.size(args) > 1) {
            throw Errors.typeError(s, "list expected at most 1 argument, got " + TupleType.size(args));
        }
        ListOps.clear(s, self);
        if (TupleType.size(args) == 1) {
            ListOps.extend(s, self, TupleType.getItem(args, 0));
        }
        return Objects.newRef(s.space().none());
    }

    /** {@code dict.__init__(self, *args, **kwargs)}: an update. */
    static long dictInit(ObjectState s, long self, long args, long kwargs) {
        if (TupleType.size(args) > 1) {
            throw Errors.typeError(s, "dict expected at most 1 argument, got " + TupleType.size(args));
        }
        DictMerge.updateCommon(s, self, args, kwargs);
        return Objects.newRef(s.space().none());
    }

    /** {@code BaseException.__init__(self, *args)}: sets {@code args}. */
    static long exceptionInit(ObjectState s, long self, long args, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, Objects.typeNameOf(self) + "() takes no keyword arguments");
        }
        long old = ExceptionTypes.args(self);
        dev.isola.memory.Memory.putLong(self + ExceptionTypes.ARGS_OFFSET, Objects.newRef(args));
        Objects.xdecref(s, old);
        return Objects.newRef(s.space().none());
    }
}

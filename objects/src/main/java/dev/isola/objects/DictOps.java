package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The Python-visible behaviour of {@code dict} ({@link DictType} holds the layout and the Java
 * API): slots, methods, construction and merging, with CPython 3.11+'s semantics and messages.
 * Stateless; arguments borrowed, results new references.
 */
final class DictOps {
    private DictOps() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr(DictOps::repr)
                .richCompare(DictOps::richCompare)
                .length((s, d) -> DictType.size(d))
                .contains(DictType::contains)
                .subscript(DictOps::subscript)
                .assignSubscript(DictOps::assignSubscript)
                .iter((s, d) -> DictViews.newIterator(s, d, BuiltinType.DICT_KEY_ITERATOR))
                .number(NumberOp.OR, DictOps::or)
                .inplace(NumberOp.OR, DictOps::inplaceOr)
                .newInstance(DictOps::newInstance)
                .method("__init__", HeapNew::dictInit)
                .dealloc(DictOps::dealloc)
                .clear(DictType::clear)
                .traverse(DictOps::traverse)
                .method("get", DictOps::get)
                .method("setdefault", DictOps::setDefault)
                .method("pop", DictOps::pop)
                .method("popitem", DictOps::popItem)
                .method("keys", (s, d, args, kwargs) -> view(s, d, args, kwargs, "keys", "DICT_KEYS"))
                .method("values", (s, d, args, kwargs) -> view(s, d, args, kwargs, "values", "DICT_VALUES"))
                .method("items", (s, d, args, kwargs) -> view(s, d, args, kwargs, "items", "DICT_ITEMS"))
                .method("update", DictOps::update)
                .method("copy", (s, d, args, kwargs) -> {
                    noArguments(s, "dict.copy", args, kwargs);
                    return DictType.copy(s, d);
                })
                .method("clear", (s, d, args, kwargs) -> {
                    noArguments(s, "dict.clear", args, kwargs);
                    DictType.clear(s, d);
                    return s.space().none();
                })
                .classMethod("fromkeys", DictOps::fromKeys)
                .method("__contains__", (s, d, args, kwargs) -> {
                    exactlyOne(s, "dict.__contains__", args, kwargs);
                    return s.space().bool(DictType.contains(s, d, TupleType.getItem(args, 0)));
                })
                .method("__getitem__", (s, d, args, kwargs) -> {
                    exactlyOne(s, "dict.__getitem__", args, kwargs);
                    return subscript(s, d, TupleType.getItem(args, 0));
                })
                .method("__reversed__", (s, d, args, kwargs) -> {
                    noArguments(s, "dict.__reversed__", args, kwargs);
                    return DictViews.newReverseIterator(s, d, "DICT_REVERSE_KEY_ITERATOR");
                })
                .method("__sizeof__", (s, d, args, kwargs) -> {
                    noArguments(s, "dict.__sizeof__", args, kwargs);
                    return IntType.fromLong(s, DictType.sizeOf(d) - ObjectLayout.GC_PREFIX_SIZE);
                })
                .build();
    }

    // ---------------------------------------------------------------- argument checks

    /** {@code name() takes no arguments (n given)}; no keywords either. */
    static void noArguments(ObjectState s, String name, long args, long kwargs) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n != 0) {
            throw Errors.typeError(s, name + "() takes no arguments (" + n + " given)");
        }
    }

    /** {@code name() takes exactly one argument (n given)}. */
    static void exactlyOne(ObjectState s, String name, long args, long kwargs) {
        noKeywords(s, name, kwargs);
        long n = TupleType.size(args);
        if (n != 1) {
            throw Errors.typeError(s, name + "() takes exactly one argument (" + n + " given)");
        }
    }

    static void noKeywords(ObjectState s, String name, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) != 0) {
            throw Errors.typeError(s, name + "() takes no keyword arguments");
        }
    }

    /** CPython's {@code _PyArg_CheckPositional}: {@code name expected at least/most …}. */
    static long positional(ObjectState s, String name, long args, int min, int max) {
        long n = TupleType.size(args);
        if (n < min) {
            throw Errors.typeError(s, name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(s, name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
        return n;
    }

    // ---------------------------------------------------------------- slots

    static long repr(ObjectState s, long d) {
        int flags = Memory.getInt(d + DictType.FLAGS_OFFSET);
        if ((flags & DictType.FLAG_IN_REPR) != 0) {
            return StrType.fromJava(s, "{...}");
        }
        if (DictType.size(d) == 0) {
            return StrType.fromJava(s, "{}");
        }
        Memory.putInt(d + DictType.FLAGS_OFFSET, flags | DictType.FLAG_IN_REPR);
        try {
            StringBuilder out = new StringBuilder("{");
            long[] cursor = new long[3];
            while (DictType.next(d, cursor)) {
                long key = Objects.newRef(cursor[1]);
                long value = Objects.newRef(cursor[2]);
                try {
                    if (out.length() > 1) {
                        out.append(", ");
                    }
                    out.append(Abstract.reprJava(s, key)).append(": ").append(Abstract.reprJava(s, value));
                } finally {
                    Objects.decref(s, key);
                    Objects.decref(s, value);
                }
            }
            return StrType.fromJava(s, out.append('}').toString());
        } finally {
            Memory.putInt(d + DictType.FLAGS_OFFSET,
                    Memory.getInt(d + DictType.FLAGS_OFFSET) & ~DictType.FLAG_IN_REPR);
        }
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!DictType.check(b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return s.space().notImplemented();
        }
        return s.space().bool(equal(s, a, b) == (op == CompareOp.EQ));
    }

    /** CPython's {@code dict_equal}: same size, and each key of a maps to an equal value in b. */
    static boolean equal(ObjectState s, long a, long b) {
        if (DictType.size(a) != DictType.size(b)) {
            return false;
        }
        long[] cursor = new long[4];
        while (DictType.next(a, cursor)) {
            long key = Objects.newRef(cursor[1]);
            long aValue = Objects.newRef(cursor[2]);
            try {
                long bValue = DictType.getItem(s, b, key, cursor[3]);
                if (bValue == 0) {
                    return false;
                }
                Objects.incref(bValue);
                try {
                    if (!Abstract.richCompareBool(s, aValue, bValue, CompareOp.EQ)) {
                        return false;
                    }
                } finally {
                    Objects.decref(s, bValue);
                }
            } finally {
                Objects.decref(s, key);
                Objects.decref(s, aValue);
            }
        }
        return true;
    }

    static long subscript(ObjectState s, long d, long key) {
        long value = DictType.getItem(s, d, key);
        if (value == 0) {
            long type = Objects.type(d);
            if (HeapTypes.isHeapType(type)) {
                long missing = HeapTypes.lookup(s, type, "__missing__");
                if (missing != 0) {
                    return HeapSlots.callDunder(s, d, missing, key);
                }
            }
            throw Errors.keyError(s, key);
        }
        return Objects.newRef(value);
    }

    static void assignSubscript(ObjectState s, long d, long key, long value) {
        if (value == 0) {
            DictType.delItem(s, d, key);
        } else {
            DictType.setItem(s, d, key, value);
        }
    }

    static long or(ObjectState s, long a, long b) {
        if (!DictType.check(a) || !DictType.check(b)) {
            return s.space().notImplemented();
        }
        long d = DictType.copy(s, a);
        try {
            DictMerge.merge(s, d, b, true);
        } catch (PyException e) {
            Objects.decref(s, d);
            throw e;
        }
        return d;
    }

    static long inplaceOr(ObjectState s, long a, long b) {
        DictMerge.updateArg(s, a, b);
        return Objects.newRef(a);
    }

    /** {@code dict(...)}: an empty instance of {@code type}, then {@code update(*args, **kwargs)}. */
    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        positional(s, "dict", args, 0, 1);
        long d = DictType.newInstance(s, type);
        try {
            DictMerge.updateCommon(s, d, args, kwargs);
        } catch (PyException e) {
            Objects.decref(s, d);
            throw e;
        }
        return d;
    }

    static void dealloc(ObjectState s, long d) {
        if (Objects.DEBUG) {
            DictType.checkInvariants(s, d);
        }
        long keys = DictType.keys(d);
        Memory.putLong(d + DictType.KEYS_OFFSET, 0);
        Memory.putLong(d + DictType.USED_OFFSET, 0);
        if (keys != 0) {
            DictType.releaseTable(s, keys);
        }
        s.freeGcObject(d);
    }

    static void traverse(ObjectState s, long d, SlotFunctions.Visitor visitor) {
        long[] cursor = new long[3];
        while (DictType.next(d, cursor)) {
            visitor.visit(cursor[1]);
            visitor.visit(cursor[2]);
        }
    }

    // ---------------------------------------------------------------- methods

    static long get(ObjectState s, long d, long args, long kwargs) {
        noKeywords(s, "dict.get", kwargs);
        long n = positional(s, "get", args, 1, 2);
        long value = DictType.getItem(s, d, TupleType.getItem(args, 0));
        if (value != 0) {
            return Objects.newRef(value);
        }
        return Objects.newRef(n > 1 ? TupleType.getItem(args, 1) : s.space().none());
    }

    static long setDefault(ObjectState s, long d, long args, long kwargs) {
        noKeywords(s, "dict.setdefault", kwargs);
        long n = positional(s, "setdefault", args, 1, 2);
        long key = TupleType.getItem(args, 0);
        long hash = DictType.hashOf(s, key);
        long value = DictType.getItem(s, d, key, hash);
        if (value == 0) {
            value = n > 1 ? TupleType.getItem(args, 1) : s.space().none();
            Objects.incref(key);
            Objects.incref(value);
            DictType.insert(s, d, key, hash, value);
        }
        return Objects.newRef(value);
    }

    static long pop(ObjectState s, long d, long args, long kwargs) {
        noKeywords(s, "dict.pop", kwargs);
        long n = positional(s, "pop", args, 1, 2);
        long key = TupleType.getItem(args, 0);
        long value = DictType.size(d) == 0 ? 0 : DictType.pop(s, d, key);
        if (value != 0) {
            return value;
        }
        if (n > 1) {
            return Objects.newRef(TupleType.getItem(args, 1));
        }
        throw Errors.keyError(s, key);
    }

    /** LIFO: removes the last entry; the table's entry count drops to it, as CPython's. */
    static long popItem(ObjectState s, long d, long args, long kwargs) {
        noArguments(s, "dict.popitem", args, kwargs);
        if (DictType.size(d) == 0) {
            long message = StrType.fromJava(s, "popitem(): dictionary is empty");
            try {
                throw Errors.keyError(s, message);
            } finally {
                Objects.decref(s, message);
            }
        }
        long keys = DictType.keys(d);
        long i = DictKeys.nentries(keys) - 1;
        while (DictKeys.entryKey(keys, i) == 0) {
            i--;
        }
        long key = DictKeys.entryKey(keys, i);
        long value = DictType.removeEntry(d, i);
        Memory.putLong(keys + DictKeys.NENTRIES_OFFSET, i);
        long pair = TupleType.allocate(s, 2);
        TupleType.initItem(s, pair, 0, key);
        TupleType.initItem(s, pair, 1, value);
        return pair;
    }

    static long view(ObjectState s, long d, long args, long kwargs, String name, String viewType) {
        noArguments(s, "dict." + name, args, kwargs);
        return DictViews.newView(s, d, viewType);
    }

    static long update(ObjectState s, long d, long args, long kwargs) {
        positional(s, "update", args, 0, 1);
        DictMerge.updateCommon(s, d, args, kwargs);
        return s.space().none();
    }

    /**
     * {@code dict.fromkeys(iterable, value=None)}, a classmethod: {@code self} is the class when
     * the method is bound to a type, or an instance. Until builtin classmethods bind to the type,
     * {@code dict.fromkeys(x)} arrives unbound with {@code x} as {@code self}: a self that is
     * neither a type nor a dict is taken as that iterable (a dict argument is ambiguous then).
     */
    static long fromKeys(ObjectState s, long self, long args, long kwargs) {
        noKeywords(s, "dict.fromkeys", kwargs);
        if (!Objects.hasFlag(Objects.type(self), TypeFlags.TYPE_SUBCLASS) && !DictType.check(self)) {
            long n = TupleType.size(args) + 1;
            if (n > 2) {
                throw Errors.typeError(s, "fromkeys expected at most 2 arguments, got " + n);
            }
            return newFromKeys(s, s.space().type(BuiltinType.DICT), self,
                    n > 1 ? TupleType.getItem(args, 0) : s.space().none());
        }
        long n = positional(s, "fromkeys", args, 1, 2);
        long type = Objects.hasFlag(Objects.type(self), TypeFlags.TYPE_SUBCLASS) ? self : Objects.type(self);
        return newFromKeys(s, type, TupleType.getItem(args, 0), n > 1 ? TupleType.getItem(args, 1) : s.space().none());
    }

    /** A new instance of {@code type} mapping each item of {@code iterable} to {@code value}. */
    static long newFromKeys(ObjectState s, long type, long iterable, long value) {
        long d = Abstract.call(s, type, s.space().emptyTuple(), 0);
        try {
            long it = Abstract.iter(s, iterable);
            try {
                for (long key = Abstract.next(s, it); key != 0; key = Abstract.next(s, it)) {
                    try {
                        Abstract.setItem(s, d, key, value);
                    } finally {
                        Objects.decref(s, key);
                    }
                }
            } finally {
                Objects.decref(s, it);
            }
        } catch (PyException e) {
            Objects.decref(s, d);
            throw e;
        }
        return d;
    }

}

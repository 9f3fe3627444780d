package dev.isola.objects;

import dev.isola.memory.Memory;
import java.util.HashSet;
import java.util.Set;

/**
 * The slot table of a class: CPython's {@code slot_tp_*} functions. For every dunder that some
 * class of the MRO defines, the slot calls it, looked up afresh on each call (so reassigning
 * {@code C.__add__} takes effect); every other slot is the builtin base's. Built when the class
 * is made and rebuilt, for it and its subclasses, when a dunder is assigned on a class
 * ({@link #update}).
 *
 * <p>The dispatchers are the same Java objects for every class, so a binary operation between
 * instances of two classes calls one dispatcher once, which then tries the reflected method
 * as CPython's {@code SLOT1BINFULL} does.
 */
final class HeapSlots {
    private HeapSlots() {
    }

    /** The slot table for heap type {@code type}, whose MRO and dicts are set. */
    static TypeSlots build(ObjectState s, long type) {
        Set<String> names = dunders(s, type);
        TypeSlots base = s.slots(HeapTypes.staticBase(type));
        TypeSlots.Builder b = TypeSlots.builder()
                .getAttr(names.contains("__getattr__") || names.contains("__getattribute__")
                        ? HeapObjects.GetAttr.HOOKED : HeapObjects.GetAttr.PLAIN)
                .setAttr(names.contains("__setattr__") || names.contains("__delattr__")
                        ? HeapSlots::setAttrHook : HeapObjects.SetAttr.PLAIN)
                .newInstance(HeapNew::newInstance)
                .dealloc(names.contains("__del__") ? HeapObjects::deallocFinalized : HeapObjects::dealloc)
                .traverse(HeapObjects::traverse)
                .clear(HeapObjects::clear);
        if (HeapTypes.staticBase(type) == s.space().type(BuiltinType.TYPE)) {
            // A metaclass: its instances are classes, with type's attribute lookup and layout.
            if (!names.contains("__getattr__") && !names.contains("__getattribute__")) {
                b.getAttr(base.getAttr);
            }
            if (!names.contains("__setattr__") && !names.contains("__delattr__")) {
                b.setAttr(base.setAttr);
            }
            b.dealloc(base.dealloc).traverse(base.traverse).clear(base.clear);
        }
        if (names.contains("__repr__")) {
            b.repr(HeapSlots::repr);
        }
        if (names.contains("__str__")) {
            b.str(HeapSlots::str);
        }
        b.hash(names.contains("__hash__") ? HeapSlots::hash : base.hash);
        for (CompareOp op : CompareOp.values()) {
            if (names.contains(op.dunder())) {
                b.richCompare(HeapSlots::richCompare);
            }
        }
        if (names.contains("__bool__") || names.contains("__len__")) {
            b.bool(HeapSlots::bool);
        }
        if (names.contains("__len__")) {
            b.length(HeapSlots::length);
        }
        if (names.contains("__getitem__")) {
            b.subscript((s2, o, k) -> call(s2, o, "__getitem__", k));
        }
        if (names.contains("__setitem__") || names.contains("__delitem__")) {
            b.assignSubscript(HeapSlots::assignSubscript);
        }
        if (names.contains("__contains__")) {
            b.contains((s2, o, x) -> truth(s2, call(s2, o, "__contains__", x)));
        }
        if (names.contains("__iter__")) {
            b.iter(HeapSlots::iter);
        } else if (names.contains("__getitem__") && base.iter == null) {
            b.iter((s2, o) -> SeqIterator.of(s2, o));
        }
        if (names.contains("__next__")) {
            b.next(HeapSlots::next);
        }
        if (names.contains("__call__")) {
            b.call((s2, o, args, kwargs) -> callWithArgs(s2, o, "__call__", args, kwargs));
        }
        if (names.contains("__get__")) {
            b.descrGet((s2, d, obj, t) -> call(s2, d, "__get__", obj == 0 ? s2.space().none() : obj,
                    t == 0 ? s2.space().none() : t));
        }
        if (names.contains("__set__") || names.contains("__delete__")) {
            b.descrSet((s2, d, obj, v) -> Objects.decref(s2, v == 0 ? call(s2, d, "__delete__", obj)
                    : call(s2, d, "__set__", obj, v)));
        }
        HeapNumbers.install(b, names);
        b.noDataDescriptors(!hasDataDescriptor(s, type));
        return b.build().inheritFrom(base);
    }

    /** Rebuilds the slot tables of {@code type} and every subclass (a dunder was set or deleted on it). */
    static void update(ObjectState s, long type) {
        s.setHeapSlots(Memory.getInt(type + TypeLayout.SLOTS_INDEX_OFFSET), build(s, type));
        for (long sub : s.subclasses(type)) {
            update(s, sub);
        }
    }

    /** True when a class dict of the MRO holds a data descriptor. */
    private static boolean hasDataDescriptor(ObjectState s, long type) {
        long mro = Memory.getLong(type + TypeLayout.MRO_OFFSET);
        for (long i = 0; i < TupleType.size(mro); i++) {
            long t = TupleType.getItem(mro, i);
            if (!HeapTypes.isHeapType(t)) {
                continue;
            }
            long[] cursor = new long[3];
            while (DictType.next(HeapTypes.dict(t), cursor)) {
                if (Descriptors.isData(s, cursor[2])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every {@code __dunder__} key of the class dicts in {@code type}'s MRO. */
    private static Set<String> dunders(ObjectState s, long type) {
        Set<String> out = new HashSet<>();
        long mro = Memory.getLong(type + TypeLayout.MRO_OFFSET);
        for (long i = 0; i < TupleType.size(mro); i++) {
            long t = TupleType.getItem(mro, i);
            if (!HeapTypes.isHeapType(t)) {
                continue;
            }
            long[] cursor = new long[3];
            while (DictType.next(HeapTypes.dict(t), cursor)) {
                if (StrType.check(cursor[1])) {
                    String k = StrType.toJava(cursor[1]);
                    if (k.startsWith("__") && k.endsWith("__")) {
                        out.add(k);
                    }
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- calling dunders

    /**
     * Calls {@code descr} (an attribute found on {@code self}'s class) as a method of
     * {@code self}: a plain function gets {@code self} first; anything else is bound by its
     * {@code __get__} first.
     */
    static long callDunder(ObjectState s, long self, long descr, long... args) {
        if (Objects.type(descr) == s.space().type(BuiltinType.FUNCTION)) {
            long[] all = new long[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return s.callFunction(descr, all, 0, all.length);
        }
        long bound = Descriptors.get(s, descr, self, Objects.type(self));
        try {
            return callPacked(s, bound, args);
        } finally {
            Objects.decref(s, bound);
        }
    }

    private static long callPacked(ObjectState s, long callable, long[] args) {
        long tuple = TupleType.pack(s, args);
        try {
            return Abstract.call(s, callable, tuple, 0);
        } finally {
            Objects.decref(s, tuple);
        }
    }

    /** {@code type(self).name(self, *args)}; AttributeError-free: the caller knows the class has it. */
    static long call(ObjectState s, long self, String name, long... args) {
        long descr = HeapTypes.lookup(s, Objects.type(self), name);
        if (descr == 0) {
            throw Errors.attributeError(s, self, name);
        }
        return callDunder(s, self, descr, args);
    }

    /** The dunder {@code name} of {@code self}'s class, borrowed, or 0. */
    static long find(ObjectState s, long self, String name) {
        return HeapTypes.lookup(s, Objects.type(self), name);
    }

    private static long callWithArgs(ObjectState s, long self, String name, long args, long kwargs) {
        long descr = HeapTypes.lookup(s, Objects.type(self), name);
        if (descr == 0) {
            throw Errors.typeError(s, "'" + Objects.typeNameOf(self) + "' object is not callable");
        }
        long bound = Descriptors.get(s, descr, self, Objects.type(self));
        try {
            return Abstract.call(s, bound, args, kwargs);
        } finally {
            Objects.decref(s, bound);
        }
    }

    private static boolean truth(ObjectState s, long r) {
        try {
            return Abstract.isTrue(s, r);
        } finally {
            Objects.decref(s, r);
        }
    }

    // ---------------------------------------------------------------- the slots

    private static TypeSlots base(ObjectState s, long o) {
        return s.slots(HeapTypes.staticBase(Objects.type(o)));
    }

    private static long repr(ObjectState s, long o) {
        long descr = find(s, o, "__repr__");
        if (descr == 0) {
            return base(s, o).repr.apply(s, o);
        }
        return checkStr(s, callDunder(s, o, descr), "__repr__");
    }

    private static long str(ObjectState s, long o) {
        long descr = find(s, o, "__str__");
        if (descr == 0) {
            TypeSlots base = base(s, o);
            return base.str != null ? base.str.apply(s, o) : Abstract.repr(s, o);
        }
        return checkStr(s, callDunder(s, o, descr), "__str__");
    }

    private static long checkStr(ObjectState s, long r, String name) {
        if (!StrType.check(r)) {
            String t = Objects.typeNameOf(r);
            Objects.decref(s, r);
            throw Errors.typeError(s, name + " returned non-string (type " + t + ")");
        }
        return r;
    }

    private static long hash(ObjectState s, long o) {
        long descr = find(s, o, "__hash__");
        if (descr == 0) {
            SlotFunctions.LongFunc h = base(s, o).hash;
            return h != null ? h.apply(s, o) : ObjectType.pointerHash(o);
        }
        if (descr == s.space().none()) {
            throw Errors.typeError(s, "unhashable type: '" + Objects.typeNameOf(o) + "'");
        }
        long r = callDunder(s, o, descr);
        try {
            if (!Objects.hasFlag(Objects.type(r), TypeFlags.LONG_SUBCLASS)) {
                throw Errors.typeError(s, "__hash__ method should return an integer");
            }
            long h = IntType.fitsLong(r) ? IntType.longValue(r) : Abstract.hash(s, r);
            return h == -1 ? -2 : h;
        } finally {
            Objects.decref(s, r);
        }
    }

    private static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        long descr = find(s, a, op.dunder());
        if (descr == 0) {
            SlotFunctions.RichCompareFunc f = base(s, a).richCompare;
            return f != null ? f.apply(s, a, b, op) : s.space().notImplemented();
        }
        return callDunder(s, a, descr, b);
    }

    private static boolean bool(ObjectState s, long o) {
        long descr = find(s, o, "__bool__");
        if (descr != 0) {
            long r = callDunder(s, o, descr);
            if (r != s.space().trueObject() && r != s.space().falseObject()) {
                String t = Objects.typeNameOf(r);
                Objects.decref(s, r);
                throw Errors.typeError(s, "__bool__ should return bool, returned " + t);
            }
            return r == s.space().trueObject();
        }
        if (find(s, o, "__len__") != 0) {
            return length(s, o) != 0;
        }
        SlotFunctions.Inquiry f = base(s, o).bool;
        return f == null || f.apply(s, o);
    }

    private static long length(ObjectState s, long o) {
        long r = call(s, o, "__len__");
        try {
            if (s.slotsOf(r).index == null) {
                throw Errors.typeError(s, "'" + Objects.typeNameOf(r) + "' object cannot be interpreted as an integer");
            }
            long index = Abstract.index(s, r);
            try {
                if (IntType.signum(index) < 0) {
                    throw Errors.valueError(s, "__len__() should return >= 0");
                }
                if (!IntType.fitsLong(index)) {
                    throw Errors.overflowError(s, "cannot fit 'int' into an index-sized integer");
                }
                return IntType.longValue(index);
            } finally {
                Objects.decref(s, index);
            }
        } finally {
            Objects.decref(s, r);
        }
    }

    private static void assignSubscript(ObjectState s, long o, long key, long value) {
        String name = value == 0 ? "__delitem__" : "__setitem__";
        long descr = find(s, o, name);
        if (descr == 0) {
            SlotFunctions.SetFunc f = base(s, o).assignSubscript;
            if (f != null) {
                f.apply(s, o, key, value);
                return;
            }
            throw Errors.attributeError(s, o, name);
        }
        Objects.decref(s, value == 0 ? callDunder(s, o, descr, key) : callDunder(s, o, descr, key, value));
    }

    private static long iter(ObjectState s, long o) {
        long descr = find(s, o, "__iter__");
        if (descr == s.space().none()) {
            throw Errors.typeError(s, "'" + Objects.typeNameOf(o) + "' object is not iterable");
        }
        if (descr == 0) {
            return base(s, o).iter.apply(s, o);
        }
        return callDunder(s, o, descr);
    }

    private static long next(ObjectState s, long o) {
        try {
            return call(s, o, "__next__");
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.STOP_ITERATION))) {
                throw e;
            }
            e.release(s);
            return 0;
        }
    }

    private static void setAttrHook(ObjectState s, long o, long name, long value) {
        String hook = value == 0 ? "__delattr__" : "__setattr__";
        long descr = find(s, o, hook);
        if (descr == 0) {
            if (Objects.isInstance(o, s.space().type(BuiltinType.TYPE))) {
                TypeType.setAttr(s, o, name, value);
            } else {
                HeapObjects.setAttr(s, o, name, value);
            }
            return;
        }
        Objects.decref(s, value == 0 ? callDunder(s, o, descr, name) : callDunder(s, o, descr, name, value));
    }
}

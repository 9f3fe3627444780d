package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * Instances of classes: attribute lookup and assignment (CPython's
 * {@code PyObject_GenericGetAttr}/{@code SetAttr} with descriptors and the instance
 * {@code __dict__}), and their release. Layout in {@link HeapTypes}.
 *
 * <p>Lookup order for {@code o.name}: a data descriptor found in the class dicts of the MRO;
 * else the instance dict; else a non-data descriptor or plain class attribute (bound by its
 * {@code __get__}); else the builtin base's own lookup (its methods, an exception's
 * {@code args} …); else {@code __getattr__} if the class has one.
 */
public final class HeapObjects {
    private HeapObjects() {
    }

    /** The instance dict of {@code o} (borrowed), made on demand when {@code create}; 0 if it has none. */
    public static long instanceDict(ObjectState s, long o, boolean create) {
        long off = Memory.getLong(Objects.type(o) + TypeLayout.DICTOFFSET_OFFSET);
        if (off == 0) {
            return 0;
        }
        long d = Memory.getLong(o + off);
        if (d == 0 && create) {
            d = DictType.newDict(s);
            Memory.putLong(o + off, d);
        }
        return d;
    }

    /** The plain setattr slot of classes (no {@code __setattr__}/{@code __delattr__}), as a constant. */
    enum SetAttr implements SlotFunctions.SetFunc {
        PLAIN;

        @Override
        public void apply(ObjectState s, long o, long name, long value) {
            setAttr(s, o, name, value);
        }
    }

    /**
     * The instance dict of {@code o} when {@code o.name} reads it before anything else (a class
     * with no {@code __getattr__}/{@code __getattribute__} and no data descriptor in its MRO),
     * else 0 — also 0 while the instance has no dict yet. For the interpreter's attribute hints.
     */
    public static long plainReadDict(ObjectState s, long o) {
        TypeSlots t = s.slotsOf(o);
        if (t.getAttr != GetAttr.PLAIN || !t.noDataDescriptors) {
            return 0;
        }
        return instanceDict(s, o, false);
    }

    /**
     * The instance dict of {@code o} when {@code o.name = v} stores straight into it (a class
     * with no {@code __setattr__} and no data descriptor, over a base whose setattr is
     * object's), else 0.
     */
    public static long plainStoreDict(ObjectState s, long o) {
        long type = Objects.type(o);
        TypeSlots t = s.slots(type);
        if (t.setAttr != SetAttr.PLAIN || !t.noDataDescriptors
                || s.slots(HeapTypes.staticBase(type)).setAttr != s.space().slotTable(BuiltinType.OBJECT.ordinal()).setAttr) {
            return 0;
        }
        return instanceDict(s, o, false);
    }

    /** The two getattr slots of classes, as constants so that a fast path can tell them apart. */
    enum GetAttr implements SlotFunctions.BinaryFunc {
        /** No {@code __getattr__} or {@code __getattribute__} in the class. */
        PLAIN,
        HOOKED;

        @Override
        public long apply(ObjectState s, long o, long name) {
            return this == PLAIN ? getAttr(s, o, name) : getAttrHook(s, o, name);
        }
    }

    /**
     * For {@code o.name(...)}: the plain function {@code name} of {@code o}'s class (borrowed)
     * when ordinary lookup would bind it to {@code o}, else 0 (the caller then does the full
     * lookup). Lets the interpreter call a method without making a bound method.
     */
    public static long findMethod(ObjectState s, long o, long name) {
        long type = Objects.type(o);
        if (s.slots(type).getAttr != GetAttr.PLAIN) {
            return 0;
        }
        long descr = HeapTypes.lookup(s, type, name);
        if (descr == 0 || Objects.type(descr) != s.space().type(BuiltinType.FUNCTION)) {
            return 0;
        }
        long d = instanceDict(s, o, false);
        if (d != 0 && DictType.getItem(s, d, name, StrType.hash(name)) != 0) {
            return 0;
        }
        return descr;
    }

    /** {@code o.name} without {@code __getattr__}: the generic algorithm. */
    static long getAttr(ObjectState s, long o, long name) {
        long type = Objects.type(o);
        if (s.slots(type).noDataDescriptors) {
            // No data descriptor can win over the instance dict: look there first.
            long d = instanceDict(s, o, false);
            if (d != 0) {
                long v = DictType.getItem(s, d, name, StrType.hash(name));
                if (v != 0) {
                    return Objects.newRef(v);
                }
            }
        }
        if (StrType.equalsAscii(name, "__dict__")) {
            long d = instanceDict(s, o, true);
            if (d != 0) {
                return Objects.newRef(d);
            }
        }
        long descr = HeapTypes.lookup(s, type, name);
        TypeSlots ds = null;
        if (descr != 0) {
            ds = s.slotsOf(descr);
            if (ds.descrSet != null && ds.descrGet != null) {
                return ds.descrGet.apply(s, descr, o, type);
            }
        }
        long d = instanceDict(s, o, false);
        if (d != 0) {
            long v = DictType.getItem(s, d, name, StrType.hash(name));
            if (v != 0) {
                return Objects.newRef(v);
            }
        }
        if (descr != 0) {
            return ds.descrGet != null ? ds.descrGet.apply(s, descr, o, type) : Objects.newRef(descr);
        }
        return s.slots(HeapTypes.staticBase(type)).getAttr.apply(s, o, name);
    }

    /**
     * {@code o.name} for a class with {@code __getattribute__} or {@code __getattr__}: the first
     * replaces the generic lookup, the second is called when lookup raises AttributeError.
     */
    static long getAttrHook(ObjectState s, long o, long name) {
        long type = Objects.type(o);
        long getattribute = HeapTypes.lookup(s, type, "__getattribute__");
        long getattr = HeapTypes.lookup(s, type, "__getattr__");
        try {
            return getattribute != 0 ? HeapSlots.callDunder(s, o, getattribute, name) : getAttr(s, o, name);
        } catch (PyException e) {
            if (getattr == 0 || !e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return HeapSlots.callDunder(s, o, getattr, name);
        }
    }

    /** {@code o.name = value} ({@code value} 0: {@code del o.name}). */
    static void setAttr(ObjectState s, long o, long name, long value) {
        long type = Objects.type(o);
        if (value != 0 && s.slots(type).noDataDescriptors
                && s.slots(HeapTypes.staticBase(type)).setAttr == s.space().slotTable(BuiltinType.OBJECT.ordinal()).setAttr
                && !StrType.equalsAscii(name, "__dict__")) {
            long d = instanceDict(s, o, true);
            if (d != 0) {
                DictType.setItem(s, d, name, value);
                return;
            }
        }
        long descr = HeapTypes.lookup(s, type, name);
        if (descr != 0) {
            SlotFunctions.SetFunc set = s.slotsOf(descr).descrSet;
            if (set != null) {
                set.apply(s, descr, o, value);
                return;
            }
        }
        long staticBase = HeapTypes.staticBase(type);
        SlotFunctions.SetFunc baseSet = s.slots(staticBase).setAttr;
        if (baseSet != s.space().slotTable(BuiltinType.OBJECT.ordinal()).setAttr && baseSet != null) {
            // The builtin base has attributes of its own (an exception's args, __traceback__ …) and
            // keeps the rest in the same instance dict.
            baseSet.apply(s, o, name, value);
            return;
        }
        if (StrType.equalsAscii(name, "__dict__") && hasDict(o)) {
            setDict(s, o, value);
            return;
        }
        long d = instanceDict(s, o, value != 0);
        if (d == 0) {
            if (value != 0 || !hasDict(o)) {
                throw Errors.attributeError(s, o, StrType.toJava(name));
            }
        }
        if (value != 0) {
            DictType.setItem(s, d, name, value);
        } else if (d == 0 || DictType.getItem(s, d, name, StrType.hash(name)) == 0) {
            throw Errors.attributeError(s, o, StrType.toJava(name));
        } else {
            DictType.delItem(s, d, name);
        }
    }

    private static boolean hasDict(long o) {
        return Memory.getLong(Objects.type(o) + TypeLayout.DICTOFFSET_OFFSET) != 0;
    }

    private static void setDict(ObjectState s, long o, long value) {
        if (value == 0) {
            throw Errors.typeError(s, "cannot delete __dict__");
        }
        if (!Objects.isInstance(value, s.space().type(BuiltinType.DICT))) {
            throw Errors.typeError(s, "__dict__ must be set to a dictionary, not a '" + Objects.typeNameOf(value) + "'");
        }
        long at = o + Memory.getLong(Objects.type(o) + TypeLayout.DICTOFFSET_OFFSET);
        long old = Memory.getLong(at);
        Memory.putLong(at, Objects.newRef(value));
        Objects.xdecref(s, old);
    }

    // ---------------------------------------------------------------- release

    /** The extra fields a class adds to its static base's layout: the dict (if it added one) and slots. */
    private static void forEachOwnField(long o, java.util.function.LongConsumer at) {
        long type = Objects.type(o);
        long dictOffset = Memory.getLong(type + TypeLayout.DICTOFFSET_OFFSET);
        if (dictOffset < 0) {
            at.accept(o + dictOffset);
        }
        long staticBase = HeapTypes.staticBase(type);
        long from = Memory.getLong(staticBase + TypeLayout.BASICSIZE_OFFSET);
        long to = Memory.getLong(type + TypeLayout.BASICSIZE_OFFSET);
        for (long off = from; off < to; off += 8) {
            at.accept(o + off);
        }
    }

    static void traverse(ObjectState s, long o, SlotFunctions.Visitor v) {
        forEachOwnField(o, at -> {
            long ref = Memory.getLong(at);
            if (ref != 0) {
                v.visit(ref);
            }
        });
        long type = Objects.type(o);
        SlotFunctions.Traverse base = s.slots(HeapTypes.staticBase(type)).traverse;
        if (base != null) {
            base.apply(s, o, v);
        }
        v.visit(type);
    }

    static void clear(ObjectState s, long o) {
        forEachOwnField(o, at -> {
            long ref = Memory.getLong(at);
            if (ref != 0) {
                Memory.putLong(at, 0);
                Objects.decref(s, ref);
            }
        });
        SlotFunctions.Dealloc base = s.slots(HeapTypes.staticBase(Objects.type(o))).clear;
        if (base != null) {
            base.apply(s, o);
        }
    }

    /**
     * Dealloc of an instance whose class has {@code __del__}: the finalizer runs first, once
     * (PEP 442), with the object briefly alive again; if it stored a new reference to itself the
     * object is resurrected and not freed.
     */
    static void deallocFinalized(ObjectState s, long o) {
        long del = HeapTypes.lookup(s, Objects.type(o), "__del__");
        if (del != 0 && s.markFinalized(o)) {
            Memory.putLong(o, 1);
            try {
                Objects.decref(s, HeapSlots.callDunder(s, o, del));
            } catch (PyException e) {
                s.writeUnraisable(e, del);
            }
            long refcnt = Memory.getLong(o) - 1;
            Memory.putLong(o, refcnt);
            if (refcnt > 0) {
                return;
            }
        }
        s.forgetFinalized(o);
        dealloc(s, o);
    }

    /** Releases the class's fields, then lets the builtin base free the rest; the instance's reference to its class goes last. */
    static void dealloc(ObjectState s, long o) {
        long type = Objects.type(o);
        forEachOwnField(o, at -> {
            long ref = Memory.getLong(at);
            if (ref != 0) {
                Memory.putLong(at, 0);
                Objects.decref(s, ref);
            }
        });
        s.slots(HeapTypes.staticBase(type)).dealloc.apply(s, o);
        Objects.decref(s, type);
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;
import java.util.ArrayList;
import java.util.List;

/**
 * Classes: types made at run time by a {@code class} statement or {@code type(name, bases, ns)},
 * CPython's heap types ({@code type_new}). A heap type is a {@link TypeLayout} object in the
 * interpreter's own memory, tracked by the cycle collector (its MRO holds itself), with a real
 * {@code __dict__} and a slot table of its own in the interpreter's {@link ObjectState}.
 *
 * <p>Instances take the layout of the class's <em>static base</em> (the nearest builtin type in
 * its {@code tp_base} chain: {@code object}, {@code list}, {@code dict}, an exception…), then
 * the {@code __dict__} pointer when the class has one, then one 8-byte cell per
 * {@code __slots__} name:
 *
 * <pre>
 *   -16  gc_next, gc_prev                  every instance of a class is GC-tracked
 *   +0   ob_refcnt, +8 ob_type             the class (each instance holds a reference to it)
 *   +16  the static base's payload         e.g. nothing for object, a list's fields for list
 *   +B   __dict__   dict or 0              B = tp_dictoffset; made on first store
 *   +B+8 slot 0 … slot n-1                 member descriptors in the class dict know the offsets
 * </pre>
 *
 * <p>Invariants: {@code tp_mro[0] == type}; every heap type in an MRO precedes its bases;
 * {@code tp_basicsize} of a class is at least its base's; {@code tp_dictoffset} is inherited
 * once set. Used under the owning interpreter's lock only.
 */
public final class HeapTypes {
    private HeapTypes() {
    }

    /** True for a class (a heap type). */
    public static boolean isHeapType(long type) {
        return (Memory.getLong(type + TypeLayout.FLAGS_OFFSET) & TypeFlags.HEAPTYPE) != 0;
    }

    /** The nearest builtin (static) type in {@code type}'s base chain: whose layout its instances extend. */
    public static long staticBase(long type) {
        return Memory.getLong(type + TypeLayout.STATIC_BASE_OFFSET);
    }

    /** The class dict of heap type {@code type} (borrowed). */
    public static long dict(long type) {
        return Memory.getLong(type + TypeLayout.DICT_OFFSET);
    }

    /**
     * CPython's {@code _PyType_Lookup} over the class dicts of the MRO: the attribute
     * {@code name} (a str) as found in the first heap type that defines it, borrowed, or 0.
     * Builtin types in the MRO are skipped: their attributes come from their slot tables.
     */
    public static long lookup(ObjectState s, long type, long name) {
        long mro = Memory.getLong(type + TypeLayout.MRO_OFFSET);
        if (mro == 0) {
            return 0;
        }
        long hash = StrType.hash(name);
        TypeAttributeCache cache = s.typeAttributes();
        int slot = TypeAttributeCache.slot(type, hash);
        if (cache.hit(slot, type, name)) {
            return cache.value(slot);
        }
        long found = 0;
        long n = TupleType.size(mro);
        for (long i = 0; i < n && found == 0; i++) {
            long t = TupleType.getItem(mro, i);
            if (isHeapType(t)) {
                found = DictType.getItem(s, dict(t), name, hash);
            }
        }
        // A lookup runs user __eq__ only for non-str keys in class dicts, which cannot match an
        // exact str name; still, store only after the walk, so a change made during it counts.
        if (StrType.isInterned(name) && Objects.type(name) == s.space().type(BuiltinType.STR)) {
            cache.store(slot, type, name, found);
        }
        return found;
    }

    /** {@link #lookup} by a Java name. */
    public static long lookup(ObjectState s, long type, String name) {
        long n = s.intern(name);
        try {
            return lookup(s, type, n);
        } finally {
            Objects.decref(s, n);
        }
    }

    // ---------------------------------------------------------------- type_new

    /**
     * {@code type(name, bases, ns)}: a new class. {@code bases} is a tuple of types (empty means
     * {@code (object,)}), {@code ns} the namespace the class body filled (copied, not kept).
     * {@code kwargs} (a dict or 0) go to the bases' {@code __init_subclass__}.
     */
    public static long newType(ObjectState s, long metatype, long name, long bases, long ns, long kwargs) {
        if (!StrType.check(name)) {
            throw Errors.typeError(s, "type.__new__() argument 1 must be str, not " + Objects.typeNameOf(name));
        }
        if (TupleType.size(bases) == 0) {
            bases = TupleType.pack(s, s.space().type(BuiltinType.OBJECT));
        } else {
            Objects.incref(bases);
        }
        try {
            return HeapTypeBuilder.build(s, calculateMetaclass(s, metatype, bases), name, bases, ns, kwargs);
        } finally {
            Objects.decref(s, bases);
        }
    }

    /**
     * CPython's {@code _PyType_CalculateMetaclass}: the winner among {@code meta} and the
     * metaclasses of {@code bases}, the one that is a subclass of all the others (borrowed), or
     * TypeError ("metaclass conflict").
     */
    public static long calculateMetaclass(ObjectState s, long meta, long bases) {
        long winner = meta;
        for (long i = 0; i < TupleType.size(bases); i++) {
            long t = Objects.type(TupleType.getItem(bases, i));
            if (Objects.isSubtype(winner, t)) {
                continue;
            }
            if (Objects.isSubtype(t, winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError(s, "metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /**
     * C3 linearisation ({@code mro_internal}): the class, then a merge of its bases' MROs and
     * the bases list, keeping every type before its bases and the bases in order.
     */
    static long[] c3(ObjectState s, long type, long bases) {
        List<List<Long>> seqs = new ArrayList<>();
        long nb = TupleType.size(bases);
        List<Long> baseList = new ArrayList<>();
        for (long i = 0; i < nb; i++) {
            long b = TupleType.getItem(bases, i);
            long mro = Memory.getLong(b + TypeLayout.MRO_OFFSET);
            List<Long> seq = new ArrayList<>();
            for (long j = 0; j < TupleType.size(mro); j++) {
                seq.add(TupleType.getItem(mro, j));
            }
            seqs.add(seq);
            baseList.add(b);
        }
        seqs.add(new ArrayList<>(baseList));
        List<Long> out = new ArrayList<>();
        out.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                break;
            }
            Long next = null;
            for (List<Long> seq : seqs) {
                Long head = seq.get(0);
                boolean inTail = false;
                for (List<Long> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                StringBuilder names = new StringBuilder();
                List<Long> seen = new ArrayList<>();
                for (List<Long> seq : seqs) {
                    long head = seq.get(0);
                    if (!seen.contains(head)) {
                        seen.add(head);
                        names.append(names.isEmpty() ? "" : ", ").append(Objects.typeName(head));
                    }
                }
                throw Errors.typeError(s, "Cannot create a consistent method resolution\norder (MRO) for bases "
                        + names);
            }
            out.add(next);
            for (List<Long> seq : seqs) {
                if (seq.get(0).equals(next)) {
                    seq.remove(0);
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    // ---------------------------------------------------------------- the type object's own slots

    /** Dealloc of a heap type: its table, its references, its memory. */
    static void deallocType(ObjectState s, long type) {
        s.typeAttributes().invalidate();
        long meta = Objects.type(type);
        HeapTypeBuilder.unlinkSubclass(s, type);
        s.removeHeapSlots(Memory.getInt(type + TypeLayout.SLOTS_INDEX_OFFSET));
        for (int off : new int[] {TypeLayout.DICT_OFFSET, TypeLayout.MRO_OFFSET, TypeLayout.BASES_OFFSET,
                TypeLayout.BASE_OFFSET, TypeLayout.NAME_OFFSET, TypeLayout.QUALNAME_OFFSET, TypeLayout.MODULE_OFFSET}) {
            long ref = Memory.getLong(type + off);
            Memory.putLong(type + off, 0);
            Objects.xdecref(s, ref);
        }
        s.freeGcObject(type);
        s.typeAttributes().invalidate();
        if (isHeapType(meta)) {
            Objects.decref(s, meta); // a class holds its metaclass
        }
    }

    static void traverseType(ObjectState s, long type, SlotFunctions.Visitor v) {
        if (isHeapType(Objects.type(type))) {
            v.visit(Objects.type(type));
        }
        for (int off : new int[] {TypeLayout.DICT_OFFSET, TypeLayout.BASES_OFFSET, TypeLayout.MRO_OFFSET,
                TypeLayout.BASE_OFFSET}) {
            long ref = Memory.getLong(type + off);
            if (ref != 0) {
                v.visit(ref);
            }
        }
    }

    /**
     * {@code tp_clear}, as CPython's {@code type_clear}: empties the dict and drops the MRO (the
     * cycle through it breaks here); the bases stay, so instances freed later still find their
     * layout.
     */
    static void clearType(ObjectState s, long type) {
        s.typeAttributes().invalidate();
        long dict = Memory.getLong(type + TypeLayout.DICT_OFFSET);
        if (dict != 0) {
            DictType.clear(s, dict);
            s.typeAttributes().invalidate();
        }
        long mro = Memory.getLong(type + TypeLayout.MRO_OFFSET);
        if (mro != 0) {
            Memory.putLong(type + TypeLayout.MRO_OFFSET, 0);
            Objects.decref(s, mro);
        }
    }
}

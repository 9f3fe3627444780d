package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code set} and {@code frozenset}: CPython's {@code setobject.c} hash table, slot for slot, so
 * that the same insertions and deletions leave the same table — and iteration yields the same
 * order — as CPython with the same hashes.
 *
 * <pre>
 *   -16  gc_next, gc_prev                  (GC prefix)
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  fill        int64   active + dummy slots
 *   +24  used        int64   active slots (the length)
 *   +32  mask        int64   slots - 1 (slots a power of two, ≥ 8)
 *   +40  table       int64   address of the slots: the inline smalltable or a separate block
 *   +48  hash        int64   a frozenset's cached hash; -1 until computed
 *   +56  finger      int64   where pop() starts looking
 *   +64  tableVersion int32  bumped whenever the table is replaced (lookups restart after __eq__)
 *   +68  flags       int32   bit 0: repr in progress (the 'set(...)' recursion guard)
 *   +72  smalltable  8 × { key int64, hash int64 }
 *   (200 bytes; 216 with the prefix — CPython's sys.getsizeof(set()))
 * </pre>
 *
 * <p>A slot is unused ({@code key == 0, hash == 0}), active (an owned key and its hash) or
 * dummy ({@code key == DUMMY, hash == -1}: a deleted key, kept so probe chains stay intact).
 * Invariants ({@link #checkInvariants}): {@code 0 ≤ used ≤ fill ≤ mask}; the counts match the
 * slots; after any insertion {@code fill × 5 < mask × 3} (else the table was resized to the
 * smallest power of two above {@code used × 4}, or {@code used × 2} past 50,000).
 *
 * <p>Probing: {@code i = hash & mask}, then up to {@link #LINEAR_PROBES} neighbours (when they
 * do not wrap), then {@code perturb >>>= 5; i = (i*5 + 1 + perturb) & mask}. This class is the
 * Java API ({@link #add}, {@link #contains}, {@link #next} …); {@link SetOps} holds the
 * Python-visible behaviour. Used only under the owning interpreter's lock.
 */
public final class SetType {
    public static final int FILL_OFFSET = 16;
    public static final int USED_OFFSET = 24;
    public static final int MASK_OFFSET = 32;
    public static final int TABLE_OFFSET = 40;
    public static final int HASH_OFFSET = 48;
    public static final int FINGER_OFFSET = 56;
    public static final int TABLE_VERSION_OFFSET = 64;
    public static final int FLAGS_OFFSET = 68;
    public static final int SMALLTABLE_OFFSET = 72;
    public static final int MINSIZE = 8;
    public static final int SIZE = SMALLTABLE_OFFSET + MINSIZE * 16;
    /** Instance size of {@code set_iterator} (for its BuiltinType entry). */
    public static final int ITERATOR_SIZE = SetIterator.ITERATOR_SIZE;

    static final int ENTRY_KEY = 0;
    static final int ENTRY_HASH = 8;
    static final int ENTRY_SIZE = 16;
    /** The key of a dummy slot: not an address. */
    static final long DUMMY = 1;
    static final int LINEAR_PROBES = 9;
    static final int FLAG_IN_REPR = 1;
    private static final int PERTURB_SHIFT = 5;

    private SetType() {}

    static TypeSlots slots(boolean frozen) {
        return SetOps.slots(frozen);
    }

    static TypeSlots iteratorSlots() {
        return SetIterator.iteratorSlots();
    }

    // ---------------------------------------------------------------- fields

    /** Number of elements. */
    public static long size(long set) {
        return Memory.getLong(set + USED_OFFSET);
    }

    static long fill(long set) {
        return Memory.getLong(set + FILL_OFFSET);
    }

    static long mask(long set) {
        return Memory.getLong(set + MASK_OFFSET);
    }

    static long table(long set) {
        return Memory.getLong(set + TABLE_OFFSET);
    }

    static int tableVersion(long set) {
        return Memory.getInt(set + TABLE_VERSION_OFFSET);
    }

    private static void setCounts(long set, long fill, long used) {
        Memory.putLong(set + FILL_OFFSET, fill);
        Memory.putLong(set + USED_OFFSET, used);
    }

    private static void setTable(long set, long table, long mask) {
        Memory.putLong(set + TABLE_OFFSET, table);
        Memory.putLong(set + MASK_OFFSET, mask);
        Memory.putInt(set + TABLE_VERSION_OFFSET, tableVersion(set) + 1);
    }

    /** True for a set, a frozenset or an instance of a subclass of either ({@code PyAnySet_Check}). */
    public static boolean check(ObjectState s, long addr) {
        long t = Objects.type(addr);
        ObjectSpace space = s.space();
        return t == space.type(BuiltinType.SET) || t == space.type(BuiltinType.FROZENSET)
                || Objects.isSubtype(t, space.type(BuiltinType.SET))
                || Objects.isSubtype(t, space.type(BuiltinType.FROZENSET));
    }

    /** True for a frozenset or an instance of a subclass. */
    public static boolean isFrozen(ObjectState s, long addr) {
        return Objects.isSubtype(Objects.type(addr), s.space().type(BuiltinType.FROZENSET));
    }

    /** Bytes the set and its table occupy, GC prefix included ({@code sys.getsizeof}). */
    public static long sizeOf(long set) {
        long extra = table(set) == set + SMALLTABLE_OFFSET ? 0 : (mask(set) + 1) * ENTRY_SIZE;
        return ObjectLayout.GC_PREFIX_SIZE + SIZE + extra;
    }

    // ---------------------------------------------------------------- creation

    /** A new empty set. */
    public static long newSet(ObjectState s) {
        return newInstance(s, s.space().type(BuiltinType.SET));
    }

    /** A new empty instance of {@code type} (set, frozenset or a subclass, whose instances may be larger). */
    static long newInstance(ObjectState s, long type) {
        long so;
        if (Objects.hasFlag(type, TypeFlags.HEAPTYPE)) {
            so = s.allocInstance(type);
        } else {
            so = s.allocGcObject(type, SIZE);
            Memory.fill(so + FILL_OFFSET, SIZE - FILL_OFFSET, (byte) 0);
        }
        Memory.putLong(so + MASK_OFFSET, MINSIZE - 1);
        Memory.putLong(so + TABLE_OFFSET, so + SMALLTABLE_OFFSET);
        Memory.putLong(so + HASH_OFFSET, -1);
        return so;
    }

    /** A new set holding the elements of {@code iterable}. */
    public static long newSet(ObjectState s, long iterable) {
        return SetOps.makeNew(s, s.space().type(BuiltinType.SET), iterable);
    }

    /** A new frozenset holding the elements of {@code iterable} (0 for the empty frozenset). */
    public static long newFrozenSet(ObjectState s, long iterable) {
        return SetOps.makeNew(s, s.space().type(BuiltinType.FROZENSET), iterable);
    }

    // ---------------------------------------------------------------- the table

    /**
     * CPython's {@code set_lookkey}: the slot holding {@code key}, or the unused slot that ends
     * its probe sequence (dummies are passed over). Restarts if {@code __eq__} replaced the
     * table or the slot.
     */
    static long lookKey(ObjectState s, long so, long key, long hash) {
        boolean strKey = Objects.type(key) == s.space().type(BuiltinType.STR);
        restart:
        for (;;) {
            long mask = mask(so);
            long i = hash & mask;
            for (long perturb = hash; ; ) {
                long entry = table(so) + i * ENTRY_SIZE;
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                do {
                    long k = Memory.getLong(entry + ENTRY_KEY);
                    long h = Memory.getLong(entry + ENTRY_HASH);
                    if (h == 0 && k == 0) {
                        return entry;
                    }
                    if (h == hash) {
                        if (k == key || strKey && Objects.type(k) == Objects.type(key) && StrType.equals(k, key)) {
                            return entry;
                        }
                        int version = tableVersion(so);
                        boolean eq = compareKeys(s, k, key);
                        if (tableVersion(so) != version || Memory.getLong(entry + ENTRY_KEY) != k) {
                            continue restart;
                        }
                        if (eq) {
                            return entry;
                        }
                        mask = mask(so);
                    }
                    entry += ENTRY_SIZE;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
    }

    private static boolean compareKeys(ObjectState s, long startKey, long key) {
        Objects.incref(startKey);
        try {
            return Abstract.richCompareBool(s, startKey, key, CompareOp.EQ);
        } finally {
            Objects.decref(s, startKey);
        }
    }

    /**
     * CPython's {@code set_add_entry}: adds {@code key} (borrowed; the set takes a new
     * reference) unless an equal key is present. A new key goes to the last dummy slot passed on
     * its probe sequence, else to the unused slot that ends it — then the table grows when
     * {@code fill × 5 ≥ mask × 3}.
     */
    static void addEntry(ObjectState s, long so, long key, long hash) {
        restart:
        for (;;) {
            long mask = mask(so);
            long i = hash & mask;
            long freeSlot = 0;
            for (long perturb = hash; ; ) {
                long entry = table(so) + i * ENTRY_SIZE;
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                do {
                    long k = Memory.getLong(entry + ENTRY_KEY);
                    long h = Memory.getLong(entry + ENTRY_HASH);
                    if (h == 0 && k == 0) {
                        Objects.checkReference(s, so, key);
                        Objects.incref(key);
                        if (freeSlot != 0) {
                            Memory.putLong(freeSlot + ENTRY_KEY, key);
                            Memory.putLong(freeSlot + ENTRY_HASH, hash);
                            setCounts(so, fill(so), size(so) + 1);
                            return;
                        }
                        Memory.putLong(entry + ENTRY_KEY, key);
                        Memory.putLong(entry + ENTRY_HASH, hash);
                        long used = size(so) + 1;
                        long fill = fill(so) + 1;
                        setCounts(so, fill, used);
                        if (fill * 5 >= mask * 3) {
                            resize(s, so, used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (h == hash) {
                        if (k == key || Objects.type(k) == s.space().type(BuiltinType.STR)
                                && Objects.type(key) == Objects.type(k) && StrType.equals(k, key)) {
                            return;
                        }
                        int version = tableVersion(so);
                        Objects.incref(key);
                        boolean eq;
                        try {
                            eq = compareKeys(s, k, key);
                        } finally {
                            Objects.decref(s, key);
                        }
                        if (eq) {
                            return;
                        }
                        if (tableVersion(so) != version || Memory.getLong(entry + ENTRY_KEY) != k) {
                            continue restart;
                        }
                        mask = mask(so);
                    } else if (h == -1) {
                        freeSlot = entry;
                    }
                    entry += ENTRY_SIZE;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
    }

    /** CPython's {@code set_insert_clean}: places a key known absent into a table without dummies. */
    static void insertClean(long table, long mask, long key, long hash) {
        long i = hash & mask;
        for (long perturb = hash; ; ) {
            long entry = table + i * ENTRY_SIZE;
            if (Memory.getLong(entry + ENTRY_KEY) == 0) {
                Memory.putLong(entry + ENTRY_KEY, key);
                Memory.putLong(entry + ENTRY_HASH, hash);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 0; j < LINEAR_PROBES; j++) {
                    entry += ENTRY_SIZE;
                    if (Memory.getLong(entry + ENTRY_KEY) == 0) {
                        Memory.putLong(entry + ENTRY_KEY, key);
                        Memory.putLong(entry + ENTRY_HASH, hash);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /**
     * CPython's {@code set_table_resize}: a table of the smallest power of two above
     * {@code minUsed} (at least 8; the inline smalltable when 8), the active keys reinserted in
     * slot order, the dummies dropped.
     */
    static void resize(ObjectState s, long so, long minUsed) {
        long newSize = MINSIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        long oldTable = table(so);
        long oldMask = mask(so);
        long small = so + SMALLTABLE_OFFSET;
        boolean oldMalloced = oldTable != small;
        long copy = 0;
        long newTable;
        if (newSize == MINSIZE) {
            newTable = small;
            if (!oldMalloced) {
                if (fill(so) == size(so)) {
                    return;
                }
                copy = s.allocBytes(MINSIZE * ENTRY_SIZE);
                Memory.copy(small, copy, MINSIZE * ENTRY_SIZE);
                oldTable = copy;
            }
        } else {
            if (newSize > (1L << 40)) {
                throw Errors.raise(s, BuiltinType.MEMORY_ERROR, "set too large: " + newSize + " slots");
            }
            newTable = s.allocBytes(newSize * ENTRY_SIZE);
        }
        Memory.fill(newTable, newSize * ENTRY_SIZE, (byte) 0);
        setTable(so, newTable, newSize - 1);
        boolean dummies = fill(so) != size(so);
        for (long entry = oldTable, end = oldTable + (oldMask + 1) * ENTRY_SIZE; entry < end; entry += ENTRY_SIZE) {
            long k = Memory.getLong(entry + ENTRY_KEY);
            if (k != 0 && k != DUMMY) {
                insertClean(newTable, newSize - 1, k, Memory.getLong(entry + ENTRY_HASH));
            }
        }
        if (dummies) {
            setCounts(so, size(so), size(so));
        }
        if (copy != 0) {
            s.freeBytes(copy);
        }
        if (oldMalloced) {
            s.freeBytes(oldTable);
        }
    }

    /** CPython's {@code set_discard_entry}: true when {@code key} was present (its slot becomes dummy). */
    static boolean discardEntry(ObjectState s, long so, long key, long hash) {
        long entry = lookKey(s, so, key, hash);
        long old = Memory.getLong(entry + ENTRY_KEY);
        if (old == 0) {
            return false;
        }
        Memory.putLong(entry + ENTRY_KEY, DUMMY);
        Memory.putLong(entry + ENTRY_HASH, -1);
        setCounts(so, fill(so), size(so) - 1);
        Objects.decref(s, old);
        return true;
    }

    // ---------------------------------------------------------------- Java API

    /** Adds {@code key} (borrowed). Raises TypeError for an unhashable key. */
    public static void add(ObjectState s, long set, long key) {
        addEntry(s, set, key, DictType.hashOf(s, key));
    }

    /** Removes {@code key} if present; true when it was. */
    public static boolean discard(ObjectState s, long set, long key) {
        return discardEntry(s, set, key, DictType.hashOf(s, key));
    }

    /** {@code key in set} without the set-to-frozenset retry of the {@code in} operator. */
    public static boolean contains(ObjectState s, long set, long key) {
        long hash = DictType.hashOf(s, key);
        return Memory.getLong(lookKey(s, set, key, hash) + ENTRY_KEY) != 0;
    }

    static boolean containsEntry(ObjectState s, long set, long key, long hash) {
        return Memory.getLong(lookKey(s, set, key, hash) + ENTRY_KEY) != 0;
    }

    /**
     * Advances a cursor over the slots in table order (CPython's {@code set_next}).
     * {@code cursor[0]} is the position, 0 to start; on true, {@code cursor[1]} is the key
     * (borrowed) and {@code cursor[2]} its hash. The set must not change while a cursor walks it.
     */
    public static boolean next(long set, long[] cursor) {
        long i = cursor[0];
        long mask = mask(set);
        long table = table(set);
        while (i <= mask) {
            long k = Memory.getLong(table + i * ENTRY_SIZE + ENTRY_KEY);
            if (k != 0 && k != DUMMY) {
                cursor[0] = i + 1;
                cursor[1] = k;
                cursor[2] = Memory.getLong(table + i * ENTRY_SIZE + ENTRY_HASH);
                return true;
            }
            i++;
        }
        cursor[0] = i;
        return false;
    }

    /** Removes every element; the set goes back to its inline table. */
    public static void clear(ObjectState s, long so) {
        long table = table(so);
        long used = size(so);
        long mask = mask(so);
        boolean malloced = table != so + SMALLTABLE_OFFSET;
        if (!malloced) {
            if (fill(so) == 0) {
                return;
            }
            long copy = s.allocBytes(MINSIZE * ENTRY_SIZE);
            Memory.copy(table, copy, MINSIZE * ENTRY_SIZE);
            table = copy;
            mask = MINSIZE - 1;
        }
        Memory.fill(so + SMALLTABLE_OFFSET, MINSIZE * ENTRY_SIZE, (byte) 0);
        setCounts(so, 0, 0);
        setTable(so, so + SMALLTABLE_OFFSET, MINSIZE - 1);
        Memory.putLong(so + HASH_OFFSET, -1);
        releaseSlots(s, table, mask, used);
        s.freeBytes(table);
    }

    /** Releases the keys of a detached table of {@code mask + 1} slots holding {@code used} keys. */
    static void releaseSlots(ObjectState s, long table, long mask, long used) {
        for (long entry = table; used > 0 && entry <= table + mask * ENTRY_SIZE; entry += ENTRY_SIZE) {
            long k = Memory.getLong(entry + ENTRY_KEY);
            if (k != 0 && k != DUMMY) {
                used--;
                Objects.decref(s, k);
            }
        }
    }

    /** Adds every element of {@code iterable} ({@code set.update}). */
    public static void update(ObjectState s, long set, long iterable) {
        SetUpdate.update(s, set, iterable);
    }

    /** Checks the invariants; throws IllegalStateException. Tests call it, and debug mode on every dealloc. */
    static void checkInvariants(long so) {
        long mask = mask(so);
        long fill = 0;
        long used = 0;
        for (long i = 0; i <= mask; i++) {
            long entry = table(so) + i * ENTRY_SIZE;
            long k = Memory.getLong(entry + ENTRY_KEY);
            long h = Memory.getLong(entry + ENTRY_HASH);
            if (k == DUMMY) {
                fill++;
                if (h != -1) {
                    throw new IllegalStateException("set dummy slot with hash " + h + " at " + i);
                }
            } else if (k != 0) {
                fill++;
                used++;
            } else if (h != 0) {
                throw new IllegalStateException("set unused slot with hash " + h + " at " + i);
            }
        }
        if (fill != fill(so) || used != size(so) || fill > mask || Long.bitCount(mask + 1) != 1 || mask < MINSIZE - 1) {
            throw new IllegalStateException("set counts: fill=" + fill(so) + "/" + fill + " used=" + size(so) + "/"
                    + used + " mask=" + mask);
        }
    }
}

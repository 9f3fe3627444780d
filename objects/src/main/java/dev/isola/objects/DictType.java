package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code dict}: CPython's compact, insertion-ordered dict. The object holds a count and a
 * pointer to its table ({@link DictKeys}: a sparse index over a dense entry array); an empty
 * dict has no table at all, so {@code {}} costs 56 bytes (CPython 3.14: 64).
 *
 * <pre>
 *   -16  gc_next, gc_prev                   (GC prefix)
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  used       int64    live items
 *   +24  version    int32    bumped by every mutation (lookups restart when __eq__ mutates)
 *   +28  flags      int32    bit 0: repr in progress (the '{...}' recursion guard)
 *   +32  keys       int64    the DictKeys table, or 0 while the dict has never held an item
 *   (40 bytes; 56 with the prefix)
 * </pre>
 *
 * <p>Invariants: {@code keys == 0 ⇒ used == 0}; otherwise those of {@link DictKeys} with this
 * {@code used}. Every key and value in the table is an owned reference.
 *
 * <p>This class is the Java API other types use ({@link #getItem}, {@link #setItem},
 * {@link #next} …); the Python-visible behaviour is in {@link DictOps}, iterators and views in
 * {@link DictViews}. Like every object, a dict is used only under its interpreter's lock.
 */
public final class DictType {
    public static final int USED_OFFSET = 16;
    public static final int VERSION_OFFSET = 24;
    public static final int FLAGS_OFFSET = 28;
    public static final int KEYS_OFFSET = 32;
    public static final int SIZE = 40;
    /** Instance size of the dict iterators and of the views (for their BuiltinType entries). */
    public static final int ITERATOR_SIZE = DictViews.ITERATOR_SIZE;
    public static final int VIEW_SIZE = DictViews.VIEW_SIZE;

    static final int FLAG_IN_REPR = 1;

    private DictType() {}

    static TypeSlots slots() {
        return DictOps.slots();
    }

    static TypeSlots iteratorSlots(BuiltinType t) {
        return DictViews.iteratorSlots(t);
    }

    /** Slots of {@code dict_keys}, {@code dict_values} and {@code dict_items} (by the type's name). */
    static TypeSlots viewSlots(BuiltinType t) {
        return DictViews.viewSlots(t);
    }

    // ---------------------------------------------------------------- fields

    /** Number of items. */
    public static long size(long dict) {
        return Memory.getLong(dict + USED_OFFSET);
    }

    static long keys(long dict) {
        return Memory.getLong(dict + KEYS_OFFSET);
    }

    /** Changes whenever the dict does (insert, replace, delete, clear, resize): caches key on it. */
    public static int version(long dict) {
        return Memory.getInt(dict + VERSION_OFFSET);
    }

    static void bumpVersion(long dict) {
        Memory.putInt(dict + VERSION_OFFSET, Memory.getInt(dict + VERSION_OFFSET) + 1);
    }

    private static void setUsed(long dict, long used) {
        Memory.putLong(dict + USED_OFFSET, used);
    }

    /** True for a dict or an instance of a subclass. */
    public static boolean check(long addr) {
        return Objects.hasFlag(Objects.type(addr), TypeFlags.DICT_SUBCLASS);
    }

    /** Bytes the dict and its table occupy, GC prefix included ({@code sys.getsizeof}). */
    public static long sizeOf(long dict) {
        long keys = keys(dict);
        return ObjectLayout.GC_PREFIX_SIZE + SIZE + (keys == 0 ? 0 : DictKeys.sizeOf(keys));
    }

    // ---------------------------------------------------------------- creation

    /** A new empty dict. */
    public static long newDict(ObjectState s) {
        return newInstance(s, s.space().type(BuiltinType.DICT));
    }

    /** A new empty instance of {@code type} (dict or a subclass, whose instances may be larger). */
    static long newInstance(ObjectState s, long type) {
        if (type != s.space().type(BuiltinType.DICT)) {
            return s.allocInstance(type);
        }
        long d = s.allocGcObject(type, SIZE);
        Memory.fill(d + USED_OFFSET, SIZE - USED_OFFSET, (byte) 0);
        return d;
    }

    /** A new empty dict whose table holds {@code n} items without growing. */
    public static long newPresized(ObjectState s, long n) {
        long d = newDict(s);
        if (n > DictKeys.usableFraction(1L << DictKeys.LOG2_MINSIZE)) {
            Memory.putLong(d + KEYS_OFFSET, DictKeys.allocate(s, DictKeys.log2SizeForItems(n), false));
        }
        return d;
    }

    // ---------------------------------------------------------------- lookup

    /** The hash of a key; exact str keys use their cached hash. */
    static long hashOf(ObjectState s, long key) {
        if (Objects.type(key) == s.space().type(BuiltinType.STR)) {
            return StrType.hash(key);
        }
        return Abstract.hash(s, key);
    }

    /**
     * The value for {@code key} (borrowed), or 0 when absent — no KeyError. Raises TypeError for
     * an unhashable key and whatever the keys' {@code __eq__} raises.
     */
    public static long getItem(ObjectState s, long dict, long key) {
        return getItem(s, dict, key, hashOf(s, key));
    }

    /** {@link #getItem} with the key's hash already known. */
    public static long getItem(ObjectState s, long dict, long key, long hash) {
        long ix = DictKeys.lookup(s, dict, key, hash);
        return ix < 0 ? 0 : DictKeys.entryValue(keys(dict), ix);
    }

    /**
     * The entry index of {@code key} (a str with its hash), or -1: a hint for {@link #hinted}
     * and {@link #replaceHinted}, which stays right as long as the dict's entries do not move.
     */
    public static long entryIndex(ObjectState s, long dict, long key, long hash) {
        long ix = DictKeys.lookup(s, dict, key, hash);
        return ix < 0 ? -1 : ix;
    }

    /**
     * The value (borrowed) of entry {@code ix} if that entry's key is {@code key} itself (by
     * identity, as an interned attribute name is), else 0: a lookup without hashing or probing.
     */
    public static long hinted(long dict, long ix, long key) {
        long keys = keys(dict);
        if (keys == 0 || ix < 0 || ix >= DictKeys.nentries(keys)) {
            return 0;
        }
        long e = DictKeys.entry(keys, ix);
        return Memory.getLong(e + DictKeys.ENTRY_KEY) == key ? Memory.getLong(e + DictKeys.ENTRY_VALUE) : 0;
    }

    /**
     * {@code dict[key] = value} through a hint: when entry {@code ix} holds {@code key} (by
     * identity) its value is replaced (taking over {@code value}, releasing the old one) and true
     * returned; otherwise nothing happens and false is returned.
     */
    public static boolean replaceHinted(ObjectState s, long dict, long ix, long key, long value) {
        long keys = keys(dict);
        if (keys == 0 || ix < 0 || ix >= DictKeys.nentries(keys)) {
            return false;
        }
        long e = DictKeys.entry(keys, ix);
        if (Memory.getLong(e + DictKeys.ENTRY_KEY) != key) {
            return false;
        }
        long old = Memory.getLong(e + DictKeys.ENTRY_VALUE);
        if (old == 0) {
            return false;
        }
        Memory.putLong(e + DictKeys.ENTRY_VALUE, value);
        bumpVersion(dict);
        Objects.decref(s, old);
        return true;
    }

    /** The value for the str key {@code key} (borrowed), or 0. */
    public static long getItemString(ObjectState s, long dict, String key) {
        long k = s.space().identifier(key);
        if (k != 0) {
            return getItem(s, dict, k, StrType.hash(k));
        }
        k = StrType.fromJava(s, key);
        try {
            return getItem(s, dict, k, StrType.hash(k));
        } finally {
            Objects.decref(s, k);
        }
    }

    public static boolean contains(ObjectState s, long dict, long key) {
        return DictKeys.lookup(s, dict, key, hashOf(s, key)) >= 0;
    }

    // ---------------------------------------------------------------- mutation

    /** {@code dict[key] = value}; the dict takes new references to both. */
    public static void setItem(ObjectState s, long dict, long key, long value) {
        long hash = hashOf(s, key);
        Objects.incref(key);
        Objects.incref(value);
        insert(s, dict, key, hash, value);
    }

    /** {@code dict[key] = value} for a str key given as Java text. */
    public static void setItemString(ObjectState s, long dict, String key, long value) {
        long k = s.space().identifier(key);
        k = k != 0 ? k : StrType.fromJava(s, key);
        Objects.incref(value);
        insert(s, dict, k, StrType.hash(k), value);
    }

    /**
     * CPython's {@code insertdict}: stores {@code key → value}, taking over both references
     * (released here if the insertion fails). A new key is appended after the last entry; an
     * existing key keeps its place and the old value is released.
     */
    static void insert(ObjectState s, long dict, long key, long hash, long value) {
        long ix;
        try {
            boolean strKey = Objects.type(key) == s.space().type(BuiltinType.STR);
            long keys = keys(dict);
            if (keys != 0 && !strKey && DictKeys.isUnicode(keys)) {
                resize(s, dict, DictKeys.log2SizeFor(size(dict) * 3), false);
            }
            ix = DictKeys.lookup(s, dict, key, hash);
            if (ix < 0) {
                keys = keys(dict);
                if (keys == 0 || DictKeys.usable(keys) <= 0) {
                    resize(s, dict, DictKeys.log2SizeFor(size(dict) * 3), strKey);
                }
            }
        } catch (PyException e) {
            Objects.decref(s, key);
            Objects.decref(s, value);
            throw e;
        }
        Objects.checkReference(s, dict, key);
        Objects.checkReference(s, dict, value);
        long keys = keys(dict);
        bumpVersion(dict);
        if (ix >= 0) {
            long at = DictKeys.entry(keys, ix) + DictKeys.ENTRY_VALUE;
            long old = Memory.getLong(at);
            Memory.putLong(at, value);
            Objects.decref(s, old);
            Objects.decref(s, key);
            return;
        }
        long n = DictKeys.nentries(keys);
        DictKeys.setIndex(keys, DictKeys.findEmptySlot(keys, hash), n);
        DictKeys.setEntry(keys, n, key, value, hash);
        Memory.putLong(keys + DictKeys.USABLE_OFFSET, DictKeys.usable(keys) - 1);
        Memory.putLong(keys + DictKeys.NENTRIES_OFFSET, n + 1);
        setUsed(dict, size(dict) + 1);
    }

    /**
     * Replaces the table by one of {@code 2**log2} slots with the live entries compacted; the new
     * table stays UNICODE only if {@code unicode} and the old one was (or there was none).
     */
    static void resize(ObjectState s, long dict, int log2, boolean unicode) {
        long old = keys(dict);
        long keys = DictKeys.rebuild(s, old, size(dict), log2, unicode);
        Memory.putLong(dict + KEYS_OFFSET, keys);
        bumpVersion(dict);
        if (old != 0) {
            s.freeBytes(old);
        }
    }

    /** {@code del dict[key]}; KeyError when absent. */
    public static void delItem(ObjectState s, long dict, long key) {
        long value = pop(s, dict, key);
        if (value == 0) {
            throw Errors.keyError(s, key);
        }
        Objects.decref(s, value);
    }

    /** Removes {@code key} and returns its value (a new reference), or 0 when absent. */
    public static long pop(ObjectState s, long dict, long key) {
        long hash = hashOf(s, key);
        long ix = DictKeys.lookup(s, dict, key, hash);
        if (ix < 0) {
            return 0;
        }
        long oldKey = DictKeys.entryKey(keys(dict), ix);
        long value = removeEntry(dict, ix);
        Objects.decref(s, oldKey);
        return value;
    }

    /**
     * Unlinks entry {@code ix}: its slot becomes DUMMY and the entry is cleared. The caller
     * receives the references the entry held (its key — read before — and the returned value).
     */
    static long removeEntry(long dict, long ix) {
        long keys = keys(dict);
        long e = DictKeys.entry(keys, ix);
        long value = Memory.getLong(e + DictKeys.ENTRY_VALUE);
        DictKeys.setIndex(keys, DictKeys.slotOf(keys, DictKeys.entryHash(keys, ix), ix), DictKeys.DUMMY);
        Memory.putLong(e + DictKeys.ENTRY_KEY, 0);
        Memory.putLong(e + DictKeys.ENTRY_VALUE, 0);
        setUsed(dict, size(dict) - 1);
        bumpVersion(dict);
        return value;
    }

    /** Removes every item; the dict goes back to having no table. */
    public static void clear(ObjectState s, long dict) {
        long keys = keys(dict);
        if (keys == 0) {
            return;
        }
        Memory.putLong(dict + KEYS_OFFSET, 0);
        setUsed(dict, 0);
        bumpVersion(dict);
        releaseTable(s, keys);
    }

    /** Releases every reference a detached table holds, then its memory. */
    static void releaseTable(ObjectState s, long keys) {
        for (long ix = 0, n = DictKeys.nentries(keys); ix < n; ix++) {
            long e = DictKeys.entry(keys, ix);
            long k = Memory.getLong(e + DictKeys.ENTRY_KEY);
            if (k != 0) {
                Objects.decref(s, k);
                Objects.decref(s, Memory.getLong(e + DictKeys.ENTRY_VALUE));
            }
        }
        s.freeBytes(keys);
    }

    // ---------------------------------------------------------------- iteration and copies

    /**
     * Advances a cursor over the items in insertion order (CPython's {@code PyDict_Next}).
     * {@code cursor[0]} is the position, 0 to start; on true, {@code cursor[1]} is the key and
     * {@code cursor[2]} the value (both borrowed) and, if the array has a fourth element, it gets
     * the key's hash. The dict must not change size while a cursor walks it.
     */
    public static boolean next(long dict, long[] cursor) {
        long keys = keys(dict);
        if (keys == 0) {
            return false;
        }
        long n = DictKeys.nentries(keys);
        long i = cursor[0];
        while (i < n && DictKeys.entryKey(keys, i) == 0) {
            i++;
        }
        if (i >= n) {
            cursor[0] = i;
            return false;
        }
        long e = DictKeys.entry(keys, i);
        cursor[0] = i + 1;
        cursor[1] = Memory.getLong(e + DictKeys.ENTRY_KEY);
        cursor[2] = Memory.getLong(e + DictKeys.ENTRY_VALUE);
        if (cursor.length > 3) {
            cursor[3] = DictKeys.entryHash(keys, i);
        }
        return true;
    }

    /** A shallow copy (a new exact dict). */
    public static long copy(ObjectState s, long dict) {
        long d = newDict(s);
        long keys = keys(dict);
        long used = size(dict);
        if (keys == 0 || used == 0) {
            return d;
        }
        if (used >= DictKeys.nentries(keys) * 2 / 3) {
            // CPython's clone_combined_dict_keys: the same table, byte for byte.
            long bytes = DictKeys.sizeOf(keys);
            long clone = s.allocBytes(bytes);
            Memory.copy(keys, clone, bytes);
            for (long ix = 0, n = DictKeys.nentries(clone); ix < n; ix++) {
                long e = DictKeys.entry(clone, ix);
                long k = Memory.getLong(e + DictKeys.ENTRY_KEY);
                if (k != 0) {
                    Objects.checkReference(s, d, k);
                    Objects.incref(k);
                    Objects.incref(Memory.getLong(e + DictKeys.ENTRY_VALUE));
                }
            }
            Memory.putLong(d + KEYS_OFFSET, clone);
            setUsed(d, used);
            return d;
        }
        try {
            DictMerge.mergeDict(s, d, dict, true);
        } catch (PyException e) {
            Objects.decref(s, d);
            throw e;
        }
        return d;
    }

    /** {@code dict.update(other)} for a dict or any mapping with {@code keys()}. */
    public static void update(ObjectState s, long dict, long other) {
        DictMerge.merge(s, dict, other, true);
    }

    /** Runs {@link DictKeys#checkInvariants}; tests call it, and debug mode on every dealloc. */
    static void checkInvariants(ObjectState s, long dict) {
        long keys = keys(dict);
        if (keys == 0) {
            if (size(dict) != 0) {
                throw new IllegalStateException("dict without table has used=" + size(dict));
            }
            return;
        }
        DictKeys.checkInvariants(keys, size(dict), s.space().type(BuiltinType.STR));
    }
}

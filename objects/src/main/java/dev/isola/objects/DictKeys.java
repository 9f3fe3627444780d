package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The table of a {@code dict}: CPython's {@code PyDictKeysObject} ({@code dictobject.c}), a
 * sparse index table over a dense, insertion-ordered array of entries. Stateless: every method
 * works on the addresses it is given; the dict that owns the table ({@link DictType}) is the
 * only holder, and the table is touched only under its interpreter's lock.
 *
 * <pre>
 *   +0   log2 size          int8     table of 2**log2 slots (≥ 3)
 *   +1   log2 index bytes   int8     log2(size × width): width 1 for size ≤ 128, 2 ≤ 2**15,
 *                                    4 ≤ 2**31, else 8
 *   +2   kind               int8     GENERAL, or UNICODE: every key an exact str, whose cached
 *   +3   (padding)                   hash stands in for the entry's
 *   +8   usable             int64    entries that may still be appended
 *   +16  nentries           int64    entries used so far, deleted ones included
 *   +24  indices            int8/16/32/64 [size]: EMPTY (-1), DUMMY (-2) or an entry index
 *   +24 + size × width
 *        entries            [usable fraction of size] × { key, value, hash (GENERAL only) }:
 *                           24 bytes each, 16 in a UNICODE table
 * </pre>
 *
 * <p>Invariants ({@link #checkInvariants}): {@code usable + nentries ≤ USABLE_FRACTION(size)}
 * (equal until a popitem hands entries back without giving back usable room, as CPython's);
 * an index names each entry {@code < nentries} whose key is not 0 exactly once; a deleted entry
 * has key and value 0 and its slot holds DUMMY; a UNICODE table holds exact str keys only; the
 * owning dict's {@code used} counts live entries.
 *
 * <p>Probing is CPython's: start at {@code hash & mask}, then
 * {@code perturb >>>= 5; i = (i*5 + perturb + 1) & mask} — so tables fill, grow and iterate
 * as CPython's do. A lookup costs one index read and one entry read when the first slot hits;
 * a key equal by identity or (for exact str keys) by contents never calls {@code __eq__}.
 */
final class DictKeys {
    static final int LOG2_SIZE_OFFSET = 0;
    static final int LOG2_INDEX_BYTES_OFFSET = 1;
    static final int KIND_OFFSET = 2;
    static final int USABLE_OFFSET = 8;
    static final int NENTRIES_OFFSET = 16;
    static final int INDICES_OFFSET = 24;

    static final int ENTRY_KEY = 0;
    static final int ENTRY_VALUE = 8;
    static final int ENTRY_HASH = 16;
    static final int GENERAL_ENTRY_SIZE = 24;
    static final int UNICODE_ENTRY_SIZE = 16;

    static final byte GENERAL = 0;
    static final byte UNICODE = 1;

    static final int LOG2_MINSIZE = 3;
    static final long EMPTY = -1;
    static final long DUMMY = -2;
    private static final int PERTURB_SHIFT = 5;

    private DictKeys() {}

    /** CPython's {@code USABLE_FRACTION}: a table of {@code size} slots holds 2/3 of it. */
    static long usableFraction(long size) {
        return (size << 1) / 3;
    }

    /** Smallest log2 of a table with at least {@code minSize} slots (and at least 8). */
    static int log2SizeFor(long minSize) {
        return Math.max(LOG2_MINSIZE, 64 - Long.numberOfLeadingZeros(Math.max(minSize, 1) - 1));
    }

    /** CPython's {@code ESTIMATE_SIZE}: a table that holds {@code n} items without resizing. */
    static int log2SizeForItems(long n) {
        return log2SizeFor((n * 3 + 1) / 2);
    }

    /** A new empty table of {@code 2**log2} slots; {@code unicode} for one of exact-str keys only. */
    static long allocate(ObjectState s, int log2, boolean unicode) {
        if (log2 > 40) {
            throw Errors.raise(s, BuiltinType.MEMORY_ERROR, "dict too large: 2**" + log2 + " slots");
        }
        long size = 1L << log2;
        int log2Bytes = log2 < 8 ? log2 : log2 < 16 ? log2 + 1 : log2 < 32 ? log2 + 2 : log2 + 3;
        long indexBytes = 1L << log2Bytes;
        long usable = usableFraction(size);
        int entrySize = unicode ? UNICODE_ENTRY_SIZE : GENERAL_ENTRY_SIZE;
        long keys = s.allocBytes(INDICES_OFFSET + indexBytes + usable * entrySize);
        Memory.putLong(keys, 0);
        Memory.putByte(keys + LOG2_SIZE_OFFSET, (byte) log2);
        Memory.putByte(keys + LOG2_INDEX_BYTES_OFFSET, (byte) log2Bytes);
        Memory.putByte(keys + KIND_OFFSET, unicode ? UNICODE : GENERAL);
        Memory.putLong(keys + USABLE_OFFSET, usable);
        Memory.putLong(keys + NENTRIES_OFFSET, 0);
        Memory.fill(keys + INDICES_OFFSET, indexBytes, (byte) 0xFF);
        Memory.fill(keys + INDICES_OFFSET + indexBytes, usable * entrySize, (byte) 0);
        return keys;
    }

    static int log2Size(long keys) {
        return Memory.getByte(keys + LOG2_SIZE_OFFSET);
    }

    static long size(long keys) {
        return 1L << log2Size(keys);
    }

    static boolean isUnicode(long keys) {
        return Memory.getByte(keys + KIND_OFFSET) == UNICODE;
    }

    static int entrySize(long keys) {
        return isUnicode(keys) ? UNICODE_ENTRY_SIZE : GENERAL_ENTRY_SIZE;
    }

    static long usable(long keys) {
        return Memory.getLong(keys + USABLE_OFFSET);
    }

    static long nentries(long keys) {
        return Memory.getLong(keys + NENTRIES_OFFSET);
    }

    /** Bytes the table occupies. */
    static long sizeOf(long keys) {
        return INDICES_OFFSET + (1L << Memory.getByte(keys + LOG2_INDEX_BYTES_OFFSET))
                + usableFraction(size(keys)) * entrySize(keys);
    }

    static long getIndex(long keys, long slot) {
        long at = keys + INDICES_OFFSET;
        return switch (Memory.getByte(keys + LOG2_INDEX_BYTES_OFFSET) - Memory.getByte(keys + LOG2_SIZE_OFFSET)) {
            case 0 -> Memory.getByte(at + slot);
            case 1 -> Memory.getShort(at + 2 * slot);
            case 2 -> Memory.getInt(at + 4 * slot);
            default -> Memory.getLong(at + 8 * slot);
        };
    }

    static void setIndex(long keys, long slot, long ix) {
        long at = keys + INDICES_OFFSET;
        switch (Memory.getByte(keys + LOG2_INDEX_BYTES_OFFSET) - Memory.getByte(keys + LOG2_SIZE_OFFSET)) {
            case 0 -> Memory.putByte(at + slot, (byte) ix);
            case 1 -> Memory.putShort(at + 2 * slot, (short) ix);
            case 2 -> Memory.putInt(at + 4 * slot, (int) ix);
            default -> Memory.putLong(at + 8 * slot, ix);
        }
    }

    /** Address of entry {@code ix}. */
    static long entry(long keys, long ix) {
        return keys + INDICES_OFFSET + (1L << Memory.getByte(keys + LOG2_INDEX_BYTES_OFFSET)) + ix * entrySize(keys);
    }

    static long entryKey(long keys, long ix) {
        return Memory.getLong(entry(keys, ix) + ENTRY_KEY);
    }

    static long entryValue(long keys, long ix) {
        return Memory.getLong(entry(keys, ix) + ENTRY_VALUE);
    }

    /** The hash of live entry {@code ix}: stored, or the str key's cached hash in a UNICODE table. */
    static long entryHash(long keys, long ix) {
        long e = entry(keys, ix);
        return isUnicode(keys) ? StrType.hash(Memory.getLong(e + ENTRY_KEY)) : Memory.getLong(e + ENTRY_HASH);
    }

    /** Fills entry {@code ix}; the hash is stored only in a GENERAL table. */
    static void setEntry(long keys, long ix, long key, long value, long hash) {
        long e = entry(keys, ix);
        Memory.putLong(e + ENTRY_KEY, key);
        Memory.putLong(e + ENTRY_VALUE, value);
        if (!isUnicode(keys)) {
            Memory.putLong(e + ENTRY_HASH, hash);
        }
    }

    /** The first slot on {@code hash}'s probe sequence that holds EMPTY or DUMMY. */
    static long findEmptySlot(long keys, long hash) {
        long mask = size(keys) - 1;
        long i = hash & mask;
        for (long perturb = hash; getIndex(keys, i) >= 0; ) {
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    /** The slot that holds entry index {@code ix} (whose hash is {@code hash}). */
    static long slotOf(long keys, long hash, long ix) {
        long mask = size(keys) - 1;
        long i = hash & mask;
        for (long perturb = hash; ; ) {
            long found = getIndex(keys, i);
            if (found == ix) {
                return i;
            }
            if (found == EMPTY) {
                throw new IllegalStateException("dict entry " + ix + " has no index slot");
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /**
     * The entry index of {@code key} in {@code dict}'s table, or EMPTY. Equal hashes are
     * compared with {@code ==} (identity first); if {@code __eq__} mutates the dict, the lookup
     * starts over, as CPython's does.
     */
    static long lookup(ObjectState s, long dict, long key, long hash) {
        boolean strKey = Objects.type(key) == s.space().type(BuiltinType.STR);
        restart:
        for (;;) {
            long keys = DictType.keys(dict);
            if (keys == 0) {
                return EMPTY;
            }
            long mask = size(keys) - 1;
            long i = hash & mask;
            boolean unicode = isUnicode(keys);
            for (long perturb = hash; ; ) {
                long ix = getIndex(keys, i);
                if (ix >= 0) {
                    long e = entry(keys, ix);
                    long k = Memory.getLong(e + ENTRY_KEY);
                    if (k == key) {
                        return ix;
                    }
                    if ((unicode ? StrType.hash(k) : Memory.getLong(e + ENTRY_HASH)) == hash) {
                        if (strKey && Objects.type(k) == Objects.type(key)) {
                            if (StrType.equals(k, key)) {
                                return ix;
                            }
                        } else {
                            int version = DictType.version(dict);
                            boolean eq;
                            Objects.incref(k);
                            try {
                                eq = Abstract.richCompareBool(s, k, key, CompareOp.EQ);
                            } finally {
                                Objects.decref(s, k);
                            }
                            if (DictType.version(dict) != version) {
                                continue restart;
                            }
                            if (eq) {
                                return ix;
                            }
                        }
                    }
                } else if (ix == EMPTY) {
                    return EMPTY;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + perturb + 1) & mask;
            }
        }
    }

    /**
     * A new table of {@code 2**log2} slots holding {@code oldKeys}' live entries, compacted, in
     * order ({@code oldKeys} may be 0; it is not freed). {@code used} is the live-entry count;
     * the new table is UNICODE when {@code unicode} and the old one is (or there is none).
     */
    static long rebuild(ObjectState s, long oldKeys, long used, int log2, boolean unicode) {
        long keys = allocate(s, log2, unicode && (oldKeys == 0 || isUnicode(oldKeys)));
        if (oldKeys != 0) {
            boolean sameKind = isUnicode(oldKeys) == isUnicode(keys);
            long n = nentries(oldKeys);
            long j = 0;
            if (n == used && sameKind) {
                Memory.copy(entry(oldKeys, 0), entry(keys, 0), n * entrySize(keys));
                j = n;
            } else {
                for (long i = 0; i < n; i++) {
                    long from = entry(oldKeys, i);
                    long k = Memory.getLong(from + ENTRY_KEY);
                    if (k != 0) {
                        setEntry(keys, j++, k, Memory.getLong(from + ENTRY_VALUE), entryHash(oldKeys, i));
                    }
                }
            }
            buildIndices(keys, j);
            Memory.putLong(keys + USABLE_OFFSET, usable(keys) - j);
            Memory.putLong(keys + NENTRIES_OFFSET, j);
        }
        return keys;
    }

    /** Fills the index of a fresh table for its first {@code n} entries (no DUMMY, no duplicates). */
    static void buildIndices(long keys, long n) {
        long mask = size(keys) - 1;
        for (long ix = 0; ix < n; ix++) {
            long hash = entryHash(keys, ix);
            long i = hash & mask;
            for (long perturb = hash; getIndex(keys, i) != EMPTY; ) {
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + perturb + 1) & mask;
            }
            setIndex(keys, i, ix);
        }
    }

    /** Checks the invariants of the table ({@code used} live entries); throws IllegalStateException. */
    static void checkInvariants(long keys, long used, long strType) {
        long size = size(keys);
        long n = nentries(keys);
        if (usable(keys) < 0 || usable(keys) + n > usableFraction(size)) {
            throw new IllegalStateException("dict table: usable=" + usable(keys) + " nentries=" + n + " size=" + size);
        }
        long live = 0;
        for (long ix = 0; ix < n; ix++) {
            if (entryKey(keys, ix) != 0) {
                live++;
                if (isUnicode(keys) && Objects.type(entryKey(keys, ix)) != strType) {
                    throw new IllegalStateException("dict UNICODE table with a non-str key: ix=" + ix);
                }
                if (entryValue(keys, ix) == 0) {
                    throw new IllegalStateException("dict entry with key and no value: ix=" + ix);
                }
                slotOf(keys, entryHash(keys, ix), ix);
            }
        }
        long indexed = 0;
        for (long i = 0; i < size; i++) {
            long ix = getIndex(keys, i);
            if (ix >= n || ix < DUMMY) {
                throw new IllegalStateException("dict index out of range: slot=" + i + " ix=" + ix);
            }
            if (ix >= 0) {
                indexed++;
            }
        }
        if (live != used || indexed != used) {
            throw new IllegalStateException("dict: used=" + used + " live=" + live + " indexed=" + indexed);
        }
    }
}

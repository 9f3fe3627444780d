package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * Bulk changes of a set's table: filling it from another set, a dict or any iterable (CPython's
 * {@code set_update_internal} and {@code set_merge}, which copy slots or insert clean when the
 * target is empty), and exchanging the bodies of two sets. Stateless.
 */
final class SetUpdate {
    private SetUpdate() {}

    /** CPython's {@code set_update_internal}: from a set (merge), an exact dict, or any iterable. */
    static void update(ObjectState s, long so, long other) {
        if (SetType.check(s, other)) {
            merge(s, so, other);
        } else if (Objects.type(other) == s.space().type(BuiltinType.DICT)) {
            updateFromDict(s, so, other);
        } else {
            long it = Abstract.iter(s, other);
            try {
                for (long key = Abstract.next(s, it); key != 0; key = Abstract.next(s, it)) {
                    try {
                        SetType.add(s, so, key);
                    } finally {
                        Objects.decref(s, key);
                    }
                }
            } finally {
                Objects.decref(s, it);
            }
        }
    }

    /** CPython's {@code set_merge}: one resize up front, then a slot copy or clean inserts if empty. */
    static void merge(ObjectState s, long so, long other) {
        long otherUsed = SetType.size(other);
        if (other == so || otherUsed == 0) {
            return;
        }
        if ((SetType.fill(so) + otherUsed) * 5 >= SetType.mask(so) * 3) {
            SetType.resize(s, so, (SetType.size(so) + otherUsed) * 2);
        }
        long table = SetType.table(so);
        long mask = SetType.mask(so);
        long otherTable = SetType.table(other);
        long otherMask = SetType.mask(other);
        if (SetType.fill(so) == 0 && mask == otherMask && SetType.fill(other) == otherUsed) {
            for (long i = 0; i <= otherMask; i++) {
                long key = Memory.getLong(otherTable + i * SetType.ENTRY_SIZE);
                if (key != 0) {
                    Objects.checkReference(s, so, key);
                    Objects.incref(key);
                    Memory.copy(otherTable + i * SetType.ENTRY_SIZE, table + i * SetType.ENTRY_SIZE, SetType.ENTRY_SIZE);
                }
            }
            Memory.putLong(so + SetType.FILL_OFFSET, SetType.fill(other));
            Memory.putLong(so + SetType.USED_OFFSET, otherUsed);
            return;
        }
        if (SetType.fill(so) == 0) {
            Memory.putLong(so + SetType.FILL_OFFSET, otherUsed);
            Memory.putLong(so + SetType.USED_OFFSET, otherUsed);
            for (long i = 0; i <= otherMask; i++) {
                long entry = otherTable + i * SetType.ENTRY_SIZE;
                long key = Memory.getLong(entry);
                if (key != 0 && key != SetType.DUMMY) {
                    Objects.checkReference(s, so, key);
                    Objects.incref(key);
                    SetType.insertClean(table, mask, key, Memory.getLong(entry + SetType.ENTRY_HASH));
                }
            }
            return;
        }
        long[] cursor = new long[3];
        while (SetType.next(other, cursor)) {
            SetType.addEntry(s, so, cursor[1], cursor[2]);
        }
    }

    /** CPython's {@code set_update_dict}: the keys of an exact dict, with their stored hashes. */
    static void updateFromDict(ObjectState s, long so, long dict) {
        long dictSize = DictType.size(dict);
        if ((SetType.fill(so) + dictSize) * 5 >= SetType.mask(so) * 3) {
            SetType.resize(s, so, (SetType.size(so) + dictSize) * 2);
        }
        long[] cursor = new long[4];
        while (DictType.next(dict, cursor)) {
            SetType.addEntry(s, so, cursor[1], cursor[3]);
        }
    }

    /** Replaces {@code so}'s contents by those of {@code tmp} (released here): CPython's swap of bodies. */
    static void replaceContents(ObjectState s, long so, long tmp) {
        swapBodies(s, so, tmp);
        Objects.decref(s, tmp);
    }

    /** CPython's {@code set_swap_bodies}: exchanges the tables and counts of two sets. */
    static void swapBodies(ObjectState s, long a, long b) {
        long smallA = a + SetType.SMALLTABLE_OFFSET;
        long smallB = b + SetType.SMALLTABLE_OFFSET;
        long tableA = SetType.table(a);
        long tableB = SetType.table(b);
        for (int off : new int[] {SetType.FILL_OFFSET, SetType.USED_OFFSET, SetType.MASK_OFFSET}) {
            long t = Memory.getLong(a + off);
            Memory.putLong(a + off, Memory.getLong(b + off));
            Memory.putLong(b + off, t);
        }
        int bytes = SetType.MINSIZE * SetType.ENTRY_SIZE;
        for (int off = 0; off < bytes; off += 8) {
            long t = Memory.getLong(smallA + off);
            Memory.putLong(smallA + off, Memory.getLong(smallB + off));
            Memory.putLong(smallB + off, t);
        }
        Memory.putLong(a + SetType.TABLE_OFFSET, tableB == smallB ? smallA : tableB);
        Memory.putLong(b + SetType.TABLE_OFFSET, tableA == smallA ? smallB : tableA);
        for (long x : new long[] {a, b}) {
            Memory.putInt(x + SetType.TABLE_VERSION_OFFSET, SetType.tableVersion(x) + 1);
        }
        if (SetType.isFrozen(s, a) && SetType.isFrozen(s, b)) {
            long h = Memory.getLong(a + SetType.HASH_OFFSET);
            Memory.putLong(a + SetType.HASH_OFFSET, Memory.getLong(b + SetType.HASH_OFFSET));
            Memory.putLong(b + SetType.HASH_OFFSET, h);
        } else {
            Memory.putLong(a + SetType.HASH_OFFSET, -1);
            Memory.putLong(b + SetType.HASH_OFFSET, -1);
        }
    }
}

package dev.isola.memory;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} to {@code long} with no boxing, for allocator
 * bookkeeping (live blocks, arena numbers).
 *
 * <pre>
 *   keys[]   k0 | 0 | k2 | k3 | 0 …     0 marks an empty slot, so key 0 cannot be stored
 *   values[] v0 | - | v2 | v3 | - …
 * </pre>
 *
 * <p>Linear probing from {@code mix(key)}, load factor at most 1/2, deletion by backward shift
 * (no tombstones), so a lookup probes about 1.5 slots on average whatever the history.
 * Invariant: every key sits at or after its home slot with no empty slot in between.
 *
 * <p>Not thread-safe: the owner's lock guards it.
 */
final class LongLongMap {
    private long[] keys;
    private long[] values;
    private int mask;
    private int shift;
    private int size;

    LongLongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    int size() {
        return size;
    }

    boolean contains(long key) {
        for (int i = home(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == 0) {
                return false; // tested first: key 0 (the empty mark) is never present
            }
            if (k == key) {
                return true;
            }
        }
    }

    /** The value for {@code key}, or {@code missing}. */
    long get(long key, long missing) {
        for (int i = home(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == 0) {
                return missing;
            }
            if (k == key) {
                return values[i];
            }
        }
    }

    /** Sets {@code key} to {@code value}; key must not be 0. */
    void put(long key, long value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        int i = home(key);
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == 0) {
                break;
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** Removes {@code key}; returns its value, or {@code missing} when absent. */
    long remove(long key, long missing) {
        int i = home(key);
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == 0) {
                return missing;
            }
            if (k == key) {
                break;
            }
        }
        long old = values[i];
        // Backward-shift deletion: move later entries of the cluster into the hole when their
        // home slot is not strictly between the hole and their own slot (cyclically).
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int h = home(keys[j]);
            boolean movable = hole <= j ? (h <= hole || h > j) : (h <= hole && h > j);
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = 0;
        values[hole] = 0;
        size--;
        return old;
    }

    void clear() {
        Arrays.fill(keys, 0);
        Arrays.fill(values, 0);
        size = 0;
    }

    interface Visitor {
        void visit(long key, long value);
    }

    /** Calls {@code visitor} for every entry; the map must not change meanwhile. */
    void forEach(Visitor visitor) {
        long[] k = keys;
        long[] v = values;
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0) {
                visitor.visit(k[i], v[i]);
            }
        }
    }

    /** A copy of the keys, in table order. */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                out[n++] = k;
            }
        }
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}

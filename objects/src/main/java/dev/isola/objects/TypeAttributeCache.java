package dev.isola.objects;

import java.util.Arrays;

/**
 * CPython's type-attribute cache (the method cache of {@code _PyType_Lookup}): the result of
 * looking an interned name up along a heap type's MRO, kept in a direct-mapped table so that
 * {@code __init__}, {@code __new__}, methods and dunders are found without walking class
 * dicts on every call. Misses are cached too (most classes define no {@code __new__}).
 *
 * <p>Validity: an entry holds the generation current when it was stored. The generation moves
 * on whenever any class dict of the interpreter changes ({@code C.attr = v}, {@code del C.attr},
 * the collector clearing a class) and when a heap type is freed (its address may be reused), so
 * a hit is always what a fresh walk would return. CPython keeps a version tag per type instead;
 * one counter per interpreter is simpler, and classes are rarely changed once made. Values are
 * borrowed from the class dicts, which is safe because any change to them invalidates the table.
 * Only interned names are cached, so the name address stays valid for the interpreter's life.
 *
 * <p>Per interpreter, touched only under its lock; not thread-safe.
 */
final class TypeAttributeCache {
    /** 1024 entries, 28 KiB, allocated on first store: an idle interpreter pays nothing. */
    private static final int SIZE = 1024;
    private long[] types;
    private long[] names;
    private long[] values;
    private int[] generations;
    /** Never 0, so a zeroed entry never matches. */
    private int generation = 1;

    static int slot(long type, long nameHash) {
        return (int) ((type >>> 4) ^ nameHash ^ (nameHash >>> 32)) & (SIZE - 1);
    }

    boolean hit(int slot, long type, long name) {
        return generations != null && generations[slot] == generation && types[slot] == type && names[slot] == name;
    }

    long value(int slot) {
        return values[slot];
    }

    void store(int slot, long type, long name, long value) {
        if (generations == null) {
            types = new long[SIZE];
            names = new long[SIZE];
            values = new long[SIZE];
            generations = new int[SIZE];
        }
        types[slot] = type;
        names[slot] = name;
        values[slot] = value;
        generations[slot] = generation;
    }

    /** Forgets every entry (a class dict changed, or a type was freed). */
    void invalidate() {
        if (++generation == Integer.MAX_VALUE) {
            if (generations != null) {
                Arrays.fill(generations, 0);
            }
            generation = 1;
        }
    }
}

package dev.isola.immortal;

import dev.isola.memory.Memory;

/**
 * The reference-count word at offset 0 of every object, and its encoding (PEP 683, with the
 * sign as the immortality bit).
 *
 * <pre>
 *   ob_refcnt  > 0   mortal: that many references
 *              == 0  dead (only ever seen by a dealloc in progress, or by a bug)
 *              < 0   immortal: never written again ({@link #IMMORTAL})
 * </pre>
 *
 * <p>{@link #incref} and {@link #decref} test the sign before any store, so an immortal object's
 * page can be read-only (the {@link ImmortalHeap} seals them) and shared by every interpreter.
 * Neither takes a lock or an atomic: a mortal object belongs to one interpreter and is touched
 * only under its lock (DESIGN §8.2). Cost: one load, one compare, one store.
 */
public final class Refcount {
    /** The count every immortal object carries: far from zero, so no stray arithmetic reaches it. */
    public static final long IMMORTAL = 0xC000_0000_0000_0000L;

    private Refcount() {}

    public static boolean isImmortal(long addr) {
        return Memory.getLong(addr) < 0;
    }

    /** The count, or a negative number for an immortal object. */
    public static long get(long addr) {
        return Memory.getLong(addr);
    }

    public static void incref(long addr) {
        long count = Memory.getLong(addr);
        if (count >= 0) {
            Memory.putLong(addr, count + 1);
        }
    }

    /**
     * Drops one reference. Returns true when that was the last one: the caller must then
     * deallocate the object. Never true for an immortal object.
     */
    public static boolean decref(long addr) {
        long count = Memory.getLong(addr);
        if (count > 0) {
            Memory.putLong(addr, --count);
            return count == 0;
        }
        return false;
    }

    /** Marks a freshly built object immortal; only before its heap is sealed. */
    public static void makeImmortal(long addr) {
        Memory.putLong(addr, IMMORTAL);
    }
}

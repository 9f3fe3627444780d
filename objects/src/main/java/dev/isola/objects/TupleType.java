package dev.isola.objects;

import dev.isola.immortal.ImmortalHeap;
import dev.isola.immortal.Refcount;
import dev.isola.memory.Memory;

/**
 * {@code tuple}: an immutable array of references, items inline.
 *
 * <pre>
 *   -16  gc_next, gc_prev                (GC prefix)
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  size       int64
 *   +24  items      int64[size]   owned references
 *   (40 + 8 × size bytes with the prefix, as CPython's sys.getsizeof)
 * </pre>
 */
public final class TupleType {
    public static final int SIZE_OFFSET = 16;
    public static final int ITEMS_OFFSET = 24;

    private TupleType() {}

    static TypeSlots slots() {
        return TupleOps.slots();
    }

    public static long size(long tuple) {
        return Memory.getLong(tuple + SIZE_OFFSET);
    }

    /** Item {@code i}, borrowed. No bounds check. */
    public static long getItem(long tuple, long i) {
        return Memory.getLong(tuple + ITEMS_OFFSET + 8 * i);
    }

    /**
     * A new tuple of {@code n} items, all 0: the caller fills each with {@link #initItem} before
     * the tuple is used anywhere. {@code n == 0} gives the shared empty tuple.
     */
    public static long allocate(ObjectState s, long n) {
        if (n == 0) {
            return s.space().emptyTuple();
        }
        if (n < 0 || n > (Long.MAX_VALUE - ITEMS_OFFSET) / 8) {
            throw Errors.raise(s, BuiltinType.MEMORY_ERROR, "tuple too large: " + n);
        }
        long addr = s.allocGcObject(s.space().type(BuiltinType.TUPLE), ITEMS_OFFSET + 8 * n);
        Memory.putLong(addr + SIZE_OFFSET, n);
        Memory.fill(addr + ITEMS_OFFSET, 8 * n, (byte) 0);
        return addr;
    }

    /** Stores {@code item} (a reference the tuple takes over) at {@code i} of a fresh tuple. */
    public static void initItem(ObjectState s, long tuple, long i, long item) {
        Objects.checkReference(s, tuple, item);
        Memory.putLong(tuple + ITEMS_OFFSET + 8 * i, item);
    }

    /** A new tuple of items {@code from} (inclusive) to {@code to} (exclusive) of {@code tuple}. */
    public static long getSlice(ObjectState s, long tuple, long from, long to) {
        long n = Math.max(0, to - from);
        long out = allocate(s, n);
        for (long i = 0; i < n; i++) {
            initItem(s, out, i, Objects.newRef(getItem(tuple, from + i)));
        }
        return out;
    }

    /** A new tuple holding new references to {@code items} (borrowed). */
    public static long pack(ObjectState s, long... items) {
        for (long item : items) {
            Objects.checkReference(s, 0, item);
        }
        long t = allocate(s, items.length);
        for (int i = 0; i < items.length; i++) {
            initItem(s, t, i, Objects.newRef(items[i]));
        }
        return t;
    }

    static long immortal(ImmortalHeap heap, long type, long[] items) {
        long block = heap.allocate(ObjectLayout.GC_PREFIX_SIZE + ITEMS_OFFSET + 8L * items.length);
        long addr = block + ObjectLayout.GC_PREFIX_SIZE;
        Refcount.makeImmortal(addr);
        Memory.putLong(addr + ObjectLayout.TYPE_OFFSET, type);
        Memory.putLong(addr + SIZE_OFFSET, items.length);
        for (int i = 0; i < items.length; i++) {
            Memory.putLong(addr + ITEMS_OFFSET + 8L * i, items[i]);
        }
        return addr;
    }

    public static boolean check(long addr) {
        return Objects.hasFlag(Objects.type(addr), TypeFlags.TUPLE_SUBCLASS);
    }

    /** Bytes the tuple occupies, GC prefix included ({@code sys.getsizeof}). */
    public static long sizeOf(long tuple) {
        return ObjectLayout.GC_PREFIX_SIZE + ITEMS_OFFSET + 8 * size(tuple);
    }
}

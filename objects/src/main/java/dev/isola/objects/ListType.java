package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code list}: a growable array of references, the items in a separate block so the list's
 * address never changes (CPython's {@code PyListObject}).
 *
 * <pre>
 *   -16  gc_next, gc_prev               (GC prefix)
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  size        int64    items in use
 *   +24  items       int64    address of the item array (s.allocBytes), 0 when capacity is 0
 *   +32  allocated   int64    bits 0-61 capacity in items · bit 62 REPR_BUSY · bit 63 SORTING
 *   (40 bytes + 16 prefix = 56, CPython 3.14's sys.getsizeof([]); + 8 × capacity for the array)
 *
 *   items ──► [ item 0 | item 1 | … | item size-1 | (spare) … ]   owned references, capacity slots
 * </pre>
 *
 * <p>Invariants: {@code 0 ≤ size ≤ capacity}; {@code items == 0 ⇔ capacity == 0}; slots below
 * {@code size} hold live references. Growth follows CPython's {@code list_resize}: a request
 * that fits and uses at least half the capacity only moves {@code size}; otherwise the capacity
 * becomes {@code (n + n/8 + 6) & ~3} (or {@code (n + 3) & ~3} for a large jump) — the sequence
 * 0, 4, 8, 16, 24, 32, 40, 52, 64, 76 … for repeated appends. A list without an item array
 * that is extended by a known number of items gets exactly that many, rounded up to even
 * ({@link #preallocateExact}), as CPython 3.11+.
 *
 * <p>Owned by one interpreter and touched only under its lock, like every object.
 *
 * <p>Flag bits of {@code allocated} (always masked off by {@link #capacity}):
 * <ul>
 *   <li>{@code REPR_BUSY}: a {@code repr} of this list is in progress, so a nested one prints
 *       {@code [...]} (CPython keeps this set per thread with {@code Py_ReprEnter}).
 *   <li>{@code SORTING}: set by {@code sort}, which empties the list while it works on the
 *       items; any resize clears it, which is how {@code sort} detects that the list was
 *       modified meanwhile (CPython sets {@code allocated = -1}).
 * </ul>
 */
public final class ListType {
    public static final int SIZE_OFFSET = 16;
    public static final int ITEMS_OFFSET = 24;
    public static final int ALLOCATED_OFFSET = 32;
    public static final int SIZE = 40;

    static final long CAPACITY_MASK = (1L << 62) - 1;
    static final long REPR_BUSY = 1L << 62;
    static final long SORTING = 1L << 63;

    private ListType() {}

    static TypeSlots slots() {
        return ListOps.slots();
    }

    public static long size(long list) {
        return Memory.getLong(list + SIZE_OFFSET);
    }

    static void setSize(long list, long size) {
        Memory.putLong(list + SIZE_OFFSET, size);
    }

    /** Address of the item array (0 when the capacity is 0). */
    public static long items(long list) {
        return Memory.getLong(list + ITEMS_OFFSET);
    }

    public static long capacity(long list) {
        return Memory.getLong(list + ALLOCATED_OFFSET) & CAPACITY_MASK;
    }

    static long flags(long list) {
        return Memory.getLong(list + ALLOCATED_OFFSET) & ~CAPACITY_MASK;
    }

    static void setFlags(long list, long flags) {
        Memory.putLong(list + ALLOCATED_OFFSET, capacity(list) | flags);
    }

    /** Item {@code i}, borrowed. No bounds check. */
    public static long getItem(long list, long i) {
        return Memory.getLong(items(list) + 8 * i);
    }

    /** Stores {@code item} (a reference the list takes over) at {@code i}; the old item is not released. */
    static void putItem(ObjectState s, long list, long i, long item) {
        Objects.checkReference(s, list, item);
        Memory.putLong(items(list) + 8 * i, item);
    }

    public static boolean check(long addr) {
        return Objects.hasFlag(Objects.type(addr), TypeFlags.LIST_SUBCLASS);
    }

    /** A new empty list. */
    public static long newList(ObjectState s) {
        return allocate(s, s.space().type(BuiltinType.LIST), 0);
    }

    /** A new list holding new references to {@code items} (borrowed). */
    public static long pack(ObjectState s, long... items) {
        long list = allocate(s, s.space().type(BuiltinType.LIST), items.length);
        for (int i = 0; i < items.length; i++) {
            putItem(s, list, i, Objects.newRef(items[i]));
        }
        return list;
    }

    /**
     * A new list of {@code type} with {@code n} slots, all 0, capacity exactly {@code n}: the
     * caller fills each with {@link #putItem} before the list is used anywhere.
     */
    static long allocate(ObjectState s, long type, long n) {
        if (n < 0 || n > CAPACITY_MASK / 8) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        long items = 0;
        if (n > 0) {
            items = s.allocBytes(8 * n);
            Memory.fill(items, 8 * n, (byte) 0);
        }
        long list;
        try {
            list = type == s.space().type(BuiltinType.LIST) ? s.allocGcObject(type, SIZE) : s.allocInstance(type);
        } catch (PyException e) {
            if (items != 0) {
                s.freeBytes(items);
            }
            throw e;
        }
        Memory.putLong(list + SIZE_OFFSET, n);
        Memory.putLong(list + ITEMS_OFFSET, items);
        Memory.putLong(list + ALLOCATED_OFFSET, n);
        return list;
    }

    /**
     * CPython's {@code list_resize}: makes room for {@code newSize} items and sets the size;
     * slots past the old size are left for the caller to fill. Clears {@code SORTING}.
     */
    static void resize(ObjectState s, long list, long newSize) {
        long allocated = capacity(list);
        if (allocated >= newSize && newSize >= (allocated >> 1) && (flags(list) & SORTING) == 0) {
            setSize(list, newSize);
            return;
        }
        if (newSize > CAPACITY_MASK / 8 - 8) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        long newAllocated = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - size(list) > newAllocated - newSize) {
            newAllocated = (newSize + 3) & ~3L;
        }
        if (newSize == 0) {
            newAllocated = 0;
        }
        long items = items(list);
        if (newAllocated == 0) {
            if (items != 0) {
                s.freeBytes(items);
            }
            items = 0;
        } else if (items == 0) {
            items = s.allocBytes(8 * newAllocated);
        } else {
            items = s.reallocBytes(items, 8 * newAllocated);
        }
        Memory.putLong(list + ITEMS_OFFSET, items);
        Memory.putLong(list + ALLOCATED_OFFSET, newAllocated | (flags(list) & REPR_BUSY));
        setSize(list, newSize);
        if (Objects.DEBUG) {
            checkInvariants(list);
        }
    }

    /**
     * CPython's {@code list_preallocate_exact}: gives an empty list without an item array room
     * for {@code n > 0} items, rounded up to even (the allocator's 16-byte granularity makes the
     * odd slot free). Leaves the size at 0. Clears {@code SORTING}.
     */
    static void preallocateExact(ObjectState s, long list, long n) {
        long capacity = (n + 1) & ~1L;
        if (capacity > CAPACITY_MASK / 8) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        Memory.putLong(list + ITEMS_OFFSET, s.allocBytes(8 * capacity));
        Memory.putLong(list + ALLOCATED_OFFSET, capacity | (flags(list) & REPR_BUSY));
    }

    /** {@code list.append(item)}: the list takes a new reference to {@code item} (borrowed). */
    public static void append(ObjectState s, long list, long item) {
        long n = size(list);
        resize(s, list, n + 1);
        putItem(s, list, n, Objects.newRef(item));
    }

    /**
     * CPython's {@code PyList_SetSlice}: {@code list[lo:hi] = value}, or {@code del list[lo:hi]}
     * when {@code value} is 0; {@code value} is borrowed.
     */
    public static void setSlice(ObjectState s, long list, long lo, long hi, long value) {
        ListSlices.assignSlice(s, list, lo, hi, value);
    }

    /** {@code list.extend(iterable)} (the interpreter's LIST_EXTEND); raises what iteration raises. */
    public static void extend(ObjectState s, long list, long iterable) {
        ListOps.extend(s, list, iterable);
    }

    /** {@code tuple(list)}: a new tuple of the list's current items. */
    public static long toTuple(ObjectState s, long list) {
        return TupleOps.fromArray(s, items(list), size(list));
    }

    /** Bytes the list occupies with its item array, GC prefix included ({@code sys.getsizeof}). */
    public static long sizeOf(long list) {
        return ObjectLayout.GC_PREFIX_SIZE + SIZE + 8 * capacity(list);
    }

    /** Throws IllegalStateException when an invariant of the layout does not hold (debug checks). */
    static void checkInvariants(long list) {
        long size = size(list);
        long capacity = capacity(list);
        if (size < 0 || size > capacity || (items(list) == 0) != (capacity == 0)) {
            throw new IllegalStateException("broken list: address=" + Memory.hex(list) + " size=" + size
                    + " capacity=" + capacity + " items=" + Memory.hex(items(list)));
        }
    }
}

package dev.isola.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java side of off-heap objects (DESIGN §4): an off-heap object stores an index into this
 * table, and its dealloc releases the index. Freed indices are reused, so the table stays as
 * large as the most objects alive at once.
 *
 * <p>One per interpreter; touched only under its lock, so not thread-safe.
 */
public final class HandleTable {
    private final List<Object> entries = new ArrayList<>();
    private final List<Integer> free = new ArrayList<>();
    private int live;

    /** Stores {@code value} and returns its handle. */
    public int add(Object value) {
        live++;
        if (!free.isEmpty()) {
            int h = free.remove(free.size() - 1);
            entries.set(h, value);
            return h;
        }
        entries.add(value);
        return entries.size() - 1;
    }

    public Object get(int handle) {
        return entries.get(handle);
    }

    /** Releases {@code handle}, returning what it held. */
    public Object remove(int handle) {
        Object old = entries.set(handle, null);
        if (old == null) {
            throw new IllegalStateException("handle released twice: handle=" + handle);
        }
        free.add(handle);
        live--;
        return old;
    }

    /** One past the highest handle ever given out. */
    public int capacity() {
        return entries.size();
    }

    /** Handles in use. */
    public int live() {
        return live;
    }
}

package dev.isola.immortal;

import java.util.ArrayList;
import java.util.List;

/**
 * The static (builtin) types of the runtime, numbered 0, 1, 2 … in registration order, and the
 * factory of their per-interpreter state.
 *
 * <p>A static type lives in the {@link ImmortalHeap} and is shared by every interpreter, but
 * two of its parts are mutable as user code sees them: its {@code __dict__} and its list of
 * subclasses. As CPython 3.12 moved {@code tp_dict} and {@code tp_subclasses} of static builtin
 * types into the interpreter state, each interpreter gets a {@link StaticTypeState} with one
 * slot per registered type; the type object stores its index.
 *
 * <p>Registration happens while the immortal heap is built; {@link #freeze()} ends it. After
 * that the registry is read-only and may be read from any thread.
 */
public final class StaticTypeRegistry {
    private final List<Long> addresses = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private volatile boolean frozen;

    /** Registers a type object; returns its static index. */
    public synchronized int register(long typeAddr, String name) {
        if (frozen) {
            throw new IllegalStateException("static type registry is frozen: cannot register " + name);
        }
        addresses.add(typeAddr);
        names.add(name);
        return addresses.size() - 1;
    }

    public synchronized void freeze() {
        frozen = true;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public synchronized int count() {
        return addresses.size();
    }

    public synchronized long address(int index) {
        return addresses.get(index);
    }

    public synchronized String name(int index) {
        return names.get(index);
    }

    /** A fresh per-interpreter state with an empty slot for every registered type. */
    public StaticTypeState newInterpreterState() {
        if (!frozen) {
            throw new IllegalStateException("static type registry not frozen yet: the type count is not final");
        }
        return new StaticTypeState(count());
    }
}

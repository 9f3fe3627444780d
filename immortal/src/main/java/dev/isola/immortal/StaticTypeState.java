package dev.isola.immortal;

import java.util.ArrayList;
import java.util.List;

/**
 * One interpreter's mutable view of the static types: for each static type (by index), the
 * address of its {@code __dict__} in this interpreter (0 until made) and the addresses of its
 * subclasses defined in this interpreter.
 *
 * <p>Owned by one interpreter; guarded by its lock. The dict addresses are owned references:
 * the interpreter releases them when it closes (see {@link #takeDicts()}).
 */
public final class StaticTypeState {
    private final long[] dicts;
    private final List<List<Long>> subclasses;

    StaticTypeState(int count) {
        this.dicts = new long[count];
        this.subclasses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            subclasses.add(new ArrayList<>());
        }
    }

    public int count() {
        return dicts.length;
    }

    /** This interpreter's {@code __dict__} of static type {@code index}, or 0. */
    public long dict(int index) {
        return dicts[index];
    }

    public void setDict(int index, long dictAddr) {
        dicts[index] = dictAddr;
    }

    /** Subclasses of static type {@code index} made in this interpreter, oldest first. */
    public List<Long> subclasses(int index) {
        return subclasses.get(index);
    }

    public void addSubclass(int index, long typeAddr) {
        subclasses.get(index).add(typeAddr);
    }

    public boolean removeSubclass(int index, long typeAddr) {
        return subclasses.get(index).remove(Long.valueOf(typeAddr));
    }

    /** Every non-zero dict address, and the slots cleared: for the interpreter's close. */
    public long[] takeDicts() {
        long[] out = java.util.Arrays.stream(dicts).filter(d -> d != 0).toArray();
        java.util.Arrays.fill(dicts, 0);
        return out;
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and frees reference cycles among one interpreter's GC objects: CPython's collector
 * ({@code gcmodule.c}), without generations yet.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>For every tracked object, {@code gc_refs := ob_refcnt}.</li>
 *   <li>For every tracked object, for every tracked object it references
 *       ({@code tp_traverse}), {@code gc_refs -= 1}. Now {@code gc_refs} counts the references
 *       from outside the tracked set: frames, Java locals, untracked containers.</li>
 *   <li>Objects with {@code gc_refs > 0} are reachable, and so is everything they reference,
 *       transitively. The rest is garbage held only by itself.</li>
 *   <li>Garbage: take a reference to each object (so none is freed mid-way), call its
 *       {@code clear} slot (CPython's {@code tp_clear}), then drop the references; the
 *       cycles are broken and ordinary deallocation frees them.</li>
 * </ol>
 * The invariant this relies on: every reference between GC objects is visited by the holder's
 * {@code traverse}. A reference it misses makes its target look externally held — a leak, never
 * a premature free.
 *
 * <p>Runs on the interpreter's thread under its lock; uses Java maps, so it allocates on the Java
 * heap and costs time in proportion to the number of tracked objects.
 */
public final class CycleCollector {
    private CycleCollector() {
    }

    /** Collects unreachable cycles; returns the number of objects found unreachable. */
    public static int collect(ObjectState s) {
        Map<Long, long[]> refs = new HashMap<>();
        List<Long> all = new ArrayList<>();
        for (long o = s.gcFirst(); o != 0; o = Memory.getLong(o - ObjectLayout.GC_PREFIX_SIZE)) {
            refs.put(o, new long[] {Memory.getLong(o)});
            all.add(o);
        }
        for (long o : all) {
            SlotFunctions.Traverse t = s.slotsOf(o).traverse;
            if (t != null) {
                t.apply(s, o, r -> {
                    long[] c = refs.get(r);
                    if (c != null) {
                        c[0]--;
                    }
                });
            }
        }
        ArrayDeque<Long> queue = new ArrayDeque<>();
        for (long o : all) {
            long[] c = refs.get(o);
            if (c[0] > 0) {
                c[0] = Long.MAX_VALUE;
                queue.add(o);
            }
        }
        while (!queue.isEmpty()) {
            long o = queue.poll();
            SlotFunctions.Traverse t = s.slotsOf(o).traverse;
            if (t != null) {
                t.apply(s, o, r -> {
                    long[] c = refs.get(r);
                    if (c != null && c[0] != Long.MAX_VALUE) {
                        c[0] = Long.MAX_VALUE;
                        queue.add(r);
                    }
                });
            }
        }
        List<Long> garbage = new ArrayList<>();
        for (long o : all) {
            if (refs.get(o)[0] != Long.MAX_VALUE) {
                garbage.add(o);
            }
        }
        for (long o : garbage) {
            Objects.incref(o);
        }
        for (long o : garbage) {
            SlotFunctions.Dealloc clear = s.slotsOf(o).clear;
            if (clear != null) {
                clear.apply(s, o);
            }
        }
        for (long o : garbage) {
            Objects.decref(s, o);
        }
        s.collected();
        return garbage.size();
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Containers are no larger than CPython 3.14's {@code sys.getsizeof} for the same contents:
 * tuple 40 + 8n, list 56 + 8 × capacity (with the same capacities, see ListGrowthTest), range
 * 48, and the allocator really provides that many bytes.
 */
class ContainerSizesTest extends ObjectsTestSupport {

    @Test
    void tuplesAre40Plus8n() {
        for (int n = 0; n < 20; n++) {
            long[] items = new long[n];
            for (int i = 0; i < n; i++) {
                items[i] = integer(i);
            }
            long t = tuple(items);
            assertEquals(40 + 8L * n, TupleType.sizeOf(t), "n=" + n);
            if (n > 0) {
                assertTrue(s.allocator().usableSize(t - ObjectLayout.GC_PREFIX_SIZE) >= TupleType.sizeOf(t));
            }
        }
    }

    @Test
    void listsAreNoLargerThanCPythons() {
        long empty = track(ListType.newList(s));
        assertEquals(56, ListType.sizeOf(empty), "sys.getsizeof([]) is 56 in CPython 3.14");
        long l = track(ListType.newList(s));
        for (int i = 0; i < 100; i++) {
            ListType.append(s, l, integer(i));
            assertTrue(ListType.sizeOf(l) <= 56 + 8 * cpythonCapacityAfterAppends(i + 1), "n=" + (i + 1));
        }
        assertEquals(56 + 8 * 108, ListType.sizeOf(l));
        assertEquals("904", repr(call(l, "__sizeof__")));
    }

    /** CPython's list_resize for appends from empty, starting at capacity 0. */
    private static long cpythonCapacityAfterAppends(int n) {
        long allocated = 0;
        for (long size = 1; size <= n; size++) {
            if (allocated < size) {
                allocated = (size + (size >> 3) + 6) & ~3L;
                if (1 > allocated - size) {
                    allocated = (size + 3) & ~3L;
                }
            }
        }
        return allocated;
    }

    @Test
    void rangesAndSlicesAreNoLargerThanCPythons() {
        assertEquals(48, RangeType.sizeOf(track(RangeType.fromLongs(s, 0, 10, 1))));
        assertTrue(SliceType.SIZE <= 56, "sys.getsizeof(slice(1)) is 56");
        assertTrue(IteratorType.SIZE + ObjectLayout.GC_PREFIX_SIZE <= 56, "sys.getsizeof(iter([])) is 56");
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slice assignment and deletion on lists: a grid of 3,000 cases ({@code slice_assign.txt},
 * written by CPython 3.11) covering simple and extended slices, negative steps, empty and
 * out-of-range bounds, size mismatches; plus the self-assignment and non-iterable cases.
 */
class ListSliceAssignmentTest extends ObjectsTestSupport {

    private long ints(long... values) {
        long l = track(ListType.newList(s));
        for (long v : values) {
            ListType.append(s, l, integer(v));
        }
        return l;
    }

    private long sl(long start, long stop, long step) {
        return track(SliceType.newSlice(s, start, stop, step));
    }

    private static String items(String repr) {
        return repr.replaceAll("[\\[\\] ]", "");
    }

    @Test
    void assignmentAndDeletionGridMatchesCPython() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : SliceTypeTest.resourceLines("slice_assign.txt")) {
            String[] f = line.split(" ", 6);
            int n = Integer.parseInt(f[0]);
            int k = Integer.parseInt(f[4]);
            long key = SliceType.newSlice(s, bound(f[1]), bound(f[2]), bound(f[3]));
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = integer(i);
            }
            long[] newValues = new long[k];
            for (int i = 0; i < k; i++) {
                newValues[i] = integer(10 + i);
            }
            long list = ListType.pack(s, values);
            long value = ListType.pack(s, newValues);
            String assigned;
            try {
                Abstract.setItem(s, list, key, value);
                ListType.checkInvariants(list);
                assigned = items(repr(list));
            } catch (PyException e) {
                assigned = "!" + Objects.typeNameOf(e.exception()) + ": " + Abstract.strJava(s, e.exception());
                e.release(s);
            }
            long list2 = ListType.pack(s, values);
            Abstract.delItem(s, list2, key);
            ListType.checkInvariants(list2);
            String actual = assigned + "|" + items(repr(list2));
            if (!actual.equals(f[5])) {
                failures.add(line + "  got " + actual);
            }
            Objects.decref(s, list);
            Objects.decref(s, list2);
            Objects.decref(s, value);
            Objects.decref(s, key);
            checked++;
        }
        assertEquals(3000, checked);
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
    }

    private long bound(String text) {
        return text.equals("N") ? 0 : integer(Long.parseLong(text));
    }

    @Test
    void assigningAListToItselfCopiesFirst() {
        long l = ints(1, 2, 3);
        Abstract.setItem(s, l, sl(integer(1), integer(2), 0), l);
        assertEquals("[1, 1, 2, 3, 3]", repr(l));
        long r = ints(1, 2, 3);
        Abstract.setItem(s, r, sl(0, 0, integer(-1)), r);
        assertEquals("[3, 2, 1]", repr(r));
    }

    @Test
    void assignmentFromAnyIterable() {
        long l = ints(1, 2, 3, 4);
        Abstract.setItem(s, l, sl(integer(1), integer(3), 0), track(RangeType.fromLongs(s, 7, 10, 1)));
        assertEquals("[1, 7, 8, 9, 4]", repr(l));
        Abstract.setItem(s, l, sl(0, 0, integer(2)), tuple(integer(0), integer(0), integer(0)));
        assertEquals("[0, 7, 0, 9, 0]", repr(l));
        assertEquals("can only assign an iterable",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.setItem(s, l, sl(integer(0), integer(1), 0), integer(1))));
        assertEquals("must assign iterable to extended slice",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.setItem(s, l, sl(0, 0, integer(2)), integer(1))));
        assertEquals("attempt to assign sequence of size 2 to extended slice of size 3", raises(BuiltinType.VALUE_ERROR,
                () -> Abstract.setItem(s, l, sl(0, 0, integer(2)), tuple(integer(1), integer(2)))));
        assertEquals("slice step cannot be zero",
                raises(BuiltinType.VALUE_ERROR, () -> Abstract.setItem(s, l, sl(0, 0, integer(0)), l)));
        assertEquals("[0, 7, 0, 9, 0]", repr(l));
    }

    @Test
    void deletingEverythingReleasesTheItemArray() {
        long l = ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Abstract.delItem(s, l, sl(0, 0, integer(-1)));
        assertEquals(0, ListType.size(l));
        assertEquals(0, ListType.items(l));
        assertEquals(0, ListType.capacity(l));
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code slice} objects and the index arithmetic of slicing, against CPython: construction,
 * repr, equality, the 3.12+ hash, {@code indices()} for ints of any size, and
 * {@code PySlice_Unpack}/{@code AdjustIndices} over a grid of 3,402 slices whose expected
 * results CPython 3.11 wrote into {@code slices.txt}.
 */
class SliceTypeTest extends ObjectsTestSupport {

    private long none() {
        return space.none();
    }

    private long slice(long start, long stop, long step) {
        return track(SliceType.newSlice(s, start, stop, step));
    }

    private long newSlice(long... args) {
        return track(Abstract.call(s, space.type(BuiltinType.SLICE), tuple(args), 0));
    }

    @Test
    void constructionFillsNoneAndReprShowsAllThree() {
        assertEquals("slice(None, 5, None)", repr(newSlice(integer(5))));
        assertEquals("slice(1, None, 2)", repr(newSlice(integer(1), none(), integer(2))));
        assertEquals("slice('a', 2, None)", repr(newSlice(str("a"), integer(2))));
        long sl = newSlice(integer(1), integer(9), integer(-3));
        assertEquals("1", repr(track(Abstract.getAttr(s, sl, "start"))));
        assertEquals("9", repr(track(Abstract.getAttr(s, sl, "stop"))));
        assertEquals("-3", repr(track(Abstract.getAttr(s, sl, "step"))));
        assertEquals("'slice' object has no attribute 'foo'",
                raises(BuiltinType.ATTRIBUTE_ERROR, () -> Abstract.getAttr(s, sl, "foo")));
    }

    @Test
    void constructorArgumentErrorsMatchCPython() {
        assertEquals("slice expected at least 1 argument, got 0", raises(BuiltinType.TYPE_ERROR, () -> newSlice()));
        assertEquals("slice expected at most 3 arguments, got 4",
                raises(BuiltinType.TYPE_ERROR, () -> newSlice(integer(1), integer(2), integer(3), integer(4))));
    }

    @Test
    void equalityAndOrderingCompareAsTuples() {
        assertTrue(Abstract.equal(s, slice(integer(1), integer(2), 0), slice(integer(1), integer(2), 0)));
        assertFalse(Abstract.equal(s, slice(integer(1), integer(2), 0), slice(integer(1), integer(3), 0)));
        assertTrue(Abstract.richCompareBool(s, slice(integer(1), integer(2), 0), slice(integer(1), integer(3), 0),
                CompareOp.LT));
        assertFalse(Abstract.equal(s, slice(integer(1), integer(2), 0), tuple(integer(1), integer(2), none())));
    }

    /**
     * CPython 3.12's slicehash (3.11 raised TypeError); expected values computed by its algorithm
     * in Python, with 3.12's constant hash(None) = 0xFCA86420.
     */
    @Test
    void hashIsCPython312s() {
        assertEquals(-2340833382717974474L, Abstract.hash(s, slice(integer(1), integer(2), integer(3))));
        assertEquals(-6680262467437867363L, Abstract.hash(s, slice(integer(-1), integer(1), big("100000000000000000000"))));
        assertEquals(-4682449159006217827L, Abstract.hash(s, slice(integer(1), 0, integer(2))));
        assertEquals(4032618106351268893L, Abstract.hash(s, slice(0, 0, 0)));
        assertEquals("unhashable type: 'list'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.hash(s, slice(0, track(ListType.newList(s)), 0))));
    }

    @Test
    void indicesMethodIsExactForHugeInts() {
        assertEquals("(1, 2, 1)", repr(call(slice(integer(1), integer(2), 0), "indices", big("1" + "0".repeat(30)))));
        assertEquals("(-1, -1, -1)",
                repr(call(slice(big("-1" + "0".repeat(30)), 0, integer(-1)), "indices", integer(5))));
        assertEquals("(6, -1, -2)", repr(call(slice(big("1" + "0".repeat(30)), big("-1" + "0".repeat(30)),
                integer(-2)), "indices", integer(7))));
        assertEquals("(9999999999999999999999999999999999999999, 1000000000000000000000000000000, -3)",
                repr(call(slice(0, big("1" + "0".repeat(30)), integer(-3)), "indices", big("1" + "0".repeat(40)))));
    }

    @Test
    void indicesErrorsMatchCPython() {
        long sl = slice(integer(1), integer(2), 0);
        assertEquals("length should not be negative", raises(BuiltinType.VALUE_ERROR, () -> call(sl, "indices", integer(-1))));
        assertEquals("'str' object cannot be interpreted as an integer",
                raises(BuiltinType.TYPE_ERROR, () -> call(sl, "indices", str("a"))));
        assertEquals("slice indices must be integers or None or have an __index__ method",
                raises(BuiltinType.TYPE_ERROR, () -> call(slice(str("a"), integer(2), 0), "indices", integer(4))));
        assertEquals("slice step cannot be zero",
                raises(BuiltinType.VALUE_ERROR, () -> call(slice(0, 0, integer(0)), "indices", integer(4))));
        assertEquals("slice step cannot be zero",
                raises(BuiltinType.VALUE_ERROR, () -> SliceType.indices(s, slice(0, 0, integer(0)), 4)));
        assertEquals("slice indices must be integers or None or have an __index__ method",
                raises(BuiltinType.TYPE_ERROR, () -> SliceType.indices(s, slice(str("a"), 0, 0), 4)));
    }

    @Test
    void javaIndicesClampHugeBounds() {
        long huge = big("1" + "0".repeat(30));
        long negHuge = big("-1" + "0".repeat(30));
        assertArrayEquals(new long[] {0, 5, 1, 5}, SliceType.indices(s, slice(negHuge, huge, 0), 5));
        assertArrayEquals(new long[] {4, -1, -1, 5}, SliceType.indices(s, slice(huge, negHuge, integer(-1)), 5));
        assertArrayEquals(new long[] {4, -1, -Long.MAX_VALUE, 1}, SliceType.indices(s, slice(0, 0, negHuge), 5));
    }

    /** Every line of slices.txt: {@code list(range(n))[a:b:c]} and {@code slice(a, b, c).indices(n)}. */
    @Test
    void slicingGridMatchesCPython() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : resourceLines("slices.txt")) {
            String[] f = line.split(" ", 5);
            int n = Integer.parseInt(f[0]);
            long sl = SliceType.newSlice(s, bound(f[1]), bound(f[2]), bound(f[3]));
            long list = ListType.newList(s);
            for (int i = 0; i < n; i++) {
                ListType.append(s, list, integer(i));
            }
            long got = Abstract.getItem(s, list, sl);
            long[] idx = SliceType.indices(s, sl, n);
            long tupleGot = Abstract.getItem(s, track(TupleOps.fromArray(s, ListType.items(list), n)), sl);
            String items = repr(got).replaceAll("[\\[\\] ]", "");
            String tupleItems = repr(tupleGot).replaceAll("[() ]", "").replaceAll(",$", "");
            String actual = items + "|" + idx[0] + "," + idx[1] + "," + idx[2];
            String expected = f[4];
            if (!actual.equals(expected) || !tupleItems.equals(items)
                    || idx[3] != (items.isEmpty() ? 0 : items.split(",").length)) {
                failures.add(line + "  got " + actual + " tuple " + tupleItems + " n=" + idx[3]);
            }
            Objects.decref(s, got);
            Objects.decref(s, tupleGot);
            Objects.decref(s, list);
            Objects.decref(s, sl);
            checked++;
        }
        assertEquals(3402, checked);
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
    }

    private long bound(String text) {
        return text.equals("N") ? 0 : integer(Long.parseLong(text));
    }

    static List<String> resourceLines(String name) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var in = SliceTypeTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}

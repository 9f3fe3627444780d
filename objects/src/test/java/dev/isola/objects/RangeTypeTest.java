package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code range} against CPython 3.11: negative steps, big ints on every path, slicing, search, hash. */
class RangeTypeTest extends ObjectsTestSupport {
    private static final String E20 = "100000000000000000000";

    private long range(long... args) {
        return track(Abstract.call(s, space.type(BuiltinType.RANGE), tuple(args), 0));
    }

    private String items(long iterable) {
        return repr(track(Abstract.call(s, space.type(BuiltinType.LIST), tuple(iterable), 0)));
    }

    private long get(long r, long key) {
        return track(Abstract.getItem(s, r, key));
    }

    private long sl(long start, long stop, long step) {
        return track(SliceType.newSlice(s, start, stop, step));
    }

    @Test
    void itemsWithNegativeStepsAndEmptyRanges() {
        assertEquals("[0, -3, -6, -9]", items(range(integer(0), integer(-10), integer(-3))));
        assertEquals("[5, 3, 1]", items(range(integer(5), integer(0), integer(-2))));
        assertEquals("[]", items(range(integer(3), integer(3))));
        long r = range(integer(-5), integer(5), integer(3));
        assertEquals(4, Abstract.length(s, r));
        assertEquals("4", repr(get(r, integer(-1))));
        assertEquals("range(-5, 5, 3)", repr(r));
        assertEquals("range(0, 10)", repr(range(integer(10))));
        assertEquals("3", repr(track(Abstract.getAttr(s, r, "step"))));
        assertFalse(Abstract.isTrue(s, range(integer(0))));
    }

    @Test
    void constructionErrorsMatchCPython() {
        assertEquals("range expected at least 1 argument, got 0", raises(BuiltinType.TYPE_ERROR, () -> range()));
        assertEquals("range expected at most 3 arguments, got 4",
                raises(BuiltinType.TYPE_ERROR, () -> range(integer(1), integer(2), integer(3), integer(4))));
        assertEquals("'str' object cannot be interpreted as an integer", raises(BuiltinType.TYPE_ERROR, () -> range(str("a"))));
        assertEquals("range() arg 3 must not be zero",
                raises(BuiltinType.VALUE_ERROR, () -> range(integer(1), integer(2), integer(0))));
        long r = range(integer(3));
        assertEquals("range object index out of range", raises(BuiltinType.INDEX_ERROR, () -> get(r, integer(5))));
        assertEquals("range object index out of range", raises(BuiltinType.INDEX_ERROR, () -> get(r, big(E20))));
        assertEquals("range indices must be integers or slices, not str",
                raises(BuiltinType.TYPE_ERROR, () -> get(r, str("a"))));
        assertEquals("'<' not supported between instances of 'range' and 'range'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.richCompare(s, r, range(integer(4)), CompareOp.LT)));
    }

    @Test
    void bigIntRanges() {
        long huge = range(big(E20));
        assertEquals("Python int too large to convert to C ssize_t",
                raises(BuiltinType.OVERFLOW_ERROR, () -> Abstract.length(s, huge)));
        assertTrue(Abstract.isTrue(s, huge));
        assertEquals("99999999999999999999", repr(get(huge, integer(-1))));
        assertEquals("10000000000000000000", repr(get(huge, big("10000000000000000000"))));
        assertEquals("13580247691358024770",
                repr(get(range(big(E20), big("-" + E20), integer(-7)), big("12345678901234567890"))));
        assertEquals("11000000", repr(call(range(big("-10000000000000000000000000"), big("10000000000000000000000000"),
                big("1000000000000000000")), "index", big("1000000000000000000000000"))));
        assertEquals("range(0, 100000000000000000005, 21)",
                repr(get(range(integer(0), big(E20), integer(7)), sl(0, 0, integer(3)))));
        assertEquals("4611686018427387903",
                repr(get(range(integer(4611686018427387900L), integer(4611686018427387910L)), integer(3))));
        assertTrue(Abstract.contains(s, huge, integer(5)));
        long tens = range(integer(0), big(E20), big("10000000000000000000"));
        assertTrue(Abstract.contains(s, tens, big("10000000000000000000")));
        assertFalse(Abstract.contains(s, tens, big("10000000000000000001")));
        assertEquals("10000000000000000000", repr(call(huge, "index", big("10000000000000000000"))));
    }

    @Test
    void slicingReturnsRanges() {
        long r = range(integer(0), integer(10), integer(3));
        assertEquals("range(9, -3, -3)", repr(get(r, sl(0, 0, integer(-1)))));
        assertEquals("range(3, 9, 3)", repr(get(r, sl(integer(1), integer(-1), 0))));
        assertEquals("range(0, 10, 3)", repr(get(range(integer(10)), sl(integer(-100), integer(100), integer(3)))));
        assertEquals("range(4, -1, -1)", repr(get(range(integer(5)), sl(0, 0, integer(-1)))));
        assertEquals("slice step cannot be zero", raises(BuiltinType.VALUE_ERROR, () -> get(r, sl(0, 0, integer(0)))));
    }

    @Test
    void containsIndexCount() {
        long r = range(integer(0), integer(10), integer(3));
        assertTrue(Abstract.contains(s, r, integer(3)));
        assertFalse(Abstract.contains(s, r, integer(4)));
        assertFalse(Abstract.contains(s, r, integer(10)));
        assertTrue(Abstract.contains(s, range(integer(0), integer(-10), integer(-3)), integer(-3)));
        assertTrue(Abstract.contains(s, range(integer(2)), space.trueObject()));
        assertTrue(Abstract.contains(s, range(integer(3)), track(FloatType.fromDouble(s, 2.0))));
        assertEquals("3", repr(call(r, "index", integer(9))));
        assertEquals("1", repr(call(r, "count", integer(9))));
        assertEquals("1", repr(call(r, "count", track(FloatType.fromDouble(s, 9.0)))));
        assertEquals("2", repr(call(range(integer(5)), "index", track(FloatType.fromDouble(s, 2.0)))));
        assertEquals("1", repr(call(range(integer(3)), "index", space.trueObject())));
        assertEquals("7 is not in range", raises(BuiltinType.VALUE_ERROR, () -> call(range(integer(3)), "index", integer(7))));
        assertEquals("sequence.index(x): x not in sequence",
                raises(BuiltinType.VALUE_ERROR, () -> call(range(integer(3)), "index", str("a"))));
        assertEquals("range.count() takes exactly one argument (0 given)",
                raises(BuiltinType.TYPE_ERROR, () -> call(r, "count")));
    }

    @Test
    void iterationForwardAndReversed() {
        assertEquals("[9, 6, 3, 0]",
                items(track(Abstract.callMethod(s, range(integer(0), integer(10), integer(3)), "__reversed__"))));
        assertEquals("[100000000000000000002, 100000000000000000001, 100000000000000000000]", items(track(
                Abstract.callMethod(s, range(big(E20), big("100000000000000000003")), "__reversed__"))));
        assertEquals("[-4611686018427387902, -4611686018427387903, -4611686018427387904]", items(track(
                Abstract.callMethod(s, range(integer(-(1L << 62)), integer(-(1L << 62) + 3)), "__reversed__"))));
        assertEquals("[9223372036854775807, 9223372036854775806, 9223372036854775805]", items(track(Abstract.callMethod(s,
                range(integer(Long.MAX_VALUE - 2), big("9223372036854775808")), "__reversed__"))));
        assertEquals("[9223372036854775806, 9223372036854775807, 9223372036854775808]",
                items(range(integer(Long.MAX_VALUE - 1), big("9223372036854775809"))));
        assertEquals("[-4611686018427387904, -4611686018427387906, -4611686018427387908]",
                items(range(integer(-(1L << 62)), integer(-(1L << 62) - 5), integer(-2))));
        assertEquals("[]", items(track(Abstract.callMethod(s, range(big(E20), big(E20)), "__reversed__"))));

        long it = track(Abstract.iter(s, range(big(E20), big("100000000000000000005"))));
        assertEquals("range_iterator", Objects.typeNameOf(it));
        track(Abstract.next(s, it));
        assertEquals("4", repr(call(it, "__length_hint__")));
        long small = track(Abstract.iter(s, range(integer(3))));
        assertEquals("3", repr(call(small, "__length_hint__")));
        assertEquals(small, track(Abstract.iter(s, small)));
    }

    @Test
    void equalityIsAsSequencesAndHashFollows() {
        assertTrue(Abstract.equal(s, range(integer(0), integer(3), integer(2)), range(integer(0), integer(4), integer(2))));
        assertTrue(Abstract.equal(s, range(integer(0)), range(integer(5), integer(5))));
        assertTrue(Abstract.equal(s, range(integer(1), integer(2), integer(5)), range(integer(1), integer(3), integer(7))));
        assertFalse(Abstract.equal(s, range(integer(0), integer(10)), range(integer(0), integer(10), integer(2))));
        assertFalse(Abstract.equal(s, range(integer(3)), tuple(integer(0), integer(1), integer(2))));
        assertEquals(-1816567394155750349L, Abstract.hash(s, range(integer(0), integer(10), integer(3))));
        assertEquals(6178378689728963704L, Abstract.hash(s, range(big(E20))));
        // (len, None, None) and (1, start, None), with CPython 3.12's constant hash(None).
        assertEquals(2676694398852732306L, Abstract.hash(s, range(integer(3), integer(3))));
        assertEquals(2676694398852732306L, Abstract.hash(s, range(integer(0))));
        assertEquals(-7048428680432378585L, Abstract.hash(s, range(integer(5), integer(6), integer(9))));
    }

    @Test
    void sizeIsCPythons() {
        assertEquals(48, RangeType.sizeOf(range(integer(10))));
    }
}

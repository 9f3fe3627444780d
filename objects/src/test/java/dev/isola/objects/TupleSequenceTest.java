package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code tuple} as a sequence, against CPython 3.11: slicing, +, *, index, count, iteration, tuple(). */
class TupleSequenceTest extends ObjectsTestSupport {

    private long sample() {
        return tuple(integer(1), str("a"), integer(300), space.none(), tuple(integer(3)));
    }

    private long sl(long start, long stop, long step) {
        return track(SliceType.newSlice(s, start, stop, step));
    }

    private long get(long t, long key) {
        return track(Abstract.getItem(s, t, key));
    }

    private long newTuple(long... args) {
        return track(Abstract.call(s, space.type(BuiltinType.TUPLE), tuple(args), 0));
    }

    @Test
    void slicingWithStepsMatchesCPython() {
        long t = sample();
        assertEquals("((3,), 300, 1)", repr(get(t, sl(0, 0, integer(-2)))));
        assertEquals("('a', 300, None)", repr(get(t, sl(integer(1), integer(4), 0))));
        assertEquals("((3,), None, 300)", repr(get(t, sl(integer(-1), integer(-4), integer(-1)))));
        assertEquals("()", repr(get(t, sl(integer(10), 0, 0))));
        assertEquals("()", repr(get(t, sl(0, integer(0), 0))));
        assertEquals(t, get(t, sl(0, 0, 0)), "a full slice of an exact tuple is the tuple itself");
        assertEquals(space.emptyTuple(), get(t, sl(integer(3), integer(1), 0)));
        assertEquals("'a'", repr(get(t, integer(-4))));
    }

    @Test
    void indexingErrorsMatchCPython() {
        long t = sample();
        assertEquals("tuple index out of range", raises(BuiltinType.INDEX_ERROR, () -> get(t, integer(5))));
        assertEquals("tuple index out of range", raises(BuiltinType.INDEX_ERROR, () -> get(t, integer(-6))));
        assertEquals("tuple indices must be integers or slices, not str",
                raises(BuiltinType.TYPE_ERROR, () -> get(t, str("a"))));
    }

    @Test
    void concatAndRepeat() {
        long a = tuple(integer(1), integer(2));
        assertEquals("(1, 2, 3)", repr(track(Abstract.binaryOp(s, a, tuple(integer(3)), NumberOp.ADD))));
        assertEquals(a, track(Abstract.binaryOp(s, a, space.emptyTuple(), NumberOp.ADD)));
        assertEquals(a, track(Abstract.binaryOp(s, space.emptyTuple(), a, NumberOp.ADD)));
        assertEquals("(1, 2, 1, 2, 1, 2)", repr(track(Abstract.binaryOp(s, a, integer(3), NumberOp.MULTIPLY))));
        assertEquals("(1, 2, 1, 2)", repr(track(Abstract.binaryOp(s, integer(2), a, NumberOp.MULTIPLY))));
        assertEquals("()", repr(track(Abstract.binaryOp(s, a, integer(-1), NumberOp.MULTIPLY))));
        assertEquals(a, track(Abstract.binaryOp(s, a, integer(1), NumberOp.MULTIPLY)));
        assertEquals("can only concatenate tuple (not \"int\") to tuple",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.binaryOp(s, a, integer(1), NumberOp.ADD)));
        assertEquals("can't multiply sequence by non-int of type 'str'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.binaryOp(s, a, str("a"), NumberOp.MULTIPLY)));
        assertEquals("", raises(BuiltinType.MEMORY_ERROR,
                () -> Abstract.binaryOp(s, a, integer(1L << 61), NumberOp.MULTIPLY)));
    }

    @Test
    void indexAndCountMethods() {
        long t = tuple(integer(1), integer(2), integer(3));
        assertEquals("2", repr(call(t, "index", integer(3), integer(-1))));
        assertEquals("1", repr(call(t, "index", integer(2), integer(-5), integer(10))));
        assertEquals("3", repr(call(tuple(integer(1), integer(2), integer(1), integer(1)), "count", integer(1))));
        assertEquals("tuple.index(x): x not in tuple", raises(BuiltinType.VALUE_ERROR, () -> call(t, "index", integer(1), integer(1))));
        assertEquals("index expected at least 1 argument, got 0", raises(BuiltinType.TYPE_ERROR, () -> call(t, "index")));
        assertEquals("tuple.count() takes exactly one argument (0 given)", raises(BuiltinType.TYPE_ERROR, () -> call(t, "count")));
        assertEquals("slice indices must be integers or have an __index__ method",
                raises(BuiltinType.TYPE_ERROR, () -> call(t, "index", integer(1), str("a"))));
    }

    @Test
    void containsAndComparison() {
        long t = tuple(integer(1), str("x"));
        assertTrue(Abstract.contains(s, t, str("x")));
        assertFalse(Abstract.contains(s, t, str("y")));
        assertTrue(Abstract.richCompareBool(s, t, tuple(integer(1), str("y")), CompareOp.LT));
        assertTrue(Abstract.richCompareBool(s, t, tuple(integer(1)), CompareOp.GT));
    }

    @Test
    void iterationAndConstruction() {
        long t = tuple(integer(7), integer(8));
        long it = track(Abstract.iter(s, t));
        assertEquals("tuple_iterator", Objects.typeNameOf(it));
        assertEquals(it, track(Abstract.iter(s, it)));
        assertEquals("7", repr(track(Abstract.next(s, it))));
        assertEquals("8", repr(track(Abstract.next(s, it))));
        assertEquals(0, Abstract.next(s, it));
        assertEquals(0, Abstract.next(s, it));

        assertEquals(space.emptyTuple(), newTuple());
        assertEquals(t, newTuple(t), "tuple(t) of an exact tuple is t");
        long list = track(ListType.pack(s, integer(1), integer(2)));
        assertEquals("(1, 2)", repr(newTuple(list)));
        assertEquals("(0, 1, 2)", repr(newTuple(track(RangeType.fromLongs(s, 0, 3, 1)))));
        assertEquals("(5, 4)", repr(newTuple(track(Abstract.iter(s, track(RangeType.fromLongs(s, 5, 3, -1)))))));
        assertEquals("'int' object is not iterable", raises(BuiltinType.TYPE_ERROR, () -> newTuple(integer(1))));
        assertEquals("tuple expected at most 1 argument, got 2",
                raises(BuiltinType.TYPE_ERROR, () -> newTuple(integer(1), integer(2))));
    }

    @Test
    void sizesAreCPythons() {
        assertEquals(40, TupleType.sizeOf(space.emptyTuple()));
        assertEquals(48, TupleType.sizeOf(tuple(integer(1))));
        assertEquals(64, TupleType.sizeOf(tuple(integer(1), integer(2), integer(3))));
        assertEquals("48", repr(call(tuple(integer(1), integer(2), integer(3)), "__sizeof__")));
    }
}

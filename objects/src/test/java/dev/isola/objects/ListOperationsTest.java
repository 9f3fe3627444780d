package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code list}'s methods, operators and messages against CPython 3.11 (expected values from python3). */
class ListOperationsTest extends ObjectsTestSupport {

    private long list(long... items) {
        return track(ListType.pack(s, items));
    }

    private long ints(long... values) {
        long l = track(ListType.newList(s));
        for (long v : values) {
            ListType.append(s, l, integer(v));
        }
        return l;
    }

    private long op(long a, long b, NumberOp op) {
        return track(Abstract.binaryOp(s, a, b, op));
    }

    private long newList(long... args) {
        return track(Abstract.call(s, space.type(BuiltinType.LIST), tuple(args), 0));
    }

    @Test
    void insertClampsItsIndex() {
        long l = ints(1, 2, 3);
        call(l, "insert", integer(-10), integer(0));
        call(l, "insert", integer(100), integer(9));
        call(l, "insert", integer(-1), integer(8));
        assertEquals("[0, 1, 2, 3, 8, 9]", repr(l));
        assertEquals("insert expected 2 arguments, got 1", raises(BuiltinType.TYPE_ERROR, () -> call(l, "insert", integer(1))));
        assertEquals("'str' object cannot be interpreted as an integer",
                raises(BuiltinType.TYPE_ERROR, () -> call(l, "insert", str("a"), integer(1))));
    }

    @Test
    void popRemoveIndexCount() {
        long l = ints(1, 2, 3, 4);
        assertEquals("4", repr(call(l, "pop")));
        assertEquals("1", repr(call(l, "pop", integer(0))));
        assertEquals("3", repr(call(l, "pop", integer(-1))));
        assertEquals("[2]", repr(l));
        assertEquals("pop index out of range", raises(BuiltinType.INDEX_ERROR, () -> call(l, "pop", integer(5))));
        assertEquals("pop expected at most 1 argument, got 2",
                raises(BuiltinType.TYPE_ERROR, () -> call(l, "pop", integer(1), integer(2))));
        call(l, "pop");
        assertEquals("pop from empty list", raises(BuiltinType.INDEX_ERROR, () -> call(l, "pop")));
        assertEquals("Python int too large to convert to C ssize_t",
                raises(BuiltinType.OVERFLOW_ERROR, () -> call(l, "pop", big("100000000000000000000"))));

        long r = ints(3, 1, 3);
        call(r, "remove", integer(3));
        assertEquals("[1, 3]", repr(r));
        assertEquals("list.remove(x): x not in list", raises(BuiltinType.VALUE_ERROR, () -> call(r, "remove", integer(2))));

        long x = ints(1, 2, 3, 2);
        assertEquals("1", repr(call(x, "index", integer(2))));
        assertEquals("3", repr(call(x, "index", integer(2), integer(2))));
        assertEquals("3", repr(call(x, "index", integer(2), integer(-2))));
        assertEquals("2", repr(call(x, "count", integer(2))));
        assertEquals("5 is not in list", raises(BuiltinType.VALUE_ERROR, () -> call(x, "index", integer(5))));
        assertEquals("'a' is not in list", raises(BuiltinType.VALUE_ERROR, () -> call(x, "index", str("a"))));
        assertEquals("index expected at most 3 arguments, got 4", raises(BuiltinType.TYPE_ERROR,
                () -> call(x, "index", integer(1), integer(2), integer(3), integer(4))));
        assertEquals("list.count() takes exactly one argument (0 given)", raises(BuiltinType.TYPE_ERROR, () -> call(x, "count")));
        assertEquals("list.append() takes exactly one argument (2 given)",
                raises(BuiltinType.TYPE_ERROR, () -> call(x, "append", integer(1), integer(2))));
        assertEquals("list.reverse() takes no arguments (1 given)",
                raises(BuiltinType.TYPE_ERROR, () -> call(x, "reverse", integer(1))));
    }

    @Test
    void extendReverseCopyClear() {
        long l = ints(1, 2);
        call(l, "extend", l);
        assertEquals("[1, 2, 1, 2]", repr(l));
        track(Abstract.inplaceOp(s, l, l, NumberOp.ADD));
        assertEquals("[1, 2, 1, 2, 1, 2, 1, 2]", repr(l));
        track(Abstract.inplaceOp(s, l, integer(2), NumberOp.MULTIPLY));
        assertEquals(16, ListType.size(l));
        track(Abstract.inplaceOp(s, l, integer(0), NumberOp.MULTIPLY));
        assertEquals("[]", repr(l));

        long m = ints(1, 2);
        call(m, "extend", tuple(integer(3)));
        call(m, "extend", track(RangeType.fromLongs(s, 4, 6, 1)));
        assertEquals("[1, 2, 3, 4, 5]", repr(m));
        call(m, "reverse");
        assertEquals("[5, 4, 3, 2, 1]", repr(m));
        long c = call(m, "copy");
        call(m, "clear");
        assertEquals("[]", repr(m));
        assertEquals("[5, 4, 3, 2, 1]", repr(c));
        assertEquals("'int' object is not iterable", raises(BuiltinType.TYPE_ERROR, () -> call(m, "extend", integer(1))));
        assertEquals("'int' object is not iterable",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.inplaceOp(s, m, integer(1), NumberOp.ADD)));
        assertEquals("can't multiply sequence by non-int of type 'str'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.inplaceOp(s, m, str("a"), NumberOp.MULTIPLY)));
    }

    @Test
    void operatorsAndComparisons() {
        long a = ints(1, 2);
        assertTrue(Abstract.richCompareBool(s, a, ints(1, 3), CompareOp.LT));
        assertTrue(Abstract.richCompareBool(s, a, ints(1, 2, 0), CompareOp.LT));
        assertTrue(Abstract.equal(s, a, ints(1, 2)));
        assertFalse(Abstract.richCompareBool(s, a, ints(1, 2), CompareOp.NE));
        assertTrue(Abstract.equal(s, list(integer(1), ints(2)), list(integer(1), ints(2))));
        assertTrue(Abstract.richCompareBool(s, ints(), ints(1), CompareOp.LT));
        assertEquals("'<' not supported between instances of 'list' and 'str'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.richCompare(s, a, str("a"), CompareOp.LT)));
        assertEquals("[1, 2, 1, 2]", repr(op(a, integer(2), NumberOp.MULTIPLY)));
        assertEquals("[]", repr(op(a, integer(-1), NumberOp.MULTIPLY)));
        assertEquals("[1, 2, 3]", repr(op(a, ints(3), NumberOp.ADD)));
        assertEquals("can only concatenate list (not \"int\") to list",
                raises(BuiltinType.TYPE_ERROR, () -> op(a, integer(1), NumberOp.ADD)));
        assertEquals("can only concatenate list (not \"tuple\") to list",
                raises(BuiltinType.TYPE_ERROR, () -> op(a, tuple(integer(1)), NumberOp.ADD)));
        assertEquals("", raises(BuiltinType.MEMORY_ERROR, () -> op(a, integer(1L << 61), NumberOp.MULTIPLY)));
        assertTrue(Abstract.contains(s, a, integer(2)));
        assertFalse(Abstract.contains(s, a, str("2")));
        assertEquals("unhashable type: 'list'", raises(BuiltinType.TYPE_ERROR, () -> Abstract.hash(s, a)));
        assertTrue(Abstract.isTrue(s, a));
        assertFalse(Abstract.isTrue(s, ints()));
    }

    @Test
    void itemAccessAndErrors() {
        long l = ints(1, 2, 3);
        Abstract.delItem(s, l, integer(1));
        assertEquals("[1, 3]", repr(l));
        Abstract.setItem(s, l, integer(-1), integer(9));
        assertEquals("[1, 9]", repr(l));
        assertEquals("9", repr(track(Abstract.getItem(s, l, integer(-1)))));
        assertEquals("list index out of range", raises(BuiltinType.INDEX_ERROR, () -> Abstract.getItem(s, l, integer(5))));
        assertEquals("list assignment index out of range",
                raises(BuiltinType.INDEX_ERROR, () -> Abstract.setItem(s, l, integer(5), integer(1))));
        assertEquals("list assignment index out of range",
                raises(BuiltinType.INDEX_ERROR, () -> Abstract.delItem(s, l, integer(-3))));
        assertEquals("list indices must be integers or slices, not str",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.getItem(s, l, str("a"))));
        assertEquals("list indices must be integers or slices, not NoneType",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.setItem(s, l, space.none(), integer(1))));
    }

    @Test
    void reprGuardsAgainstRecursion() {
        long l = ints(1);
        ListType.append(s, l, l);
        assertEquals("[1, [...]]", repr(l));
        long outer = list(l, tuple(l));
        assertEquals("[[1, [...]], ([1, [...]],)]", repr(outer));
        long d = ints();
        ListType.append(s, d, list(d));
        assertEquals("[[[...]]]", repr(d));
        assertEquals("[1, [...]]", repr(l), "the guard is released after each repr");
        // Break the cycles so the test leaves nothing behind (there is no cycle collector yet).
        call(l, "clear");
        call(d, "clear");
    }

    @Test
    void constructorAndIterators() {
        assertEquals("[]", repr(newList()));
        assertEquals("[0, 1, 2]", repr(newList(track(RangeType.fromLongs(s, 0, 3, 1)))));
        assertEquals("[1, 2]", repr(newList(tuple(integer(1), integer(2)))));
        assertEquals("'int' object is not iterable", raises(BuiltinType.TYPE_ERROR, () -> newList(integer(1))));
        assertEquals("list expected at most 1 argument, got 2",
                raises(BuiltinType.TYPE_ERROR, () -> newList(integer(1), integer(2))));

        long l = ints(1, 2, 3);
        long it = track(Abstract.iter(s, l));
        assertEquals("list_iterator", Objects.typeNameOf(it));
        assertEquals("1", repr(track(Abstract.next(s, it))));
        ListType.append(s, l, integer(4));
        assertEquals("[2, 3, 4]", repr(newList(it)));
        ListType.append(s, l, integer(5));
        assertEquals("[]", repr(newList(it)), "an exhausted list iterator stays exhausted");
        assertEquals("0", repr(call(it, "__length_hint__")));

        long r = track(Abstract.callMethod(s, ints(5, 6, 7), "__reversed__"));
        assertEquals("list_reverseiterator", Objects.typeNameOf(r));
        assertEquals("3", repr(call(r, "__length_hint__")));
        assertEquals("[7, 6, 5]", repr(newList(r)));

        long c = ints(1, 2, 3);
        long rc = track(Abstract.callMethod(s, c, "__reversed__"));
        track(Abstract.next(s, rc));
        call(c, "clear");
        assertEquals("[]", repr(newList(rc)));
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.memory.Memory;
import org.junit.jupiter.api.Test;

/** set semantics as CPython 3.11 documents them: methods, operators, sizes and exact messages. */
class SetBehaviourTest extends ObjectsTestSupport {

    private long set(long... items) {
        return track(SetType.newSet(s, tuple(items)));
    }

    @Test
    void addDiscardRemoveAndContains() {
        long a = set();
        call(a, "add", integer(1));
        call(a, "add", str("x"));
        call(a, "add", integer(1));
        assertEquals(2, SetType.size(a));
        assertTrue(Abstract.contains(s, a, str("x")));
        assertTrue(Abstract.contains(s, a, space.trueObject()), "True == 1");
        call(a, "discard", str("missing"));
        call(a, "remove", str("x"));
        assertEquals("'x'", raises(BuiltinType.KEY_ERROR, () -> call(a, "remove", str("x"))));
        assertEquals("(1, 2)", raises(BuiltinType.KEY_ERROR, () -> call(a, "remove", tuple(integer(1), integer(2)))));
        assertEquals("{1}", repr(a));
        SetType.checkInvariants(a);
    }

    @Test
    void reprOfSetsEmptyAndRecursive() {
        assertEquals("set()", repr(set()));
        assertEquals("{1, 2, 3}", repr(set(integer(3), integer(1), integer(2))));
        long a = set(integer(1));
        Memory.putInt(a + SetType.FLAGS_OFFSET, SetType.FLAG_IN_REPR);
        assertEquals("set(...)", repr(a), "what a set shows when met again inside its own repr");
        Memory.putInt(a + SetType.FLAGS_OFFSET, 0);
        assertEquals("{1}", repr(a));
    }

    @Test
    void popTakesSlotsInTableOrderFromTheFinger() {
        long a = set(integer(9), integer(1), integer(17), integer(2));
        StringBuilder order = new StringBuilder();
        while (SetType.size(a) > 0) {
            order.append(repr(call(a, "pop"))).append(' ');
        }
        // CPython 3.11: s = set((9, 1, 17, 2)); [s.pop() for _ in range(4)] == [9, 2, 1, 17]: slots 1, 2, 6, 7
        // (an 8-slot table is too small for linear probing: 1 and 17 collide with 9 and jump).
        assertEquals("9 2 1 17 ", order.toString());
        assertEquals("'pop from an empty set'", raises(BuiltinType.KEY_ERROR, () -> call(a, "pop")));
    }

    @Test
    void exactErrorMessages() {
        long a = set();
        assertEquals("set.add() takes exactly one argument (0 given)", raises(BuiltinType.TYPE_ERROR, () -> call(a, "add")));
        assertEquals("set.add() takes exactly one argument (2 given)",
                raises(BuiltinType.TYPE_ERROR, () -> call(a, "add", integer(1), integer(2))));
        assertEquals("set.pop() takes no arguments (1 given)", raises(BuiltinType.TYPE_ERROR, () -> call(a, "pop", a)));
        assertEquals("set.issubset() takes exactly one argument (0 given)",
                raises(BuiltinType.TYPE_ERROR, () -> call(a, "issubset")));
        assertEquals("unhashable type: 'set'", raises(BuiltinType.TYPE_ERROR, () -> Abstract.hash(s, a)));
        assertEquals("unhashable type: 'dict'",
                raises(BuiltinType.TYPE_ERROR, () -> call(a, "add", track(DictType.newDict(s)))));
        assertEquals("unhashable type: 'dict'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.contains(s, a, track(DictType.newDict(s)))));
        assertEquals("'int' object is not iterable", raises(BuiltinType.TYPE_ERROR, () -> call(a, "update", integer(1))));
        assertEquals("'int' object is not iterable", raises(BuiltinType.TYPE_ERROR, () -> call(a, "issubset", integer(1))));
        assertEquals("set expected at most 1 argument, got 2",
                raises(BuiltinType.TYPE_ERROR, () -> track(Abstract.call(s, space.type(BuiltinType.SET), tuple(a, a), 0))));
        assertEquals("set() takes no keyword arguments", raises(BuiltinType.TYPE_ERROR, () -> {
            long kw = track(DictType.newDict(s));
            DictType.setItemString(s, kw, "a", integer(1));
            track(Abstract.call(s, space.type(BuiltinType.SET), space.emptyTuple(), kw));
        }));
        assertEquals("'<' not supported between instances of 'set' and 'int'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.richCompare(s, a, integer(1), CompareOp.LT)));
        assertEquals("unsupported operand type(s) for |: 'set' and 'int'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.binaryOp(s, a, integer(1), NumberOp.OR)));
        assertEquals("unsupported operand type(s) for |=: 'set' and 'tuple'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.inplaceOp(s, a, tuple(), NumberOp.OR)));
    }

    @Test
    void comparisonsAreSubsetTests() {
        long a = set(integer(1), integer(2));
        long b = set(integer(1), integer(2), integer(3));
        long fa = track(SetType.newFrozenSet(s, a));
        assertTrue(Abstract.richCompareBool(s, a, b, CompareOp.LT));
        assertTrue(Abstract.richCompareBool(s, a, b, CompareOp.LE));
        assertFalse(Abstract.richCompareBool(s, a, b, CompareOp.GE));
        assertTrue(Abstract.richCompareBool(s, b, a, CompareOp.GT));
        assertFalse(Abstract.richCompareBool(s, a, a, CompareOp.LT));
        assertTrue(Abstract.equal(s, a, fa), "set == frozenset");
        assertFalse(Abstract.equal(s, a, tuple(integer(1), integer(2))));
        assertEquals("True", repr(call(a, "issubset", tuple(integer(3), integer(2), integer(1)))));
        assertEquals("False", repr(call(a, "issuperset", tuple(integer(3)))));
        assertEquals("True", repr(call(a, "isdisjoint", tuple(integer(7)))));
    }

    @Test
    void algebraMethodsTakeManyIterables() {
        long a = set(integer(1), integer(2), integer(3), integer(4));
        assertEquals("{1, 2, 3, 4, 5, 6}", repr(call(a, "union", tuple(integer(5)), set(integer(6)))));
        assertEquals("{2}", repr(call(a, "intersection", tuple(integer(2), integer(3)), set(integer(2)))));
        assertEquals("{4}", repr(call(a, "difference", tuple(integer(1)), set(integer(2), integer(3)))));
        assertEquals("{1, 2, 3, 4}", repr(call(a, "intersection")), "no arguments: a copy");
        assertEquals("{1, 4, 9}", repr(call(a, "symmetric_difference", tuple(integer(2), integer(3), integer(9)))));
        call(a, "difference_update", tuple(integer(1)), tuple(integer(2)));
        assertEquals("{3, 4}", repr(a));
        call(a, "intersection_update", tuple(integer(3), integer(4), integer(5)), set(integer(4)));
        assertEquals("{4}", repr(a));
        call(a, "symmetric_difference_update", tuple(integer(4), integer(5)));
        assertEquals("{5}", repr(a));
        call(a, "update", tuple(integer(1)), set(integer(2)));
        assertEquals("{1, 2, 5}", repr(a));
        call(a, "symmetric_difference_update", a);
        assertEquals("set()", repr(a));
    }

    @Test
    void inplaceOperatorsMutateAndReturnTheSameSet() {
        long a = set(integer(1), integer(2));
        long b = set(integer(2), integer(3));
        assertEquals(a, track(Abstract.inplaceOp(s, a, b, NumberOp.OR)));
        assertEquals("{1, 2, 3}", repr(a));
        assertEquals(a, track(Abstract.inplaceOp(s, a, b, NumberOp.SUBTRACT)));
        assertEquals("{1}", repr(a));
        assertEquals(a, track(Abstract.inplaceOp(s, a, b, NumberOp.XOR)));
        assertEquals("{1, 2, 3}", repr(a));
        assertEquals(a, track(Abstract.inplaceOp(s, a, b, NumberOp.AND)));
        assertEquals("{2, 3}", repr(a));
        SetType.checkInvariants(a);
    }

    @Test
    void intersectionUpdateSwapsTablesOfEverySize() {
        long big = set();
        for (int i = 0; i < 100; i++) {
            SetType.add(s, big, integer(i));
        }
        long small = set(integer(5), integer(500));
        call(big, "intersection_update", small);
        assertEquals("{5}", repr(big));
        SetType.checkInvariants(big);
        long other = set();
        for (int i = 0; i < 50; i++) {
            SetType.add(s, other, integer(i * 2));
        }
        call(small, "intersection_update", other);
        assertEquals("set()", repr(small));
        call(big, "update", other);
        assertEquals(51, SetType.size(big), "the evens and 5");
        SetType.checkInvariants(big);
    }

    @Test
    void iteratorRaisesWhenTheSetChangesSize() {
        long a = set(integer(1), integer(2));
        long it = track(Abstract.iter(s, a));
        assertEquals("1", repr(track(Abstract.next(s, it))));
        SetType.add(s, a, integer(3));
        assertEquals("Set changed size during iteration", raises(BuiltinType.RUNTIME_ERROR, () -> Abstract.next(s, it)));
        long it2 = track(Abstract.iter(s, a));
        int n = 0;
        for (long x = Abstract.next(s, it2); x != 0; x = Abstract.next(s, it2)) {
            Objects.decref(s, x);
            n++;
        }
        assertEquals(3, n);
        assertEquals(0, Abstract.next(s, it2));
    }

    @Test
    void clearAndSizesMatchCPython() {
        long a = set();
        assertEquals(216, SetType.sizeOf(a), "sys.getsizeof(set()) in CPython 3.11–3.14");
        for (int i = 0; i < 5; i++) {
            SetType.add(s, a, integer(i));
        }
        assertEquals(216 + 32 * 16, SetType.sizeOf(a), "sys.getsizeof(set(range(5)))");
        call(a, "clear");
        assertEquals(216, SetType.sizeOf(a));
        assertEquals("set()", repr(a));
        long b = set(integer(1), integer(2));
        SetType.clear(s, b);
        assertEquals(0, SetType.size(b));
        SetType.checkInvariants(b);
    }
}

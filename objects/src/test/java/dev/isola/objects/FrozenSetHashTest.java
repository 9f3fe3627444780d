package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * frozenset: CPython's {@code frozenset_hash} bit for bit (values printed by CPython 3.11 with
 * PYTHONHASHSEED=0), hashability, identity of {@code frozenset(fs)}, use as keys.
 */
class FrozenSetHashTest extends ObjectsTestSupport {

    private long frozen(long... items) {
        return track(SetType.newFrozenSet(s, tuple(items)));
    }

    @Test
    void hashesEqualCPythons() {
        assertEquals(133146708735736L, Abstract.hash(s, frozen()));
        assertEquals(-558064481276695278L, Abstract.hash(s, frozen(integer(1))));
        assertEquals(-272375401224217160L, Abstract.hash(s, frozen(integer(1), integer(2), integer(3))));
        assertEquals(1679668661828516449L, Abstract.hash(s, frozen(str("a"), str("b"))));
        assertEquals(3383870143946509925L, Abstract.hash(s, frozen(tuple(integer(1), integer(2)), str("x"),
                integer(-1))));
        assertEquals(-67101846648477850L, Abstract.hash(s, frozen(frozen(integer(1)), frozen())));
        long range = track(SetType.newFrozenSet(s, 0));
        for (int i = 0; i < 100; i++) {
            SetType.add(s, range, integer(i));
        }
        assertEquals(4411996150312757951L, Abstract.hash(s, range));
    }

    @Test
    void hashIgnoresInsertionOrderAndDeletedSlots() {
        long a = frozen(integer(3), integer(2), integer(1));
        long b = track(SetType.newFrozenSet(s, 0));
        for (int i = 1; i <= 9; i++) {
            SetType.add(s, b, integer(i));
        }
        for (int i = 4; i <= 9; i++) {
            SetType.discard(s, b, integer(i));
        }
        assertEquals(Abstract.hash(s, a), Abstract.hash(s, b));
        assertTrue(Abstract.equal(s, a, b));
    }

    @Test
    void frozensetOfAFrozensetIsTheSameObjectAndCopyToo() {
        long a = frozen(integer(1));
        long again = track(Abstract.call(s, space.type(BuiltinType.FROZENSET), tuple(a), 0));
        assertEquals(a, again);
        assertEquals(a, call(a, "copy"));
        long set = track(SetType.newSet(s, a));
        long fromSet = track(Abstract.call(s, space.type(BuiltinType.FROZENSET), tuple(set), 0));
        assertTrue(fromSet != set);
        assertEquals("frozenset({1})", repr(fromSet));
        assertEquals("frozenset()", repr(track(Abstract.call(s, space.type(BuiltinType.FROZENSET), space.emptyTuple(),
                0))));
    }

    @Test
    void frozensetsAreKeysAndSetsAreNot() {
        long d = track(DictType.newDict(s));
        DictType.setItem(s, d, frozen(integer(1), integer(2)), str("v"));
        assertEquals("'v'", repr(DictType.getItem(s, d, frozen(integer(2), integer(1)))));
        long set = track(SetType.newSet(s, tuple(integer(1), integer(2))));
        assertEquals("unhashable type: 'set'", raises(BuiltinType.TYPE_ERROR, () -> Abstract.hash(s, set)));
        long outer = track(SetType.newSet(s));
        SetType.add(s, outer, frozen(integer(1), integer(2)));
        assertTrue(Abstract.contains(s, outer, set), "a set key is looked up as the equal frozenset");
        call(outer, "remove", set);
        assertEquals("set()", repr(outer));
    }

    @Test
    void frozensetHasNoMutatorsAndKeepsItsType() {
        long a = frozen(integer(1));
        assertEquals("'frozenset' object has no attribute 'add'",
                raises(BuiltinType.ATTRIBUTE_ERROR, () -> call(a, "add", integer(2))));
        long b = track(SetType.newSet(s, tuple(integer(2))));
        assertEquals("frozenset({1, 2})", repr(track(Abstract.binaryOp(s, a, b, NumberOp.OR))));
        assertEquals("{1, 2}", repr(track(Abstract.binaryOp(s, b, a, NumberOp.OR))));
        long c = track(Abstract.inplaceOp(s, a, b, NumberOp.OR));
        assertTrue(c != a, "|= on a frozenset builds a new one");
        assertEquals("frozenset({1})", repr(a));
        assertEquals("frozenset.union() takes no keyword arguments", raises(BuiltinType.TYPE_ERROR, () -> {
            long kw = track(DictType.newDict(s));
            DictType.setItemString(s, kw, "x", integer(1));
            track(Abstract.call(s, track(Abstract.getAttr(s, a, "union")), space.emptyTuple(), kw));
        }));
    }
}

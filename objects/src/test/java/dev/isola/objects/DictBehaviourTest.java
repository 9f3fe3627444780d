package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dict semantics as CPython 3.11+ documents them: order, methods, operators, exact messages. */
class DictBehaviourTest extends ObjectsTestSupport {

    private long dict() {
        return track(DictType.newDict(s));
    }

    private void put(long d, long key, long value) {
        DictType.setItem(s, d, key, value);
        DictType.checkInvariants(s, d);
    }

    private List<String> keysOf(long d) {
        List<String> out = new ArrayList<>();
        long[] cursor = new long[3];
        while (DictType.next(d, cursor)) {
            out.add(repr(cursor[1]));
        }
        return out;
    }

    @Test
    void getSetDeleteThroughTheJavaApi() {
        long d = dict();
        put(d, str("a"), integer(1));
        put(d, integer(7), str("seven"));
        assertEquals(2, DictType.size(d));
        assertEquals(1, IntType.longValue(DictType.getItem(s, d, str("a"))));
        assertEquals(1, IntType.longValue(DictType.getItemString(s, d, "a")));
        assertEquals("'seven'", repr(DictType.getItem(s, d, integer(7))));
        assertEquals(0, DictType.getItem(s, d, str("missing")));
        assertEquals(0, DictType.getItemString(s, d, "__name__"));
        DictType.delItem(s, d, str("a"));
        assertEquals(0, DictType.getItemString(s, d, "a"));
        assertEquals("1", raises(BuiltinType.KEY_ERROR, () -> DictType.delItem(s, d, integer(1))));
        DictType.checkInvariants(s, d);
    }

    @Test
    void equalKeysOfDifferentTypesShareAnEntry() {
        long d = dict();
        put(d, integer(1), str("int"));
        put(d, space.trueObject(), str("bool"));
        assertEquals("{1: 'bool'}", repr(d));
    }

    @Test
    void iterationFollowsInsertionAndReinsertionGoesLast() {
        long d = dict();
        for (String k : List.of("x", "y", "z", "w")) {
            put(d, str(k), integer(k.charAt(0)));
        }
        put(d, str("y"), integer(0));
        assertEquals(List.of("'x'", "'y'", "'z'", "'w'"), keysOf(d));
        DictType.delItem(s, d, str("y"));
        put(d, str("y"), integer(1));
        assertEquals(List.of("'x'", "'z'", "'w'", "'y'"), keysOf(d));
        assertEquals("{'x': 120, 'z': 122, 'w': 119, 'y': 1}", repr(d));
    }

    @Test
    void tableGrowsAsCPythonsDoes() {
        // sys.getsizeof growth of {i: i for i in range(n)} in CPython: resizes after 5, 10, 21, 42 items.
        long d = dict();
        assertEquals(56, DictType.sizeOf(d), "{} is 56 bytes, CPython 3.14: 64");
        assertTrue(DictType.sizeOf(d) <= 64);
        List<Integer> log2 = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < 100; i++) {
            put(d, integer(i), integer(i));
            int l = DictKeys.log2Size(DictType.keys(d));
            if (l != last) {
                log2.add(l);
                log2.add(i + 1);
                last = l;
            }
        }
        assertEquals(List.of(3, 1, 4, 6, 5, 11, 6, 22, 7, 43, 8, 86), log2);
        // Deletions leave dummies; the next growth compacts them (used × 3 of the live items).
        for (int i = 0; i < 90; i++) {
            DictType.delItem(s, d, integer(i));
        }
        DictType.checkInvariants(s, d);
        for (int i = 100; i < 200; i++) {
            put(d, integer(i), integer(i));
        }
        assertEquals(110, DictType.size(d));
        assertTrue(DictType.sizeOf(d) <= 16 + 64 + 8 + 256 * 2 + 170 * 24);
        List<String> keys = keysOf(d);
        assertEquals("90", keys.getFirst());
        assertEquals("199", keys.getLast());
    }

    @Test
    void strKeyedTablesUseShortEntriesUntilAnotherKeyArrives() {
        long d = dict();
        put(d, str("a"), integer(1));
        assertTrue(DictKeys.isUnicode(DictType.keys(d)));
        assertEquals(168, DictType.sizeOf(d), "CPython 3.11: sys.getsizeof({'a': 1}) == 184");
        put(d, str("b"), integer(2));
        put(d, integer(3), integer(3));
        assertFalse(DictKeys.isUnicode(DictType.keys(d)), "a non-str key converts the table");
        assertEquals("{'a': 1, 'b': 2, 3: 3}", repr(d));
        DictType.delItem(s, d, str("a"));
        put(d, str("a"), integer(4));
        assertEquals("{'b': 2, 3: 3, 'a': 4}", repr(d));
        long[] cursor = new long[4];
        assertTrue(DictType.next(d, cursor));
        assertEquals(StrType.hash(cursor[1]), cursor[3]);
        long first = dict();
        put(first, integer(1), integer(1));
        put(first, str("x"), integer(2));
        assertFalse(DictKeys.isUnicode(DictType.keys(first)));
    }

    @Test
    void indexWidthGrowsPast128Slots() {
        long d = dict();
        for (int i = 0; i < 40_000; i++) {
            DictType.setItem(s, d, integer(i * 7L), space.none());
        }
        DictType.checkInvariants(s, d);
        assertEquals(16, DictKeys.log2Size(DictType.keys(d)), "65,536 slots of int32 indices");
        assertTrue(DictType.sizeOf(d) <= 1_310_800, "CPython 3.11's sys.getsizeof of this dict");
        for (int i = 0; i < 40_000; i += 997) {
            assertEquals(space.none(), DictType.getItem(s, d, integer(i * 7L)));
        }
    }

    @Test
    void methodsGetSetdefaultPopAndPopitem() {
        long d = dict();
        put(d, str("a"), integer(1));
        assertEquals("1", repr(call(d, "get", str("a"))));
        assertEquals("None", repr(call(d, "get", str("b"))));
        assertEquals("5", repr(call(d, "get", str("b"), integer(5))));
        assertEquals("1", repr(call(d, "setdefault", str("a"), integer(9))));
        assertEquals("None", repr(call(d, "setdefault", str("n"))));
        assertEquals("()", repr(call(d, "setdefault", str("l"), space.emptyTuple())));
        assertEquals("{'a': 1, 'n': None, 'l': ()}", repr(d));
        assertEquals("None", repr(call(d, "pop", str("n"))));
        assertEquals("'dflt'", repr(call(d, "pop", str("n"), str("dflt"))));
        assertEquals("'n'", raises(BuiltinType.KEY_ERROR, () -> call(d, "pop", str("n"))));
        assertEquals("('l', ())", repr(call(d, "popitem")));
        assertEquals("('a', 1)", repr(call(d, "popitem")));
        assertEquals("'popitem(): dictionary is empty'", raises(BuiltinType.KEY_ERROR, () -> call(d, "popitem")));
        assertEquals("{}", repr(d));
    }

    @Test
    void popitemIsLastInFirstOutAndDoesNotGiveBackUsableRoom() {
        long d = dict();
        for (int i = 0; i < 5; i++) {
            put(d, integer(i), integer(i));
        }
        assertEquals("(4, 4)", repr(call(d, "popitem")));
        assertEquals(4, DictKeys.nentries(DictType.keys(d)));
        put(d, integer(10), integer(10));
        assertEquals(4, DictKeys.log2Size(DictType.keys(d)), "as CPython: popitem leaves a DUMMY, usable stays 0");
        DictType.delItem(s, d, integer(3));
        assertEquals("(10, 10)", repr(call(d, "popitem")));
        assertEquals("(2, 2)", repr(call(d, "popitem")), "the deleted entry before it is skipped");
        assertEquals("{0: 0, 1: 1}", repr(d));
        DictType.checkInvariants(s, d);
    }

    @Test
    void exactErrorMessages() {
        long d = dict();
        assertEquals("get expected at least 1 argument, got 0", raises(BuiltinType.TYPE_ERROR, () -> call(d, "get")));
        assertEquals("get expected at most 2 arguments, got 3",
                raises(BuiltinType.TYPE_ERROR, () -> call(d, "get", integer(1), integer(2), integer(3))));
        assertEquals("pop expected at least 1 argument, got 0", raises(BuiltinType.TYPE_ERROR, () -> call(d, "pop")));
        assertEquals("dict.popitem() takes no arguments (1 given)",
                raises(BuiltinType.TYPE_ERROR, () -> call(d, "popitem", integer(1))));
        assertEquals("dict.copy() takes no arguments (1 given)",
                raises(BuiltinType.TYPE_ERROR, () -> call(d, "copy", integer(1))));
        assertEquals("update expected at most 1 argument, got 2",
                raises(BuiltinType.TYPE_ERROR, () -> call(d, "update", integer(1), integer(2))));
        assertEquals("unhashable type: 'dict'", raises(BuiltinType.TYPE_ERROR, () -> Abstract.hash(s, d)));
        assertEquals("unhashable type: 'dict'",
                raises(BuiltinType.TYPE_ERROR, () -> DictType.setItem(s, d, d, integer(1))));
        assertEquals("unhashable type: 'dict'", raises(BuiltinType.TYPE_ERROR, () -> Abstract.getItem(s, d, d)));
        assertEquals("'k'", raises(BuiltinType.KEY_ERROR, () -> Abstract.getItem(s, d, str("k"))));
        assertEquals("(1, 2)", raises(BuiltinType.KEY_ERROR, () -> Abstract.getItem(s, d, tuple(integer(1), integer(2)))));
        assertEquals("'<' not supported between instances of 'dict' and 'dict'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.richCompare(s, d, d, CompareOp.LT)));
        assertEquals("unsupported operand type(s) for |: 'dict' and 'int'",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.binaryOp(s, d, integer(1), NumberOp.OR)));
        assertEquals("cannot convert dictionary update sequence element #0 to a sequence",
                raises(BuiltinType.TYPE_ERROR, () -> call(d, "update", tuple(integer(1)))));
        assertEquals("dictionary update sequence element #1 has length 3; 2 is required",
                raises(BuiltinType.VALUE_ERROR, () -> call(d, "update",
                        tuple(tuple(integer(1), integer(2)), tuple(integer(1), integer(2), integer(3))))));
        assertEquals("dict.get() takes no keyword arguments", raises(BuiltinType.TYPE_ERROR, () -> {
            long kw = dict();
            DictType.setItemString(s, kw, "key", integer(1));
            track(Abstract.call(s, track(Abstract.getAttr(s, d, "get")), tuple(integer(1)), kw));
        }));
        assertEquals("dict expected at most 1 argument, got 2", raises(BuiltinType.TYPE_ERROR,
                () -> track(Abstract.call(s, space.type(BuiltinType.DICT), tuple(d, d), 0))));
    }

    @Test
    void constructorAndUpdateAcceptDictsPairsAndKeywords() {
        long pairs = tuple(tuple(str("a"), integer(1)), tuple(str("b"), integer(2)), tuple(str("a"), integer(3)));
        long kw = dict();
        DictType.setItemString(s, kw, "c", integer(4));
        DictType.setItemString(s, kw, "a", integer(5));
        long d = track(Abstract.call(s, space.type(BuiltinType.DICT), tuple(pairs), kw));
        assertEquals("{'a': 5, 'b': 2, 'c': 4}", repr(d));
        long copy = track(Abstract.call(s, space.type(BuiltinType.DICT), tuple(d), 0));
        assertEquals("{'a': 5, 'b': 2, 'c': 4}", repr(copy));
        assertTrue(Abstract.equal(s, d, copy));
        call(copy, "update", tuple(tuple(str("z"), integer(0))));
        call(copy, "update", d);
        assertEquals("{'a': 5, 'b': 2, 'c': 4, 'z': 0}", repr(copy));
        assertEquals("{}", repr(track(Abstract.call(s, space.type(BuiltinType.DICT), space.emptyTuple(), 0))));
    }

    @Test
    void equalityIgnoresOrderAndComparesValues() {
        long a = dict();
        long b = dict();
        put(a, integer(1), str("x"));
        put(a, integer(2), str("y"));
        put(b, integer(2), str("y"));
        put(b, integer(1), str("x"));
        assertTrue(Abstract.equal(s, a, b));
        assertFalse(Abstract.richCompareBool(s, a, b, CompareOp.NE));
        put(b, integer(1), str("other"));
        assertFalse(Abstract.equal(s, a, b));
        assertFalse(Abstract.equal(s, a, integer(1)));
    }

    @Test
    void orAndInplaceOrMergeWithTheRightOperandWinning() {
        long a = dict();
        long b = dict();
        put(a, str("x"), integer(1));
        put(a, str("y"), integer(2));
        put(b, str("y"), integer(3));
        put(b, str("z"), integer(4));
        long merged = track(Abstract.binaryOp(s, a, b, NumberOp.OR));
        assertEquals("{'x': 1, 'y': 3, 'z': 4}", repr(merged));
        assertEquals("{'x': 1, 'y': 2}", repr(a));
        long same = track(Abstract.inplaceOp(s, a, tuple(tuple(str("w"), integer(0))), NumberOp.OR));
        assertEquals(a, same);
        assertEquals("{'x': 1, 'y': 2, 'w': 0}", repr(a));
    }

    @Test
    void reprOfARecursiveDictShowsEllipsis() {
        long d = dict();
        put(d, str("self"), d);
        put(d, integer(1), tuple(d));
        assertEquals("{'self': {...}, 1: ({...},)}", repr(d));
        DictType.clear(s, d);
        assertEquals("{}", repr(d));
    }

    @Test
    void copyClearAndFromkeys() {
        long d = dict();
        for (int i = 0; i < 20; i++) {
            put(d, integer(i), integer(i * i));
        }
        for (int i = 0; i < 20; i += 2) {
            DictType.delItem(s, d, integer(i));
        }
        long c = track(DictType.copy(s, d));
        DictType.checkInvariants(s, c);
        assertEquals(repr(d), repr(c));
        call(d, "clear");
        assertEquals("{}", repr(d));
        assertEquals(10, DictType.size(c));
        long keys = tuple(str("a"), str("b"), str("a"));
        assertEquals("{'a': None, 'b': None}", repr(call(d, "fromkeys", keys)));
        assertEquals("{'a': 0, 'b': 0}", repr(call(d, "fromkeys", keys, integer(0))));
        long fromType = track(DictOps.newFromKeys(s, space.type(BuiltinType.DICT), keys, space.none()));
        assertEquals("{'a': None, 'b': None}", repr(fromType));
        long unbound = track(Abstract.getAttr(s, space.type(BuiltinType.DICT), "fromkeys"));
        assertEquals("{'a': 1, 'b': 1}", repr(track(Abstract.call(s, unbound, tuple(keys, integer(1)), 0))));
    }

    @Test
    void iteratorsRaiseWhenTheDictChangesUnderThem() {
        long d = dict();
        put(d, integer(1), integer(1));
        put(d, integer(2), integer(2));
        long it = track(Abstract.iter(s, d));
        assertEquals("1", repr(track(Abstract.next(s, it))));
        put(d, integer(3), integer(3));
        assertEquals("dictionary changed size during iteration",
                raises(BuiltinType.RUNTIME_ERROR, () -> Abstract.next(s, it)));
        assertEquals("dictionary changed size during iteration",
                raises(BuiltinType.RUNTIME_ERROR, () -> Abstract.next(s, it)), "the state is sticky");

        long it2 = track(Abstract.iter(s, d));
        assertEquals("1", repr(track(Abstract.next(s, it2))));
        DictType.delItem(s, d, integer(1));
        put(d, integer(4), integer(4));
        assertEquals("2", repr(track(Abstract.next(s, it2))));
        assertEquals("3", repr(track(Abstract.next(s, it2))));
        assertEquals("dictionary keys changed during iteration",
                raises(BuiltinType.RUNTIME_ERROR, () -> Abstract.next(s, it2)));
        assertEquals(0, Abstract.next(s, it2));
    }

    @Test
    void valueAndItemIteratorsAndContains() {
        long d = dict();
        put(d, str("a"), integer(1));
        put(d, str("b"), integer(2));
        long values = track(DictViews.newIterator(s, d, BuiltinType.DICT_VALUE_ITERATOR));
        long items = track(DictViews.newIterator(s, d, BuiltinType.DICT_ITEM_ITERATOR));
        assertEquals("2", repr(track(Abstract.call(s, track(Abstract.getAttr(s, values, "__length_hint__")),
                space.emptyTuple(), 0))));
        assertEquals("1", repr(track(Abstract.next(s, values))));
        assertEquals("2", repr(track(Abstract.next(s, values))));
        assertEquals(0, Abstract.next(s, values));
        assertEquals("('a', 1)", repr(track(Abstract.next(s, items))));
        assertTrue(Abstract.contains(s, d, str("b")));
        assertFalse(Abstract.contains(s, d, str("c")));
        assertEquals("unhashable type: 'dict'", raises(BuiltinType.TYPE_ERROR, () -> Abstract.contains(s, d, d)));
    }

    @Test
    void unhashableItemOfATupleKeyRaisesAndLeaksNothing() {
        long d = dict();
        put(d, tuple(integer(1), str("a")), integer(1));
        assertEquals("unhashable type: 'dict'",
                raises(BuiltinType.TYPE_ERROR, () -> DictType.getItem(s, d, tuple(integer(1), dict()))));
        assertEquals(1, DictType.size(d));
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views, set-like operations on
 * keys and items, and reprs, compared with CPython 3.11's output (PYTHONHASHSEED=0 for the set
 * results). Skipped until the view types are registered in {@link BuiltinType}.
 */
class DictViewsTest extends ObjectsTestSupport {
    private long d;

    @BeforeEach
    void abc() {
        assumeTrue(DictViews.registeredType("DICT_KEYS") != null, "dict view types are not registered yet");
        d = track(DictType.newDict(s));
        DictType.setItem(s, d, str("a"), integer(1));
        DictType.setItem(s, d, str("b"), integer(2));
        DictType.setItem(s, d, str("c"), integer(3));
    }

    private long set(long... items) {
        long so = track(SetType.newSet(s));
        for (long x : items) {
            SetType.add(s, so, x);
        }
        return so;
    }

    private long op(long a, long b, NumberOp op) {
        return track(Abstract.binaryOp(s, a, b, op));
    }

    @Test
    void viewsAreLiveAndReprLikeCPython() {
        long k = call(d, "keys");
        long v = call(d, "values");
        long i = call(d, "items");
        assertEquals("dict_keys(['a', 'b', 'c'])", repr(k));
        assertEquals("dict_values([1, 2, 3])", repr(v));
        assertEquals("dict_items([('a', 1), ('b', 2), ('c', 3)])", repr(i));
        DictType.setItem(s, d, str("d"), integer(4));
        assertEquals(4, Abstract.length(s, k));
        assertEquals("dict_keys(['a', 'b', 'c', 'd'])", repr(k));
        assertTrue(Abstract.contains(s, i, tuple(str("a"), integer(1))));
        assertFalse(Abstract.contains(s, i, tuple(str("a"), integer(2))));
        assertFalse(Abstract.contains(s, i, str("a")));
        assertTrue(Abstract.contains(s, v, integer(2)));
    }

    @Test
    void setOperationsOfKeysAndItems() {
        long k = call(d, "keys");
        long i = call(d, "items");
        assertEquals("{'b'}", repr(op(k, set(str("b"), str("z")), NumberOp.AND)));
        assertEquals("{'c', 'a', 'b', 'z'}", repr(op(k, tuple(str("z")), NumberOp.OR)));
        assertEquals("{'c', 'b'}", repr(op(k, set(str("a")), NumberOp.SUBTRACT)));
        assertEquals("{'q', 'c', 'b'}", repr(op(k, set(str("a"), str("q")), NumberOp.XOR)));
        assertEquals("{('a', 1)}", repr(op(i, set(tuple(str("a"), integer(1)), tuple(str("b"), integer(3))),
                NumberOp.AND)));
        assertEquals("{'c'}", repr(op(set(str("c"), str("x")), k, NumberOp.AND)));
        assertEquals("set()", repr(op(set(str("a"), str("b"), str("c")), k, NumberOp.SUBTRACT)));
    }

    @Test
    void comparisonsAndIsdisjoint() {
        long k = call(d, "keys");
        long v = call(d, "values");
        long i = call(d, "items");
        assertTrue(Abstract.equal(s, k, set(str("a"), str("b"), str("c"))));
        assertTrue(Abstract.richCompareBool(s, k, set(str("a"), str("b"), str("c"), str("d")), CompareOp.LT));
        assertTrue(Abstract.richCompareBool(s, i, set(tuple(str("a"), integer(1))), CompareOp.GE));
        assertFalse(Abstract.equal(s, k, tuple(str("a"), str("b"), str("c"))));
        assertFalse(Abstract.equal(s, v, call(d, "values")), "values views compare by identity");
        assertEquals("True", repr(call(k, "isdisjoint", set(str("x")))));
        assertEquals("False", repr(call(k, "isdisjoint", tuple(str("a")))));
        assertEquals("False", repr(call(i, "isdisjoint", tuple(tuple(str("a"), integer(1))))));
        assertEquals("dict_keys.isdisjoint() takes exactly one argument (0 given)",
                raises(BuiltinType.TYPE_ERROR, () -> call(k, "isdisjoint")));
    }

    @Test
    void reversedIteratesFromTheLastEntry() {
        assumeTrue(DictViews.registeredType("DICT_REVERSE_KEY_ITERATOR") != null, "reverse iterators not registered");
        long e = track(DictType.newDict(s));
        for (int i = 0; i < 6; i++) {
            DictType.setItem(s, e, integer(i), integer(i * i));
        }
        DictType.delItem(s, e, integer(2));
        assertEquals("[5, 4, 3, 1, 0]", drain(call(e, "__reversed__")));
        assertEquals("[25, 16, 9, 1, 0]", drain(call(call(e, "values"), "__reversed__")));
        assertEquals("[(5, 25), (4, 16), (3, 9), (1, 1), (0, 0)]", drain(call(call(e, "items"), "__reversed__")));
        long it = call(e, "__reversed__");
        track(Abstract.next(s, it));
        DictType.setItem(s, e, integer(9), integer(1));
        assertEquals("dictionary changed size during iteration", raises(BuiltinType.RUNTIME_ERROR, () -> Abstract.next(s, it)));
        assertEquals("[]", drain(call(track(DictType.newDict(s)), "__reversed__")));
    }

    private String drain(long it) {
        StringBuilder out = new StringBuilder("[");
        for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
            out.append(out.length() > 1 ? ", " : "").append(repr(x));
            Objects.decref(s, x);
        }
        return out.append(']').toString();
    }

    @Test
    void recursiveViewsReprWithEllipsisAsCPython() {
        DictType.setItem(s, d, str("v"), call(d, "values"));
        DictType.setItem(s, d, str("k"), call(d, "keys"));
        assertEquals("{'a': 1, 'b': 2, 'c': 3, 'v': dict_values([1, 2, 3, ..., dict_keys(['a', 'b', 'c', 'v', 'k'])]),"
                + " 'k': dict_keys(['a', 'b', 'c', 'v', 'k'])}", repr(d));
        assertEquals("dict_values([1, 2, 3, dict_values([1, 2, 3, ..., dict_keys(['a', 'b', 'c', 'v', 'k'])]),"
                + " dict_keys(['a', 'b', 'c', 'v', 'k'])])", repr(call(d, "values")));
        DictType.clear(s, d);
    }
}

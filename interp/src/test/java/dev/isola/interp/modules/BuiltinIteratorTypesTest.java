package dev.isola.interp.modules;

import static dev.isola.objects.BuiltinType.ENUMERATE;
import static dev.isola.objects.BuiltinType.FILTER;
import static dev.isola.objects.BuiltinType.MAP;
import static dev.isola.objects.BuiltinType.REVERSED;
import static dev.isola.objects.BuiltinType.TYPE_ERROR;
import static dev.isola.objects.BuiltinType.VALUE_ERROR;
import static dev.isola.objects.BuiltinType.ZIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.objects.Abstract;
import dev.isola.objects.Objects;
import org.junit.jupiter.api.Test;

/** enumerate, zip, map, filter and reversed: types, iteration and CPython's messages. */
class BuiltinIteratorTypesTest extends ModuleTestSupport {
    @Test
    void theIteratorClassesAreTypesInBuiltins() {
        assertEquals(type(ZIP), builtin("zip"));
        assertEquals("<class 'zip'>", repr(call("type", call("zip"))));
        assertEquals("<class 'map'>", r("type", call("map", builtin("abs"), list())));
        assertEquals("<class 'filter'>", r("type", call("filter", none(), list())));
        assertEquals("<class 'enumerate'>", r("type", call("enumerate", list())));
        assertEquals("<class 'reversed'>", r("type", call("reversed", str("ab"))));
        assertEquals("True", r("isinstance", call("map", builtin("abs"), list()), type(MAP)));
        long e = call("enumerate", list());
        assertEquals(e, call("iter", e));
    }

    @Test
    void enumerateCountsFromStart() {
        assertEquals("[(0, 'a'), (1, 'b')]", listRepr(call("enumerate", str("ab"))));
        assertEquals("[(5, 'a'), (6, 'b')]", listRepr(call("enumerate", str("ab"), integer(5))));
        assertEquals("[(1, 'a'), (2, 'b')]", listRepr(call("enumerate", str("ab"), s.space().trueObject())));
        assertEquals("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]",
                listRepr(call("enumerate", str("ab"), integer(Long.MAX_VALUE))));
        assertEquals("[(3, 'x')]", listRepr(callKw("enumerate", new long[0], "iterable", str("x"), "start", integer(3))));
    }

    @Test
    void enumerateErrors() {
        assertEquals("enumerate() missing required argument 'iterable'", raises(TYPE_ERROR, () -> call("enumerate")));
        assertEquals("enumerate() takes at most 2 arguments (3 given)",
                raises(TYPE_ERROR, () -> call("enumerate", list(), integer(1), integer(2))));
        assertEquals("'foo' is an invalid keyword argument for enumerate()",
                raises(TYPE_ERROR, () -> callKw("enumerate", new long[0], "foo", integer(1))));
        assertEquals("'str' object cannot be interpreted as an integer",
                raises(TYPE_ERROR, () -> call("enumerate", list(), str("a"))));
        assertEquals("'int' object is not iterable", raises(TYPE_ERROR, () -> call("enumerate", integer(1))));
    }

    @Test
    void zipStopsAtTheShortest() {
        assertEquals("[(1, 'a'), (2, 'b')]", listRepr(call("zip", ints(1, 2, 3), str("ab"))));
        assertEquals("[]", listRepr(call("zip")));
        assertEquals("[(1,), (2,)]", listRepr(call("zip", ints(1, 2))));
        assertEquals("'int' object is not iterable", raises(TYPE_ERROR, () -> call("zip", list(), integer(1))));
        assertEquals("'x' is an invalid keyword argument for zip()",
                raises(TYPE_ERROR, () -> callKw("zip", new long[0], "x", integer(1))));
    }

    @Test
    void zipStrictReportsTheOddArgument() {
        long t = s.space().trueObject();
        assertEquals("[(1, 1)]", repr(call("list", callKw("zip", new long[] {ints(1), ints(1)}, "strict", t))));
        assertEquals("zip() argument 2 is longer than argument 1",
                raises(VALUE_ERROR, () -> call("list", callKw("zip", new long[] {ints(1), ints(1, 2)}, "strict", t))));
        assertEquals("zip() argument 2 is shorter than argument 1",
                raises(VALUE_ERROR, () -> call("list", callKw("zip", new long[] {ints(1, 2), ints(1)}, "strict", t))));
        assertEquals("zip() argument 3 is longer than arguments 1-2", raises(VALUE_ERROR,
                () -> call("list", callKw("zip", new long[] {ints(1), ints(1), ints(1, 2)}, "strict", t))));
        assertEquals("zip() argument 3 is shorter than arguments 1-2", raises(VALUE_ERROR,
                () -> call("list", callKw("zip", new long[] {ints(1, 2), ints(1, 2), ints(1)}, "strict", t))));
    }

    @Test
    void mapCallsTheFunctionOverParallelIterables() {
        assertEquals("[1, 2, 3]", listRepr(call("map", builtin("abs"), ints(-1, 2, -3))));
        assertEquals("[4, 9]", listRepr(call("map", builtin("pow"), ints(2, 3), ints(2, 2, 2))));
        assertEquals("map() must have at least two arguments.", raises(TYPE_ERROR, () -> call("map", builtin("abs"))));
        assertEquals("map() takes no keyword arguments",
                raises(TYPE_ERROR, () -> callKw("map", new long[] {builtin("abs"), list()}, "x", integer(1))));
        assertEquals("bad operand type for abs(): 'str'",
                raises(TYPE_ERROR, () -> call("list", call("map", builtin("abs"), list(str("a"))))));
    }

    @Test
    void filterKeepsTruthyItems() {
        assertEquals("[1, 2, 'a']", listRepr(call("filter", none(), list(integer(0), integer(1), integer(2), str(""), str("a")))));
        assertEquals("[1]", listRepr(call("filter", type(dev.isola.objects.BuiltinType.BOOL), ints(0, 1, 0))));
        assertEquals("['ab']", listRepr(call("filter", builtin("len"), list(str(""), str("ab")))));
        assertEquals("filter expected 2 arguments, got 1", raises(TYPE_ERROR, () -> call("filter", none())));
        assertEquals("'int' object is not iterable", raises(TYPE_ERROR, () -> call("filter", none(), integer(1))));
        assertEquals("True", r("isinstance", call("filter", none(), list()), type(FILTER)));
    }

    @Test
    void reversedUsesDunderReversedOrTheSequenceProtocol() {
        assertEquals("[2, 1, 0]", listRepr(call("reversed", call("range", integer(3)))));
        assertEquals("['c', 'b', 'a']", listRepr(call("reversed", str("abc"))));
        assertEquals("[2, 1]", listRepr(call("reversed", tuple(integer(1), integer(2)))));
        assertEquals("[3, 2, 1]", listRepr(call("reversed", ints(1, 2, 3))));
        assertEquals("<class 'list_reverseiterator'>", r("type", call("reversed", list())));
        long d = call("dict", list(tuple(integer(1), integer(2)), tuple(integer(3), integer(4))));
        assertEquals("[3, 1]", listRepr(call("reversed", d)));
        assertEquals("True", r("isinstance", call("reversed", str("")), type(REVERSED)));
    }

    @Test
    void reversedLengthHintAndExhaustion() {
        long r = call("reversed", str("ab"));
        assertEquals("2", repr(track(Abstract.callMethod(s, r, "__length_hint__"))));
        long first = Abstract.next(s, r);
        assertEquals("'b'", repr(first));
        Objects.decref(s, first);
        assertEquals("1", repr(track(Abstract.callMethod(s, r, "__length_hint__"))));
        Objects.decref(s, Abstract.next(s, r));
        assertEquals(0, Abstract.next(s, r));
        assertEquals(0, Abstract.next(s, r));
        assertEquals("0", repr(track(Abstract.callMethod(s, r, "__length_hint__"))));
    }

    @Test
    void reversedErrors() {
        assertEquals("reversed expected 1 argument, got 0", raises(TYPE_ERROR, () -> call("reversed")));
        assertEquals("'int' object is not reversible", raises(TYPE_ERROR, () -> call("reversed", integer(1))));
        assertEquals("'set' object is not reversible", raises(TYPE_ERROR, () -> call("reversed", call("set"))));
        assertEquals("reversed() takes no keyword arguments",
                raises(TYPE_ERROR, () -> callKw("reversed", new long[] {list()}, "x", integer(1))));
    }

    @Test
    void iteratorTypesAreNotSubclassesOfEachOther() {
        long z = call("zip");
        assertTrue(Objects.isInstance(z, type(ZIP)));
        assertEquals("False", r("isinstance", z, type(ENUMERATE)));
    }

    @Test
    void mapStopsAtTheShortestAndErrorsDoNotLeak() {
        assertEquals("[1]", listRepr(call("map", builtin("max"), ints(1, 5), ints(0))));
        assertEquals("'<' not supported between instances of 'str' and 'int'", raises(dev.isola.objects.BuiltinType.TYPE_ERROR,
                () -> call("list", call("filter", builtin("sorted"), list(list(integer(1), str("a")))))));
        assertEquals("[(1, 'a')]", listRepr(call("zip", call("range", integer(1), integer(5)), str("a"))));
    }

    @Test
    void invariantsHoldBeforeAndAfterExhaustion() {
        long pop = track(Abstract.getAttr(s, ints(1, 2), "pop"));
        long[] its = {call("enumerate", str("ab")), call("zip", str("ab"), str("c")), call("map", builtin("abs"), ints(-1)),
                call("filter", none(), ints(0, 1)), call("reversed", str("ab")), call("iter", pop, integer(1))};
        for (long it : its) {
            dev.isola.objects.BuiltinIterators.checkInvariants(s, it);
            call("list", it);
            dev.isola.objects.BuiltinIterators.checkInvariants(s, it);
        }
    }

    @Test
    void aBrokenInvariantIsReported() {
        long r = call("reversed", str("ab"));
        long seq = dev.isola.memory.Memory.getLong(r + dev.isola.objects.BuiltinIterators.SECOND_OFFSET);
        dev.isola.memory.Memory.putLong(r + dev.isola.objects.BuiltinIterators.SECOND_OFFSET, -5);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> dev.isola.objects.BuiltinIterators.checkInvariants(s, r));
        assertTrue(e.getMessage().contains("type=reversed"), e.getMessage());
        dev.isola.memory.Memory.putLong(r + dev.isola.objects.BuiltinIterators.SECOND_OFFSET, seq);
        dev.isola.objects.BuiltinIterators.checkInvariants(s, r);
    }
}

package dev.isola.interp.modules;

import static dev.isola.objects.BuiltinType.STOP_ITERATION;
import static dev.isola.objects.BuiltinType.TYPE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** len, sorted, all, any, iter and next. */
class BuiltinsIterationTest extends ModuleTestSupport {
    @Test
    void lenOfContainers() {
        assertEquals("3", r("len", str("abc")));
        assertEquals("2", r("len", ints(1, 2)));
        assertEquals("object of type 'int' has no len()", raises(TYPE_ERROR, () -> call("len", integer(1))));
        assertEquals("len() takes exactly one argument (0 given)", raises(TYPE_ERROR, () -> call("len")));
        assertEquals("len() takes exactly one argument (2 given)", raises(TYPE_ERROR, () -> call("len", list(), list())));
    }

    @Test
    void sortedReturnsANewSortedList() {
        long l = ints(3, 1, 2);
        assertEquals("[1, 2, 3]", r("sorted", l));
        assertEquals("[3, 1, 2]", repr(l));
        assertEquals("['a', 'b', 'c']", r("sorted", str("cab")));
        assertEquals("[3, 2, 1]", repr(callKw("sorted", new long[] {l}, "reverse", s.space().trueObject())));
        assertEquals("['b', 'cc', 'aaa']", repr(callKw("sorted", new long[] {list(str("aaa"), str("b"), str("cc"))},
                "key", builtin("len"))));
    }

    @Test
    void sortedErrors() {
        assertEquals("sorted expected 1 argument, got 0", raises(TYPE_ERROR, () -> call("sorted")));
        assertEquals("'x' is an invalid keyword argument for sort()",
                raises(TYPE_ERROR, () -> callKw("sorted", new long[] {list()}, "x", integer(1))));
        assertEquals("'<' not supported between instances of 'str' and 'int'",
                raises(TYPE_ERROR, () -> call("sorted", list(integer(1), str("a")))));
    }

    @Test
    void allAndAny() {
        assertEquals("True", r("all", list()));
        assertEquals("False", r("any", list()));
        assertEquals("False", r("all", ints(1, 0, 2)));
        assertEquals("True", r("any", ints(0, 0, 2)));
        assertEquals("True", r("all", str("ab")));
        assertEquals("'int' object is not iterable", raises(TYPE_ERROR, () -> call("any", integer(1))));
    }

    @Test
    void iterAndNextWithDefault() {
        long it = call("iter", ints(1));
        assertEquals("1", r("next", it));
        assertEquals("'end'", r("next", it, str("end")));
        assertEquals("", raises(STOP_ITERATION, () -> call("next", it)));
        assertEquals("'list' object is not an iterator", raises(TYPE_ERROR, () -> call("next", list())));
        assertEquals("'int' object is not iterable", raises(TYPE_ERROR, () -> call("iter", integer(1))));
        assertEquals("iter expected at least 1 argument, got 0", raises(TYPE_ERROR, () -> call("iter")));
        assertEquals("next expected at least 1 argument, got 0", raises(TYPE_ERROR, () -> call("next")));
    }

    @Test
    void iterWithSentinelCallsUntilTheSentinel() {
        long l = ints(0, 7, 1, 2);
        long pop = track(dev.isola.objects.Abstract.getAttr(s, l, "pop"));
        long it = call("iter", pop, integer(7));
        assertEquals("<class 'callable_iterator'>", r("type", it));
        assertEquals(it, call("iter", it));
        assertEquals("[2, 1]", r("list", it));
        assertEquals("[0]", repr(l));
        assertEquals("[]", r("list", it));
        assertEquals("iter(v, w): v must be callable", raises(TYPE_ERROR, () -> call("iter", integer(1), integer(2))));
    }

    @Test
    void iterWithSentinelPropagatesErrorsAndStopsOnStopIteration() {
        long pop = track(dev.isola.objects.Abstract.getAttr(s, ints(1), "pop"));
        long it = call("iter", pop, integer(7));
        assertEquals("1", r("next", it));
        assertEquals("pop from empty list", raises(dev.isola.objects.BuiltinType.INDEX_ERROR, () -> call("next", it)));
    }
}

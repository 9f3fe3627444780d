package dev.isola.interp.modules;

import static dev.isola.objects.BuiltinType.OVERFLOW_ERROR;
import static dev.isola.objects.BuiltinType.TYPE_ERROR;
import static dev.isola.objects.BuiltinType.VALUE_ERROR;
import static dev.isola.objects.BuiltinType.ZERO_DIVISION_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** abs, divmod, pow, round, sum, min, max, hex, oct, bin, ord, chr, hash and id, with CPython 3.11's results and messages. */
class BuiltinsNumericTest extends ModuleTestSupport {
    @Test
    void absOfIntsFloatsAndBigInts() {
        assertEquals("5", r("abs", integer(-5)));
        assertEquals("2.5", r("abs", flt(-2.5)));
        assertEquals("1180591620717411303424", r("abs", big("-1180591620717411303424")));
        assertEquals("bad operand type for abs(): 'str'", raises(TYPE_ERROR, () -> call("abs", str("a"))));
        assertEquals("abs() takes exactly one argument (0 given)", raises(TYPE_ERROR, () -> call("abs")));
    }

    @Test
    void divmodFloorsTowardNegativeInfinity() {
        assertEquals("(-4, 1)", r("divmod", integer(-7), integer(2)));
        assertEquals("(3.0, 1.5)", r("divmod", flt(7.5), integer(2)));
        assertEquals("divmod expected 2 arguments, got 1", raises(TYPE_ERROR, () -> call("divmod", integer(1))));
        assertEquals("integer division or modulo by zero",
                raises(ZERO_DIVISION_ERROR, () -> call("divmod", integer(1), integer(0))));
        assertEquals("unsupported operand type(s) for divmod(): 'str' and 'int'",
                raises(TYPE_ERROR, () -> call("divmod", str("a"), integer(1))));
    }

    @Test
    void powWithAndWithoutModulus() {
        assertEquals("1024", r("pow", integer(2), integer(10)));
        assertEquals("3", r("pow", integer(2), integer(-1), integer(5)));
        assertEquals("0.5", r("pow", integer(2), integer(-1)));
        assertEquals("pow() 3rd argument cannot be 0",
                raises(VALUE_ERROR, () -> call("pow", integer(2), integer(3), integer(0))));
        assertEquals("pow() 3rd argument not allowed unless all arguments are integers",
                raises(TYPE_ERROR, () -> call("pow", integer(2), integer(3), flt(4.0))));
        assertEquals("pow() missing required argument 'base' (pos 1)", raises(TYPE_ERROR, () -> call("pow")));
        assertEquals("pow() missing required argument 'exp' (pos 2)", raises(TYPE_ERROR, () -> call("pow", integer(1))));
        assertEquals("8", repr(callKw("pow", new long[0], "base", integer(2), "exp", integer(3))));
    }

    @Test
    void roundHalfToEvenOnTheExactBinaryValue() {
        assertEquals("2.67", r("round", flt(2.675), integer(2)));
        assertEquals("0", r("round", flt(0.5)));
        assertEquals("2", r("round", flt(1.5)));
        assertEquals("-2", r("round", flt(-2.5)));
        assertEquals("2", r("round", flt(2.5), none()));
        assertEquals("12300", r("round", integer(12345), integer(-2)));
        assertEquals("7", r("round", integer(7)));
        assertEquals("1e+300", r("round", flt(1e300), integer(-300)));
    }

    @Test
    void roundErrors() {
        assertEquals("type str doesn't define __round__ method", raises(TYPE_ERROR, () -> call("round", str("a"))));
        assertEquals("round() missing required argument 'number' (pos 1)", raises(TYPE_ERROR, () -> call("round")));
        assertEquals("round() takes at most 2 arguments (3 given)",
                raises(TYPE_ERROR, () -> call("round", flt(1.5), integer(1), integer(2))));
        assertEquals("cannot convert float infinity to integer",
                raises(OVERFLOW_ERROR, () -> call("round", flt(Double.POSITIVE_INFINITY))));
    }

    @Test
    void sumOfIntsFloatsListsAndStart() {
        assertEquals("6", r("sum", ints(1, 2, 3)));
        assertEquals("18446744073709551614", r("sum", ints(Long.MAX_VALUE, Long.MAX_VALUE)));
        assertEquals("4.0", r("sum", list(flt(1.5), integer(2)), flt(0.5)));
        assertEquals("[1, 2]", r("sum", list(ints(1), ints(2)), list()));
        assertEquals("5", repr(callKw("sum", new long[] {list()}, "start", integer(5))));
        assertEquals("0", r("sum", list()));
    }

    @Test
    void sumRefusesStringsAndBytes() {
        assertEquals("sum() can't sum strings [use ''.join(seq) instead]",
                raises(TYPE_ERROR, () -> call("sum", list(str("a")), str(""))));
        assertEquals("sum() can't sum bytes [use b''.join(seq) instead]",
                raises(TYPE_ERROR, () -> call("sum", list(), call("bytes"))));
        assertEquals("sum() takes at least 1 positional argument (0 given)", raises(TYPE_ERROR, () -> call("sum")));
        assertEquals("sum() takes at most 2 arguments (3 given)",
                raises(TYPE_ERROR, () -> call("sum", list(), integer(2), integer(3))));
        assertEquals("'int' object is not iterable", raises(TYPE_ERROR, () -> call("sum", integer(1))));
        assertEquals("unsupported operand type(s) for +: 'int' and 'str'",
                raises(TYPE_ERROR, () -> call("sum", list(integer(1), str("x")))));
    }

    @Test
    void minAndMaxOverIterablesAndArguments() {
        assertEquals("'c'", r("max", str("abc")));
        assertEquals("1", r("min", integer(3), integer(1), integer(2)));
        assertEquals("'b'", repr(callKw("min", new long[] {list(str("aaa"), str("b"), str("cc"))}, "key", builtin("len"))));
        assertEquals("'aaa'", repr(callKw("max", new long[] {list(str("aaa"), str("b"), str("ccc"))}, "key", builtin("len"))));
        assertEquals("None", repr(callKw("max", new long[] {list()}, "default", none())));
        assertEquals("2", repr(callKw("max", new long[] {integer(1), integer(2)}, "key", none())));
        assertEquals("-3", repr(callKw("max", new long[] {ints(1, -3, 2)}, "key", builtin("abs"))));
    }

    @Test
    void minAndMaxErrors() {
        assertEquals("max expected at least 1 argument, got 0", raises(TYPE_ERROR, () -> call("max")));
        assertEquals("max() arg is an empty sequence", raises(VALUE_ERROR, () -> call("max", list())));
        assertEquals("min() arg is an empty sequence", raises(VALUE_ERROR, () -> call("min", str(""))));
        assertEquals("Cannot specify a default for min() with multiple positional arguments",
                raises(TYPE_ERROR, () -> callKw("min", new long[] {integer(1), integer(2)}, "default", integer(3))));
        assertEquals("'x' is an invalid keyword argument for max()",
                raises(TYPE_ERROR, () -> callKw("max", new long[] {list()}, "x", integer(3))));
        assertEquals("'<' not supported between instances of 'str' and 'int'",
                raises(TYPE_ERROR, () -> call("min", list(integer(1), str("a")))));
        assertEquals("'int' object is not iterable", raises(TYPE_ERROR, () -> call("min", integer(1))));
    }

    @Test
    void hexOctBin() {
        assertEquals("'-0xff'", r("hex", integer(-255)));
        assertEquals("'0o10'", r("oct", integer(8)));
        assertEquals("'-0b101'", r("bin", integer(-5)));
        assertEquals("'0b1'", r("bin", s.space().trueObject()));
        assertEquals("'float' object cannot be interpreted as an integer", raises(TYPE_ERROR, () -> call("hex", flt(1.5))));
        assertEquals("'str' object cannot be interpreted as an integer", raises(TYPE_ERROR, () -> call("bin", str("a"))));
    }

    @Test
    void ordAndChr() {
        assertEquals("233", r("ord", str("é")));
        assertEquals("128512", r("ord", str("\uD83D\uDE00")));
        assertEquals("97", r("ord", call("bytes", list(integer(97)))));
        assertEquals("'é'", r("chr", integer(233)));
        assertEquals("ord() expected a character, but string of length 2 found", raises(TYPE_ERROR, () -> call("ord", str("ab"))));
        assertEquals("ord() expected a character, but string of length 0 found", raises(TYPE_ERROR, () -> call("ord", str(""))));
        assertEquals("ord() expected string of length 1, but int found", raises(TYPE_ERROR, () -> call("ord", integer(1))));
        assertEquals("chr() arg not in range(0x110000)", raises(VALUE_ERROR, () -> call("chr", integer(-1))));
        assertEquals("chr() arg not in range(0x110000)", raises(VALUE_ERROR, () -> call("chr", integer(0x110000))));
        assertEquals("Python int too large to convert to C int", raises(OVERFLOW_ERROR, () -> call("chr", big("1180591620717411303424"))));
        assertEquals("'str' object cannot be interpreted as an integer", raises(TYPE_ERROR, () -> call("chr", str("a"))));
    }

    @Test
    void hashAndId() {
        assertEquals("1", r("hash", flt(1.0)));
        assertEquals(r("hash", str("abc")), r("hash", str("abc")));
        assertEquals("unhashable type: 'list'", raises(TYPE_ERROR, () -> call("hash", list())));
        long x = list();
        assertEquals(repr(call("id", x)), repr(call("id", x)));
        assertEquals("id() takes exactly one argument (0 given)", raises(TYPE_ERROR, () -> call("id")));
    }

    @Test
    void roundFloatsToNegativeAndPositiveDigits() {
        assertEquals("1200.0", r("round", flt(1234.5678), integer(-2)));
        assertEquals("0.12", r("round", flt(0.125), integer(2)));
        assertEquals("0.14", r("round", flt(0.135), integer(2)));
        assertEquals("-0.0", r("round", flt(-0.0), integer(1)));
        assertEquals("1234.5678", r("round", flt(1234.5678), integer(400)));
    }

    @Test
    void bigIntegerArithmetic() {
        assertEquals("(1000000000000000000000, 1)", r("divmod", big("3000000000000000000001"), integer(3)));
        assertEquals(Long.toString(java.math.BigInteger.valueOf(3).modPow(java.math.BigInteger.valueOf(200),
                java.math.BigInteger.valueOf(1000007)).longValue()), r("pow", integer(3), integer(200), integer(1000007)));
        assertEquals("'0x100000000000000000'", r("hex", big("295147905179352825856")));
    }

    @Test
    void minAndMaxKeepTheFirstOfEqualItems() {
        assertEquals("1", r("max", list(integer(1), flt(1.0))));
        assertEquals("1.0", r("min", list(flt(1.0), integer(1))));
        assertEquals("'ab'", repr(callKw("max", new long[] {list(str("ab"), str("cd"))}, "key", builtin("len"))));
    }

    @Test
    void sumMixesIntsAndFloats() {
        assertEquals("3.5", r("sum", list(integer(1), flt(0.5), integer(2))));
        assertEquals("-9223372036854775809", r("sum", ints(Long.MIN_VALUE, -1)));
    }
}

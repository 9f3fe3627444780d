package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** float(...), the methods of float and its attributes. */
class FloatMethodsTest extends NumbersTestSupport {

    private String method(long self, String name, long... args) {
        return outcome(() -> Abstract.callMethod(s, self, name, args));
    }

    @Test
    void constructorAcceptsNumbersAndText() {
        assertEquals("0.0", outcome(() -> construct(BuiltinType.FLOAT)));
        assertEquals("1.0", outcome(() -> construct(BuiltinType.FLOAT, space.trueObject())));
        assertEquals("9007199254740992.0", outcome(() -> construct(BuiltinType.FLOAT, i("9007199254740993"))));
        assertEquals("9007199254740996.0", outcome(() -> construct(BuiltinType.FLOAT, i("9007199254740995"))));
        assertEquals("OverflowError: int too large to convert to float",
                outcome(() -> construct(BuiltinType.FLOAT, i("1" + "0".repeat(400)))));
        assertEquals("-2.5", outcome(() -> construct(BuiltinType.FLOAT, str(" -2.5\n"))));
        long x = f(2.5);
        long same = construct(BuiltinType.FLOAT, x);
        assertEquals(x, same, "float(x) of an exact float is x");
        Objects.decref(s, same);
        assertEquals("TypeError: float() argument must be a string or a real number, not 'NoneType'",
                outcome(() -> construct(BuiltinType.FLOAT, space.none())));
        assertEquals("TypeError: float expected at most 1 argument, got 2",
                outcome(() -> construct(BuiltinType.FLOAT, i(1), i(2))));
    }

    @Test
    void integerTestsAndRatios() {
        assertEquals("True", method(f(2.0), "is_integer"));
        assertEquals("False", method(f(2.5), "is_integer"));
        assertEquals("False", method(f(Double.POSITIVE_INFINITY), "is_integer"));
        assertEquals("False", method(f(Double.NaN), "is_integer"));
        assertEquals("(3602879701896397, 36028797018963968)", method(f(0.1), "as_integer_ratio"));
        assertEquals("(0, 1)", method(f(-0.0), "as_integer_ratio"));
        assertEquals("(5, 2)", method(f(2.5), "as_integer_ratio"));
        assertEquals("(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447"
                + "864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368"
                + "953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
                + ", 1)", method(f(1e300), "as_integer_ratio"));
        assertEquals("OverflowError: cannot convert Infinity to integer ratio",
                method(f(Double.NEGATIVE_INFINITY), "as_integer_ratio"));
        assertEquals("ValueError: cannot convert NaN to integer ratio", method(f(Double.NaN), "as_integer_ratio"));
        assertEquals("TypeError: float.is_integer() takes no arguments (1 given)", method(f(1.5), "is_integer", i(1)));
    }

    @Test
    void subnormalRatioIsExact() {
        long ratio = track(Abstract.callMethod(s, f(Double.MIN_VALUE), "as_integer_ratio"));
        assertEquals("1", repr(TupleType.getItem(ratio, 0)));
        assertEquals(java.math.BigInteger.TWO.pow(1074).toString(), repr(TupleType.getItem(ratio, 1)));
    }

    @Test
    void roundingIsHalfEvenOnTheExactBinaryValue() {
        assertEquals("2.67", method(f(2.675), "__round__", i(2)));
        assertEquals("0", method(f(0.5), "__round__"));
        assertEquals("2", method(f(1.5), "__round__"));
        assertEquals("2", method(f(2.5), "__round__", space.none()));
        assertEquals("0", method(f(-0.5), "__round__"));
        assertEquals("-0.0", method(f(-0.01), "__round__", i(1)));
        assertEquals("120.0", method(f(123.456), "__round__", i(-1)));
        assertEquals("1.5", method(f(1.5), "__round__", i(400)));
        assertEquals("0.0", method(f(1.5), "__round__", i(-400)));
        assertEquals("1.5", method(f(1.5), "__round__", i("1" + "0".repeat(30))));
        assertEquals("1e+300", method(f(1e300), "__round__", i(-299)));
        assertEquals("0.12", method(f(0.125), "__round__", i(2)));
        assertEquals("0.38", method(f(0.375), "__round__", i(2)));
        assertEquals("1200.0", method(f(1234.5678), "__round__", i(-2)));
        assertEquals("inf", method(f(Double.POSITIVE_INFINITY), "__round__", i(2)));
        assertEquals("OverflowError: rounded value too large to represent",
                method(f(Double.MAX_VALUE), "__round__", i(-308)));
        assertEquals("OverflowError: cannot convert float infinity to integer",
                method(f(Double.POSITIVE_INFINITY), "__round__"));
        assertEquals("ValueError: cannot convert float NaN to integer", method(f(Double.NaN), "__round__"));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer",
                method(f(1.5), "__round__", f(1.0)));
        assertEquals("TypeError: __round__ expected at most 1 argument, got 2", method(f(1.5), "__round__", i(1), i(2)));
    }

    @Test
    void truncFloorCeilGiveInts() {
        assertEquals("2", method(f(2.9), "__trunc__"));
        assertEquals("-3", method(f(-2.5), "__floor__"));
        assertEquals("-2", method(f(-2.5), "__ceil__"));
        assertEquals("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447"
                + "864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368"
                + "953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
                method(f(1e300), "__floor__"));
        assertEquals("TypeError: float.__trunc__() takes no arguments (1 given)", method(f(1.0), "__trunc__", i(1)));
    }

    @Test
    void attributesAndConjugate() {
        assertEquals("2.5", outcome(() -> Abstract.getAttr(s, f(2.5), "real")));
        assertEquals("0.0", outcome(() -> Abstract.getAttr(s, f(2.5), "imag")));
        assertEquals("-2.5", method(f(-2.5), "conjugate"));
        assertEquals("24", method(f(-2.5), "__sizeof__"));
        assertEquals("AttributeError: 'float' object has no attribute 'nope'",
                outcome(() -> Abstract.getAttr(s, f(2.5), "nope")));
    }

    @Test
    void unaryOperationsAndTruth() {
        assertEquals("-0.0", eval("neg", "0.0"));
        assertEquals("0.0", eval("abs", "-0.0"));
        assertEquals("True", eval("bool", "nan"));
        assertEquals("False", eval("bool", "-0.0"));
        long x = f(1.5);
        long plus = Abstract.positive(s, x);
        assertEquals(x, plus);
        Objects.decref(s, plus);
    }
}

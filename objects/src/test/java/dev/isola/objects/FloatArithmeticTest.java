package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** float arithmetic with float and int operands: signs of zeros, //, %, divmod, ** special cases. */
class FloatArithmeticTest extends NumbersTestSupport {

    @Test
    void arithmeticMatchesCPythonIncludingSpecialValues() throws IOException {
        checkTable("float-arithmetic.tsv");
    }

    @Test
    void zeroDivisorsRaiseCPython311Messages() {
        assertEquals("ZeroDivisionError: float division by zero", eval("1.0", "/", "0"));
        assertEquals("ZeroDivisionError: float division by zero", eval("1", "/", "0.0"));
        assertEquals("ZeroDivisionError: float floor division by zero", eval("1.0", "//", "0"));
        assertEquals("ZeroDivisionError: float modulo", eval("1.0", "%", "-0.0"));
        assertEquals("ZeroDivisionError: float divmod()", eval("1.0", "divmod", "0"));
        assertEquals("ZeroDivisionError: 0.0 cannot be raised to a negative power", eval("0.0", "**", "-1"));
    }

    @Test
    void floorDivisionAndModuloSignsForEveryCombination() {
        assertEquals("(-4.0, 0.5)", eval("-7.5", "divmod", "2"));
        assertEquals("(-4.0, -0.5)", eval("7.5", "divmod", "-2"));
        assertEquals("(3.0, -1.5)", eval("-7.5", "divmod", "-2"));
        assertEquals("(3.0, 1.5)", eval("7.5", "divmod", "2"));
        assertEquals("(-0.0, 0.0)", eval("-0.0", "divmod", "1"));
        assertEquals("-0.0", eval("0.0", "%", "-1"));
        assertEquals("-0.0", eval("-0.0", "//", "1"));
        assertEquals("inf", eval("-5.0", "%", "inf"));
        assertEquals("(-1.0, inf)", eval("-5.0", "divmod", "inf"));
        assertEquals("(inf, 3.498445546245627e-309)", eval("1e+308", "divmod", "1e-308"));
        assertEquals("-3.0", eval("-1.5", "//", "0.5"));
    }

    @Test
    void intOperandsAreConvertedOrOverflow() {
        String huge = "1" + "0".repeat(400);
        assertEquals("OverflowError: int too large to convert to float", eval(huge, "+", "1.0"));
        assertEquals("OverflowError: int too large to convert to float", eval("1.0", "*", huge));
        assertEquals("9007199254740992.0", eval("9007199254740993", "+", "0.0"));
        assertEquals("1.8446744073709552e+19", eval("18446744073709551615", "*", "1.0"));
        assertEquals("TypeError: unsupported operand type(s) for +: 'float' and 'str'",
                outcome(() -> Abstract.binaryOp(s, f(1.0), str("x"), NumberOp.ADD)));
        assertEquals("TypeError: bad operand type for unary ~: 'float'", eval("invert", "1.0"));
        assertEquals("TypeError: unsupported operand type(s) for &: 'float' and 'int'", eval("1.0", "&", "1"));
    }

    @Test
    void powerSpecialCases() {
        assertEquals("1.0", eval("nan", "**", "0"));
        assertEquals("1.0", eval("1.0", "**", "nan"));
        assertEquals("1.0", eval("-1.0", "**", "inf"));
        assertEquals("-inf", eval("-inf", "**", "3"));
        assertEquals("-0.0", eval("-inf", "**", "-3"));
        assertEquals("inf", eval("-inf", "**", "2.5"));
        assertEquals("-0.0", eval("-0.0", "**", "3"));
        assertEquals("0.0", eval("0.5", "**", "inf"));
        assertEquals("-8.0", eval("-2.0", "**", "3"));
        assertEquals("OverflowError: (34, 'Numerical result out of range')", eval("10.0", "**", "400"));
        assertEquals("OverflowError: (34, 'Numerical result out of range')", eval("-2.0", "**", "1e+300"));
        assertEquals("0.0", eval("2.0", "**", "-2000"));
        assertEquals("1.4142135623730951", eval("2", "**", "0.5"));
        // CPython returns a complex here; Isola has no complex type yet.
        assertEquals("ValueError: negative number cannot be raised to a fractional power", eval("-8.0", "**", "0.5"));
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** float(str) with Python's grammar, and float.hex / float.fromhex. */
class FloatParseTest extends NumbersTestSupport {

    /** Text and CPython 3.11's {@code repr(float(text))} or its error. */
    private static final String[][] CPYTHON = {
        {"1_000.5", "1000.5"},
        {"1__0", "ValueError: could not convert string to float: '1__0'"},
        {"_1", "ValueError: could not convert string to float: '_1'"},
        {"1_", "ValueError: could not convert string to float: '1_'"},
        {"1_.5", "ValueError: could not convert string to float: '1_.5'"},
        {"1._5", "ValueError: could not convert string to float: '1._5'"},
        {"1e1_0", "10000000000.0"},
        {"1e_10", "ValueError: could not convert string to float: '1e_10'"},
        {".5", "0.5"},
        {"5.", "5.0"},
        {".", "ValueError: could not convert string to float: '.'"},
        {"e5", "ValueError: could not convert string to float: 'e5'"},
        {"1e", "ValueError: could not convert string to float: '1e'"},
        {"1e+", "ValueError: could not convert string to float: '1e+'"},
        {"+1.5e-3", "0.0015"},
        {" inf ", "inf"},
        {"-Infinity", "-inf"},
        {"INFINITY", "inf"},
        {"nan", "nan"},
        {"-nan", "nan"},
        {"+NaN", "nan"},
        {"infinit", "ValueError: could not convert string to float: 'infinit'"},
        {"nans", "ValueError: could not convert string to float: 'nans'"},
        {"1.5 5", "ValueError: could not convert string to float: '1.5 5'"},
        {"0x10", "ValueError: could not convert string to float: '0x10'"},
        {"1d", "ValueError: could not convert string to float: '1d'"},
        {"1f", "ValueError: could not convert string to float: '1f'"},
        {"\u0661.5", "1.5"},
        {"\u00a01.5\u2003", "1.5"},
        {"1_2_3.4_5e1_2", "123450000000000.0"},
        {"--1", "ValueError: could not convert string to float: '--1'"},
        {"1e5000", "inf"},
        {"-1e5000", "-inf"},
        {"1e-400", "0.0"},
        {"  ", "ValueError: could not convert string to float: '  '"},
        {"0.0000000000000000000000000000001e310", "1e+279"},
        {"iNfInItY", "inf"},
        {"1\u0000", "ValueError: could not convert string to float: '1\\x00'"},
        {"", "ValueError: could not convert string to float: ''"},
        {"-0", "-0.0"},
        {"2.5E-3", "0.0025"},
        {"4.9e-324", "5e-324"},
        {"2.4703282292062328e-324", "5e-324"},
        {"2.4703282292062327e-324", "0.0"},
        {"1.7976931348623158e308", "1.7976931348623157e+308"},
        {"1.7976931348623159e308", "inf"},
        {"0.1e1_0", "1000000000.0"},
        {"123456789012345678901234567890", "1.2345678901234568e+29"},
        {"  -.5e+2  ", "-50.0"},
        {"+", "ValueError: could not convert string to float: '+'"},
        {"-", "ValueError: could not convert string to float: '-'"},
        {"in f", "ValueError: could not convert string to float: 'in f'"},
        {"infinity1", "ValueError: could not convert string to float: 'infinity1'"},
        {"1.5e5.5", "ValueError: could not convert string to float: '1.5e5.5'"},
    };

    @Test
    void floatOfTextMatchesCPython() {
        for (String[] row : CPYTHON) {
            assertEquals(row[1], outcome(() -> construct(BuiltinType.FLOAT, str(row[0]))), "float(" + row[0] + ")");
        }
    }

    @Test
    void floatOfBytesUsesTheSameGrammar() {
        long b = track(BytesType.fromBytes(s, " 1.5e3 ".getBytes()));
        assertEquals("1500.0", outcome(() -> construct(BuiltinType.FLOAT, b)));
    }

    @Test
    void hexIsCPythonsFormat() {
        assertEquals("0x1.8000000000000p+0", FloatText.hex(1.5));
        assertEquals("0x0.0000000000001p-1022", FloatText.hex(Double.MIN_VALUE));
        assertEquals("-0x0.0p+0", FloatText.hex(-0.0));
        assertEquals("0x0.0p+0", FloatText.hex(0.0));
        assertEquals("0x1.1ccf385ebc8a0p+1023", FloatText.hex(1e308));
        assertEquals("0x1.999999999999ap-4", FloatText.hex(0.1));
        assertEquals("-0x1.0000000000000p-1", FloatText.hex(-0.5));
        assertEquals("inf", FloatText.hex(Double.POSITIVE_INFINITY));
        assertEquals("nan", FloatText.hex(Double.NaN));
        assertEquals("'0x1.8000000000000p+0'", outcome(() -> Abstract.callMethod(s, f(1.5), "hex")));
    }

    /** {@code float.fromhex(text)} as Python prints the outcome, through the type as Python code calls it. */
    private String fromHex(String text) {
        return outcome(() -> Abstract.callMethod(s, space.type(BuiltinType.FLOAT), "fromhex", str(text)));
    }

    @Test
    void fromHexMatchesCPython() {
        String[][] cases = {
            {" 0x1.8p1 ", "3.0"}, {"1.8", "1.5"}, {"-0X1P-1074", "-5e-324"}, {"0x1p-1075", "0.0"},
            {"0x1.8p-1075", "5e-324"}, {"inf", "inf"}, {"-nan", "nan"}, {"0x.8", "0.5"},
            {"0x1.fffffffffffff8p1023", "OverflowError: hexadecimal value too large to represent as a float"},
            {"0x1p10000", "OverflowError: hexadecimal value too large to represent as a float"},
            {"0x1_0p0", "ValueError: invalid hexadecimal floating-point string"},
            {"0x", "ValueError: invalid hexadecimal floating-point string"},
            {"0x1p", "ValueError: invalid hexadecimal floating-point string"},
            {"x", "ValueError: invalid hexadecimal floating-point string"},
            {"1p+2", "4.0"}, {"infinity", "inf"}, {"0x1.0000000000001p0", "1.0000000000000002"},
            {"0x1.00000000000008p0", "1.0"}, {"0x1.00000000000018p0", "1.0000000000000004"},
            {"0x0.0000000000001p-1022", "5e-324"}, {"0x1.fffffffffffffp1023", "1.7976931348623157e+308"},
            {"0x" + "0".repeat(500) + "1p-100", "7.888609052210118e-31"}, {"0x1p-99999999999999999999", "0.0"},
            {"0x0p99999999999999999999", "0.0"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], fromHex(c[0]), "fromhex(" + c[0] + ")");
        }
        assertEquals("TypeError: bad argument type for built-in operation",
                outcome(() -> Abstract.callMethod(s, space.type(BuiltinType.FLOAT), "fromhex", i(5))));
        assertEquals("TypeError: float.fromhex() takes exactly one argument (2 given)",
                outcome(() -> Abstract.callMethod(s, f(1.0), "fromhex", str("1"), str("2"))));
    }

    @Test
    void hexRoundTripsThroughFromHex() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        for (int k = 0; k < 5000; k++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(FloatText.fromHex(s, FloatText.hex(v))));
        }
    }
}

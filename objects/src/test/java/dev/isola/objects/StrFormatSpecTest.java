package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The format-spec mini-language ({@link StrFormat}) for str, int, bool and float: 162 cases of
 * {@code format(value, spec)} printed by CPython 3.11, results and error messages.
 */
class StrFormatSpecTest extends StrTestSupport {
    private void fmt(String expected, Object value, String spec) {
        assertEquals(expected, outcome(() -> StrFormat.format(s, obj(value), spec)),
                () -> "format(" + repr(obj(value)) + ", " + repr(str(spec)) + ")");
    }

    @Test
    void table() {
        fmt("'0,001,234'", 1234L, "08,");
        fmt("'0,001,234'", 1234L, "09,");
        fmt("'00,001,234'", 1234L, "010,");
        fmt("'001,234'", 1234L, "07,");
        fmt("'0000000inf'", Double.POSITIVE_INFINITY, "010");
        fmt("'-000000inf'", Double.NEGATIVE_INFINITY, "010");
        fmt("'+000000nan'", Double.NaN, "+010");
        fmt("'True'", true, "");
        fmt("'    1'", true, ">5");
        fmt("'1'", true, "d");
        fmt("'50000'", 5L, "<05");
        fmt("'a0000'", "a", "05");
        fmt("'0000A'", 65L, "05c");
        fmt("'0.0'", -0.0d, "z");
        fmt("'0.00'", -0.0001d, "z.2f");
        fmt("'-0.0'", -0.0d, "");
        fmt("'1e+20'", 1e+20d, ".3");
        fmt("'1.0'", 1.0d, ".3");
        fmt("'1e+16'", 1e+16d, "");
        fmt("'       1.5'", 1.5d, "10");
        fmt("'75b_cd15'", 123456789L, "_x");
        fmt("'0b111_0101_1011_1100_1101_0001_0101'", 123456789L, "#_b");
        fmt("'0XFF'", 255L, "#X");
        fmt("'-0x00000ff'", -255L, "#010x");
        fmt("'1,234.50'", 1234.5d, ",.2f");
        fmt("'1_234.5'", 1234.5d, "_g");
        fmt("'1e+06'", 1000000.0d, "g");
        fmt("'1e-05'", 1e-05d, "g");
        fmt("'0.0001'", 0.0001d, "g");
        fmt("'1.50000'", 1.5d, "#g");
        fmt("'2.'", 2.0d, "#.0f");
        fmt("'2e+00'", 2.0d, ".0e");
        fmt("'2.e+00'", 2.0d, "#.0e");
        fmt("'1.23457e+06'", 1234567.0d, "n");
        fmt("'0'", 0.5d, ".0f");
        fmt("'2'", 1.5d, ".0f");
        fmt("'2'", 2.5d, ".0f");
        fmt("'0.12'", 0.125d, ".2f");
        fmt("'1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000'", 1e+300d, "f");
        fmt("'5e-324'", 5e-324d, "");
        fmt("'4.94066e-324'", 5e-324d, "g");
        fmt("'33.333333%'", 0.3333333333333333d, "%");
        fmt("'33.3%'", 0.3333333333333333d, ".1%");
        fmt("'300.000000%'", 3L, "%");
        fmt("'3.000000e+00'", 3L, "e");
        fmt("'1.23e+04'", 12345L, ".2e");
        fmt("'-5'", -5L, " d");
        fmt("' 5'", 5L, " d");
        fmt("'+5'", 5L, "+d");
        fmt("'-5'", -5L, "+d");
        fmt("'  abc  '", "abc", "^7");
        fmt("'xxabcxx'", "abc", "x^7");
        fmt("'abc'", "abcdef", ".3");
        fmt("'ab        '", "abc", "<10.2");
        fmt("'       1.0'", 1.0d, "=10");
        fmt("'-      1.0'", -1.0d, "=10");
        fmt("'-******1.0'", -1.0d, "*=10");
        fmt("'nan'", Double.NaN, "");
        fmt("'INF'", Double.POSITIVE_INFINITY, "E");
        fmt("'1e+16'", 1e+16d, ".17");
        fmt("'1.2e+02'", 123.456d, ".2");
        fmt("'123.46'", 123.456d, ".5");
        fmt("'1e+100'", 1e+100d, ".2");
        fmt("'0.10000000000000000555'", 0.1d, ".20");
        fmt("'10000.00%'", 100L, ".2%");
        fmt("'1,234,567,890,123,456,789'", 1234567890123456789L, ",");
        fmt("'-1_234'", -1234L, "_");
        fmt("'10000000000000000'", new java.math.BigInteger("18446744073709551616"), "x");
        fmt("'0o0'", 0L, "#o");
        fmt("'0b0'", 0L, "#b");
        fmt("'0o12'", 10L, "#o");
        fmt("'1.0'", 1.0d, "#");
        fmt("'1.00'", 1.0d, "#.3");
        fmt("'1e+22'", 1e+22d, "");
        fmt("'10000000000000000000000.000000'", 1e+22d, "f");
        fmt("'1e+02'", 123.0d, ".0");
        fmt("'0.000000e+00'", 0.0d, "e");
        fmt("'1'", 1.0d, "G");
        fmt("'1E-10'", 1e-10d, "G");
        fmt("'0003.142'", 3.14159d, "08.3f");
        fmt("'-003.142'", -3.14159d, "08.3f");
        fmt("'+3.1e+00'", 3.14159d, "+.1e");
        fmt("'  \u00e9  '", "\u00e9", "^5");
        fmt("'None'", null, "");
        fmt("'1.2'", 1.25d, ".1f");
        fmt("'1.4'", 1.35d, ".1f");
        fmt("'2.67'", 2.675d, ".2f");
        fmt("'1e-07'", 1e-07d, "");
        fmt("'1e-05'", 1e-05d, "");
        fmt("'0.0001'", 0.0001d, "");
        fmt("'1.2345678901234568e+17'", 1.2345678901234568e+17d, "");
        fmt("'1234567890123456.0'", 1234567890123456.0d, "");
        fmt("'1.2345678901234568e+16'", 1.2345678901234568e+16d, "");
        fmt("ValueError: Space not allowed in string format specifier", "a", " ");
        fmt("ValueError: Negative zero coercion (z) not allowed in string format specifier", "a", "z");
        fmt("ValueError: Negative zero coercion (z) not allowed in integer format specifier", 1L, "z");
        fmt("ValueError: Sign not allowed with integer format specifier 'c'", 1L, " c");
        fmt("ValueError: Alternate form (#) not allowed with integer format specifier 'c'", 1L, "#c");
        fmt("ValueError: Sign not allowed with integer format specifier 'c'", 1L, "+c");
        fmt("ValueError: Format specifier missing precision", 1.0d, ".");
        fmt("ValueError: Too many decimal digits in format string", 1L, "9999999999999999999999");
        fmt("ValueError: precision too big", 1.0d, ".2147483648f");
        fmt("OverflowError: %c arg not in range(0x110000)", -1L, "c");
        fmt("OverflowError: Python int too large to convert to C long", new java.math.BigInteger("1180591620717411303424"), "c");
        fmt("OverflowError: int too large to convert to float", new java.math.BigInteger("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376"), "e");
        fmt("'==1=='", 1L, "=^5");
        fmt("'    1'", 1L, "\u0665");
        fmt("'a'", "a", "x<");
        fmt("'abc'", "abc", "s");
        fmt("'abc'", "abc", "^");
        fmt("'1'", 1L, ",");
        fmt("'1.5'", 1.5d, ",");
        fmt("'1'", 1L, "_o");
        fmt("ValueError: Cannot specify ',' with 'x'.", 1L, ",x");
        fmt("'150.000000%'", 1.5d, "_%");
        fmt("'ab\\x00\\x00\\x00'", "ab", "\u0000<5");
        fmt("ValueError: Unknown format code '\\x1' for object of type 'int'", 1L, "\u0001");
        fmt("ValueError: Unknown format code '\\xe9' for object of type 'int'", 1L, "\u00e9");
        fmt("ValueError: Unknown format code 'x' for object of type 'float'", 1.0d, "#x");
        fmt("ValueError: Precision not allowed in integer format specifier", 1L, ".0");
        fmt("'xxx+0xcxxx'", 12L, "x^+#10_x");
        fmt("ValueError: Unknown format code 'd' for object of type 'str'", "a", "d");
        fmt("ValueError: Unknown format code 'd' for object of type 'float'", 1.0d, "d");
        fmt("ValueError: Unknown format code 's' for object of type 'int'", 1L, "s");
        fmt("ValueError: Unknown format code 'n' for object of type 'str'", "a", "n");
        fmt("ValueError: Unknown format code 'z' for object of type 'int'", 1L, "zz");
        fmt("ValueError: Invalid format specifier 'abc' for object of type 'int'", 1L, "abc");
        fmt("ValueError: Cannot specify ',' with 's'.", "a", ",s");
        fmt("ValueError: '=' alignment not allowed in string format specifier", "a", "=");
        fmt("ValueError: Sign not allowed in string format specifier", "a", "+");
        fmt("ValueError: Alternate form (#) not allowed in string format specifier", "a", "#");
        fmt("OverflowError: %c arg not in range(0x110000)", 1099511627776L, "c");
        fmt("ValueError: Cannot specify ',' with 'c'.", 1L, ",c");
        fmt("ValueError: Precision not allowed in integer format specifier", 1L, ".2d");
        fmt("ValueError: Cannot specify both ',' and '_'.", 1L, "_,");
        fmt("ValueError: Cannot specify both ',' and '_'.", 1L, ",_");
        fmt("'100.000000%'", 1L, "%");
        fmt("'1234567'", 1234567L, "n");
        fmt("'-1,234,567.9'", -1234567.891d, ",.1f");
        fmt("'0,000,000,012,345.68'", 12345.678d, "020,.2f");
        fmt("'-           12_345.7'", -12345.678d, "=+20_.1f");
        fmt("'1.23e-05'", 1.2345e-05d, ".3g");
        fmt("'1.235e+08'", 123456789L, ".3e");
        fmt("'0%'", 0.0001d, ".0%");
        fmt("'50.000000%'", 0.5d, "%");
        fmt("'10'", 9.9999d, ".3g");
        fmt("'10.000'", 9.9999d, ".3f");
        fmt("'100'", 99.5d, ".0f");
        fmt("'0.9'", 0.95d, ".1f");
        fmt("'\u20ac\u20ac\u20ac1.0\u20ac\u20ac\u20ac'", 1.0d, "\u20ac^9");
        fmt("'\ud83d\ude00\ud83d\ude00\ud83d\ude0012'", 12L, "\ud83d\ude00>5");
        fmt("'**\ud83d\ude00**'", "\ud83d\ude00", "*^5");
        fmt("'nan'", Double.NaN, "f");
        fmt("'0.000'", -1e-300d, "z.3f");
        fmt("'-1.000e-300'", -1e-300d, "z.3e");
        fmt("'-1e-300'", -1e-300d, "z");
        fmt("'11111111'", 255L, "08b");
        fmt("ValueError: Negative zero coercion (z) not allowed in integer format specifier", 0L, "z");
        fmt("''", "ab", ".0");
        fmt("'1.000000e+30'", new java.math.BigInteger("1000000000000000000000000000000"), "e");
        fmt("'1,000,000,000,000,000,000,000,000,000,000'", new java.math.BigInteger("1000000000000000000000000000000"), ",d");
        fmt("'-0x5_6bc7_5e2d_6310_0000'", new java.math.BigInteger("-100000000000000000000"), "#_x");
    }

    @Test
    void strDunderFormat() {
        eq("'  abc'", "abc", "__format__", new Object[] {">5"});
        eq("TypeError: __format__() argument must be str, not int", "abc", "__format__", new Object[] {1L});
        eq("'abc'", "abc", "__format__", new Object[] {""});
    }
}

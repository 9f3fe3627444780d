package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** int to text (repr, hex/oct/bin) and back ({@code int(text, base)}), with CPython's grammar and limits. */
class IntTextTest extends NumbersTestSupport {

    private String toBase(String decimal, int base) {
        long r = IntOps.toBase(s, i(decimal), base);
        try {
            return StrType.toJava(r);
        } finally {
            Objects.decref(s, r);
        }
    }

    @Test
    void reprIsDecimalForEverySize() {
        assertEquals("0", repr(i(0)));
        assertEquals("-5", repr(i(-5)));
        assertEquals("-4611686018427387904", repr(i("-4611686018427387904")));
        assertEquals("4611686018427387904", repr(i("4611686018427387904")));
        assertEquals("-18446744073709551616", repr(i("-18446744073709551616")));
        String big = "1234567890".repeat(40);
        assertEquals(big, repr(i(big)));
        assertEquals("-" + big, Abstract.strJava(s, i("-" + big)));
    }

    @Test
    void decimalConversionRefusesMoreThan4300Digits() {
        String limit = "9".repeat(4300);
        assertEquals(limit, repr(i(limit)));
        assertEquals("-" + limit, repr(i("-" + limit)));
        String message = "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit";
        assertEquals(message, outcome(() -> IntText.repr(s, i("1" + "0".repeat(4300)))));
        assertEquals(message, outcome(() -> IntText.repr(s, i("1" + "0".repeat(20000)))));
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
                + "digits; use sys.set_int_max_str_digits() to increase the limit", parse("1".repeat(4301), 10));
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
                + "digits; use sys.set_int_max_str_digits() to increase the limit", parse("1_".repeat(4300) + "1", 0));
        assertEquals(4300, parse("1".repeat(4300), 10).length());
        // Power-of-two bases have no limit.
        long wide = track(parseObject("f".repeat(5000), 16));
        assertEquals(20000, IntType.toBig(wide).bitLength());
        assertEquals(20000, IntType.toBig(wide).bitCount());
    }

    @Test
    void hexOctBinHavePrefixesAfterTheSign() {
        assertEquals("0x0", toBase("0", 16));
        assertEquals("0xff", toBase("255", 16));
        assertEquals("-0xff", toBase("-255", 16));
        assertEquals("0o777", toBase("511", 8));
        assertEquals("-0b101", toBase("-5", 2));
        assertEquals("0x4000000000000000", toBase("4611686018427387904", 16));
        assertEquals("-0x4000000000000000", toBase("-4611686018427387904", 16));
        assertEquals("0x" + "f".repeat(40), toBase(new BigInteger("f".repeat(40), 16).toString(), 16));
        assertEquals("-0b1" + "0".repeat(100), toBase(BigInteger.TWO.pow(100).negate().toString(), 2));
        assertEquals("12345", toBase("12345", 10));
    }

    private long parseObject(String text, int base) {
        return IntType.fromBig(s, IntText.parse(s, str(text), base));
    }

    /** {@code int(text, base)} as Python prints the outcome. */
    private String parse(String text, int base) {
        return outcome(() -> construct(BuiltinType.INT, str(text), i(base)));
    }

    @Test
    void parsingFollowsCPythonsGrammar() {
        String[][] cases = {
            {"0xg", "0", "ValueError: invalid literal for int() with base 0: '0xg'"},
            {"0x", "0", "ValueError: invalid literal for int() with base 0: '0x'"},
            {"09", "0", "ValueError: invalid literal for int() with base 0: '09'"},
            {"00", "0", "0"}, {"0_0", "0", "0"}, {"-00", "0", "0"},
            {"0_7", "0", "ValueError: invalid literal for int() with base 0: '0_7'"},
            {"0x_1f", "0", "31"},
            {"0x__1f", "0", "ValueError: invalid literal for int() with base 0: '0x__1f'"},
            {"0x1f_", "0", "ValueError: invalid literal for int() with base 0: '0x1f_'"},
            {"_1", "10", "ValueError: invalid literal for int() with base 10: '_1'"},
            {"1_", "10", "ValueError: invalid literal for int() with base 10: '1_'"},
            {"1__0", "10", "ValueError: invalid literal for int() with base 10: '1__0'"},
            {"1_0", "10", "10"},
            {" -12 ", "10", "-12"},
            {"- 12", "10", "ValueError: invalid literal for int() with base 10: '- 12'"},
            {"+-1", "10", "ValueError: invalid literal for int() with base 10: '+-1'"},
            {"\u0663\u0664", "10", "34"},
            {"\u0661\u0662", "16", "18"},
            {"\t\n12\u000b\u000c\r", "10", "12"},
            {"\u00a012\u2003", "10", "12"},
            {"1\u0000", "10", "ValueError: invalid literal for int() with base 10: '1\\x00'"},
            {"12", "36", "38"}, {"z", "36", "35"}, {"Z", "36", "35"},
            {"0b101", "2", "5"}, {"0b101", "0", "5"}, {"0B1", "0", "1"}, {"0o17", "8", "15"}, {"0O17", "0", "15"},
            {"0x1F", "16", "31"}, {"1F", "16", "31"}, {"10", "2", "2"},
            {"2", "2", "ValueError: invalid literal for int() with base 2: '2'"},
            {"0x10", "10", "ValueError: invalid literal for int() with base 10: '0x10'"},
            {"0_", "0", "ValueError: invalid literal for int() with base 0: '0_'"},
            {"0b", "0", "ValueError: invalid literal for int() with base 0: '0b'"},
            {"0b_", "0", "ValueError: invalid literal for int() with base 0: '0b_'"},
            {"0b_1", "0", "1"},
            {"0_b1", "0", "ValueError: invalid literal for int() with base 0: '0_b1'"},
            {" ", "10", "ValueError: invalid literal for int() with base 10: ' '"},
            {"", "10", "ValueError: invalid literal for int() with base 10: ''"},
            {"+", "10", "ValueError: invalid literal for int() with base 10: '+'"},
            {"1 2", "10", "ValueError: invalid literal for int() with base 10: '1 2'"},
            {"x", "10", "ValueError: invalid literal for int() with base 10: 'x'"},
            {"99999999999999999999999", "10", "99999999999999999999999"},
            {"-4611686018427387905", "10", "-4611686018427387905"},
            {"12", "1", "ValueError: int() base must be >= 2 and <= 36, or 0"},
            {"12", "37", "ValueError: int() base must be >= 2 and <= 36, or 0"},
            {"12", "-1", "ValueError: int() base must be >= 2 and <= 36, or 0"},
        };
        for (String[] c : cases) {
            assertEquals(c[2], parse(c[0], Integer.parseInt(c[1])), "int(" + c[0] + ", " + c[1] + ")");
        }
    }

    @Test
    void invalidLiteralMessagesShowTheReprCutAt200Characters() {
        String x = "x".repeat(300);
        assertEquals("ValueError: invalid literal for int() with base 10: '" + "x".repeat(199),
                outcome(() -> construct(BuiltinType.INT, str(x))));
    }

    @Test
    void bytesAreParsedWithAsciiWhitespace() {
        long b = track(BytesType.fromBytes(s, " 12 ".getBytes()));
        assertEquals("12", outcome(() -> construct(BuiltinType.INT, b)));
        long hex = track(BytesType.fromBytes(s, "0x10".getBytes()));
        assertEquals("16", outcome(() -> construct(BuiltinType.INT, hex, i(16))));
        long separator = track(BytesType.fromBytes(s, "\u001c12".getBytes()));
        assertEquals("ValueError", outcome(() -> construct(BuiltinType.INT, separator)).split(":")[0]);
    }

    @Test
    void randomValuesRoundTripThroughEveryBase() {
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 2000; k++) {
            BigInteger v = IntArithmeticTest.randomInt(random);
            int base = 2 + random.nextInt(35);
            String text = (v.signum() < 0 ? "-" : "") + v.abs().toString(base);
            if (random.nextBoolean()) {
                text = text.toUpperCase();
            }
            long parsed = IntType.fromBig(s, IntText.parse(s, track(StrType.fromJava(s, text)), base));
            assertEquals(v, IntType.toBig(parsed), text + " base " + base);
            Objects.decref(s, parsed);
        }
    }
}

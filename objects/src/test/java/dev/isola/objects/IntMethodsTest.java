package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** int(...) and the methods and attributes of int. */
class IntMethodsTest extends NumbersTestSupport {

    private String method(long self, String name, long... args) {
        return outcome(() -> Abstract.callMethod(s, self, name, args));
    }

    private long bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int k = 0; k < values.length; k++) {
            b[k] = (byte) values[k];
        }
        return track(BytesType.fromBytes(s, b));
    }

    @Test
    void bitLengthAndBitCountIgnoreTheSign() {
        assertEquals("0", method(i(0), "bit_length"));
        assertEquals("3", method(i(-5), "bit_length"));
        assertEquals("63", method(i("-4611686018427387905"), "bit_length"));
        assertEquals("63", method(i("4611686018427387904"), "bit_length"));
        assertEquals("101", method(i("1267650600228229401496703205376"), "bit_length"));
        assertEquals("2", method(i(-5), "bit_count"));
        assertEquals("64", method(i("-18446744073709551615"), "bit_count"));
        assertEquals("TypeError: int.bit_length() takes no arguments (1 given)", method(i(1), "bit_length", i(1)));
    }

    @Test
    void toBytesCoversLengthOrderAndSign() {
        long big = str("big");
        long little = str("little");
        assertEquals("b'\\x00\\xff'", method(i(255), "to_bytes", i(2), big));
        assertEquals("b'\\xff\\x00'", method(i(255), "to_bytes", i(2), little));
        assertEquals("b'\\x01'", method(i(1), "to_bytes"));
        assertEquals("b''", method(i(0), "to_bytes", i(0)));
        assertEquals("OverflowError: int too big to convert", method(i(256), "to_bytes", i(1), big));
        assertEquals("OverflowError: can't convert negative int to unsigned", method(i(-1), "to_bytes", i(1), big));
        assertEquals("ValueError: length argument must be non-negative", method(i(1), "to_bytes", i(-1), big));
        assertEquals("ValueError: byteorder must be either 'little' or 'big'",
                method(i(1), "to_bytes", i(1), str("middle")));
        assertEquals("TypeError: to_bytes() argument 'byteorder' must be str, not int",
                method(i(1), "to_bytes", i(1), i(2)));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer",
                method(i(1), "to_bytes", f(1.0)));
        assertEquals("TypeError: to_bytes() takes at most 2 positional arguments (3 given)",
                method(i(1), "to_bytes", i(1), big, space.trueObject()));
    }

    @Test
    void fromBytesReadsUnsignedByDefault() {
        long big = str("big");
        long little = str("little");
        long intType = space.type(BuiltinType.INT);
        assertEquals("65280", method(intType, "from_bytes", bytes(0xff, 0x00)));
        assertEquals("255", method(intType, "from_bytes", bytes(0xff, 0x00), little));
        assertEquals("0", method(intType, "from_bytes", bytes()));
        assertEquals("1", method(i(7), "from_bytes", bytes(1), big));
        assertEquals("18446744073709551616", method(intType, "from_bytes", bytes(1, 0, 0, 0, 0, 0, 0, 0, 0), big));
        assertEquals("TypeError: cannot convert 'int' object to bytes", method(i(7), "from_bytes", i(5)));
        assertEquals("TypeError: from_bytes() missing required argument 'bytes' (pos 1)", method(i(7), "from_bytes"));
    }

    @Test
    void signedBytesRoundTripAtEverySize() {
        for (String v : new String[] {"0", "1", "-1", "127", "-128", "128", "-129", "4611686018427387903",
                "-4611686018427387904", "4611686018427387904", "-18446744073709551616", "12345678901234567890123"}) {
            java.math.BigInteger n = new java.math.BigInteger(v);
            for (boolean little : new boolean[] {false, true}) {
                byte[] b = IntMethods.toByteArray(s, n, 12, little, true);
                assertEquals(12, b.length);
                assertEquals(n, IntMethods.fromByteArray(b.clone(), little, true));
                java.math.BigInteger unsigned = IntMethods.fromByteArray(b, little, false);
                assertEquals(n.signum() >= 0 ? n : n.add(java.math.BigInteger.ONE.shiftLeft(96)), unsigned);
            }
        }
        java.math.BigInteger minus129 = java.math.BigInteger.valueOf(-129);
        assertEquals("OverflowError: int too big to convert",
                outcome(() -> {
                    IntMethods.toByteArray(s, minus129, 1, false, true);
                    return space.none();
                }));
        assertEquals("[-1, -1, -1]", java.util.Arrays.toString(
                IntMethods.toByteArray(s, java.math.BigInteger.ONE.negate(), 3, true, true)));
        assertEquals("[]", java.util.Arrays.toString(IntMethods.toByteArray(s, java.math.BigInteger.ZERO, 0, false, true)));
        assertEquals(java.math.BigInteger.valueOf(-128), IntMethods.fromByteArray(new byte[] {(byte) 0x80}, false, true));
        assertEquals(java.math.BigInteger.valueOf(255), IntMethods.fromByteArray(new byte[] {(byte) 0xff, 0}, true, true));
    }

    @Test
    void ratioConjugateAndAttributes() {
        assertEquals("(7, 1)", method(i(7), "as_integer_ratio"));
        assertEquals("(-7, 1)", method(i(-7), "as_integer_ratio"));
        assertEquals("(1, 1)", method(space.trueObject(), "as_integer_ratio"));
        assertEquals("-5", method(i(-5), "conjugate"));
        assertEquals("True", method(i(-5), "is_integer"));
        assertEquals("5", outcome(() -> Abstract.getAttr(s, i(5), "real")));
        assertEquals("0", outcome(() -> Abstract.getAttr(s, i(5), "imag")));
        assertEquals("1", outcome(() -> Abstract.getAttr(s, i("-18446744073709551616"), "denominator")));
        assertEquals("-18446744073709551616", outcome(() -> Abstract.getAttr(s, i("-18446744073709551616"), "numerator")));
        assertEquals("1", outcome(() -> Abstract.getAttr(s, space.trueObject(), "real")));
        assertEquals("AttributeError: 'int' object has no attribute 'nope'", outcome(() -> Abstract.getAttr(s, i(5), "nope")));
    }

    @Test
    void roundingToNegativeDigitsIsHalfEven() {
        String[][] cases = {{"1234", "-2", "1200"}, {"1250", "-2", "1200"}, {"1350", "-2", "1400"},
            {"-1250", "-2", "-1200"}, {"-1350", "-2", "-1400"}, {"5", "2", "5"}, {"15", "-1", "20"}, {"25", "-1", "20"},
            {"123456789012345678901234567890", "-25", "123460000000000000000000000000"}, {"7", "-100", "0"},
            {"7", "-" + "9".repeat(30), "0"}, {"-5", "-1", "0"}, {"-15", "-1", "-20"}};
        for (String[] c : cases) {
            assertEquals(c[2], method(i(c[0]), "__round__", i(c[1])), "round(" + c[0] + ", " + c[1] + ")");
        }
        assertEquals("42", method(i(42), "__round__"));
        assertEquals("TypeError: 'NoneType' object cannot be interpreted as an integer",
                method(i(1), "__round__", space.none()));
        assertEquals("TypeError: __round__ expected at most 1 argument, got 2", method(i(1), "__round__", i(1), i(2)));
        assertEquals("-3", method(i(-3), "__trunc__"));
        assertEquals("-3", method(i(-3), "__floor__"));
        assertEquals("-3", method(i(-3), "__ceil__"));
    }

    @Test
    void constructorAcceptsNumbersAndText() {
        assertEquals("0", outcome(() -> construct(BuiltinType.INT)));
        assertEquals("5", outcome(() -> construct(BuiltinType.INT, i(5))));
        assertEquals("1", outcome(() -> construct(BuiltinType.INT, space.trueObject())));
        long one = construct(BuiltinType.INT, space.trueObject());
        assertEquals(space.type(BuiltinType.INT), Objects.type(one));
        assertEquals("2", outcome(() -> construct(BuiltinType.INT, f(2.9))));
        assertEquals("-2", outcome(() -> construct(BuiltinType.INT, f(-2.9))));
        assertEquals("0", outcome(() -> construct(BuiltinType.INT, f(-0.9))));
        assertEquals("100000000000000000000", outcome(() -> construct(BuiltinType.INT, f(1e20))));
        assertEquals("-9223372036854775808", outcome(() -> construct(BuiltinType.INT, f(-0x1p63))));
        assertEquals("OverflowError: cannot convert float infinity to integer",
                outcome(() -> construct(BuiltinType.INT, f(Double.POSITIVE_INFINITY))));
        assertEquals("ValueError: cannot convert float NaN to integer",
                outcome(() -> construct(BuiltinType.INT, f(Double.NaN))));
        assertEquals("-12", outcome(() -> construct(BuiltinType.INT, str(" -12 "))));
        assertEquals("255", outcome(() -> construct(BuiltinType.INT, str("ff"), i(16))));
        assertEquals("TypeError: int() can't convert non-string with explicit base",
                outcome(() -> construct(BuiltinType.INT, i(5), i(10))));
        assertEquals("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
                outcome(() -> construct(BuiltinType.INT, space.none())));
        assertEquals("TypeError: int() takes at most 2 arguments (3 given)",
                outcome(() -> construct(BuiltinType.INT, i(1), i(2), i(3))));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer",
                outcome(() -> construct(BuiltinType.INT, str("10"), f(2.0))));
        assertEquals("ValueError: int() base must be >= 2 and <= 36, or 0",
                outcome(() -> construct(BuiltinType.INT, str("10"), i("1" + "0".repeat(30)))));
        Objects.decref(s, one);
    }

    @Test
    void sizeofIsTheLayoutSize() {
        assertEquals("24", method(i(1), "__sizeof__"));
        assertEquals("24", method(i("4611686018427387903"), "__sizeof__"));
        assertEquals("32", method(i("4611686018427387904"), "__sizeof__"));
        assertEquals("40", method(i("1267650600228229401496703205376"), "__sizeof__"));
    }
}

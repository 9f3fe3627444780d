package dev.isola.objects;

import java.math.BigInteger;

/**
 * {@code int} to and from text: {@code repr}, the {@code 0x}/{@code 0o}/{@code 0b} forms, and
 * {@code int(text, base)} with CPython's grammar (PyLong_FromString): surrounding whitespace,
 * a sign, the base prefix (required to match when the base is 0, optional when it is 16, 8
 * or 2), single underscores between digits or after the prefix, no leading zeros in base 0
 * unless the value is 0, and non-ASCII decimal digits read as their values.
 *
 * <p>Conversions in a base that is not a power of two are limited to {@link #MAX_STR_DIGITS}
 * digits, CPython's default {@code sys.get_int_max_str_digits()} (CVE-2020-10735): both ways,
 * with CPython's messages.
 */
final class IntText {
    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    static final int MAX_STR_DIGITS = 4300;

    private static final double LOG2_10 = 3.3219280948873626;

    private IntText() {}

    static long repr(ObjectState s, long a) {
        long w = IntType.word(a);
        if (IntType.isCompactWord(w)) {
            return StrType.fromJava(s, Long.toString(w));
        }
        return StrType.fromJava(s, decimal(s, IntType.toBig(a)));
    }

    /** Decimal text of {@code v}, refusing more than {@link #MAX_STR_DIGITS} digits as CPython. */
    static String decimal(ObjectState s, BigInteger v) {
        // A value of b bits has more than (b - 1) × log10(2) digits: refuse before the quadratic work.
        if (v.abs().bitLength() > MAX_STR_DIGITS * LOG2_10 + 4) {
            throw tooManyDigitsToStr(s);
        }
        String text = v.toString();
        if (text.length() - (v.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
            throw tooManyDigitsToStr(s);
        }
        return text;
    }

    private static PyException tooManyDigitsToStr(ObjectState s) {
        return Errors.valueError(s, "Exceeds the limit (" + MAX_STR_DIGITS
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** {@code bin()}, {@code oct()}, {@code hex()} text (base 2, 8, 16) or decimal (10); a new str. */
    static long toBase(ObjectState s, long a, int base) {
        String prefix = switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            case 10 -> "";
            default -> throw new IllegalArgumentException("base=" + base);
        };
        if (base == 10) {
            return repr(s, a);
        }
        long w = IntType.word(a);
        String digits;
        boolean negative;
        if (IntType.isCompactWord(w)) {
            negative = w < 0;
            digits = Long.toString(Math.abs(w), base);
        } else {
            BigInteger v = IntType.toBig(a);
            negative = v.signum() < 0;
            digits = v.abs().toString(base);
        }
        return StrType.fromJava(s, (negative ? "-" : "") + prefix + digits);
    }

    // ---------------------------------------------------------------- parsing

    /**
     * The value of {@code int(text, base)} for a str or bytes-like {@code text}. ValueError {@code invalid literal for int() with base N: 'text'} on a syntax error.
     */
    static BigInteger parse(ObjectState s, long text, int base) {
        char[] c = StrType.check(text) ? asciiOfStr(text) : latin1Of(s, text);
        BigInteger v = parseAscii(s, c, base);
        if (v == null) {
            String shown = Abstract.reprJava(s, text);
            if (shown.codePointCount(0, shown.length()) > 200) {
                shown = shown.substring(0, shown.offsetByCodePoints(0, 200));
            }
            throw Errors.valueError(s, "invalid literal for int() with base " + base + ": " + shown);
        }
        return v;
    }

    /**
     * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: whitespace becomes ' ', a
     * decimal digit of any script its ASCII digit, any other non-ASCII character an invalid '?'.
     */
    static char[] asciiOfStr(long str) {
        int n = (int) StrType.length(str);
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            int cp = StrType.codePointAt(str, i);
            if (isSpace(cp)) {
                out[i] = ' ';
            } else if (cp < 128) {
                out[i] = (char) cp;
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out[i] = (char) ('0' + Character.digit(cp, 10));
            } else {
                out[i] = '?';
            }
        }
        return out;
    }

    /** The bytes of a bytes-like object, one char each. */
    static char[] latin1Of(ObjectState s, long bytes) {
        byte[] b = bytesOf(s, bytes);
        char[] out = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (char) (b[i] & 0xFF);
        }
        return out;
    }

    /** The contents of bytes, or of any iterable of ints in range(256) (bytearray). */
    static byte[] bytesOf(ObjectState s, long obj) {
        if (Objects.hasFlag(Objects.type(obj), TypeFlags.BYTES_SUBCLASS)) {
            return BytesType.toArray(obj);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long it = Abstract.iter(s, obj);
        try {
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                try {
                    long v = IntType.check(x) && IntType.fitsLong(x) ? IntType.longValue(x) : NumberArgs.asLong(s, x, "long");
                    if (v < 0 || v > 255) {
                        throw Errors.valueError(s, "bytes must be in range(0, 256)");
                    }
                    out.write((int) v);
                } finally {
                    Objects.decref(s, x);
                }
            }
        } finally {
            Objects.decref(s, it);
        }
        return out.toByteArray();
    }

    /** Python's {@code str.isspace()} for one code point (Unicode White_Space, bidi B/S/WS). */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0b, 0x0c, '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029,
                 0x202f, 0x205f, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200a;
        };
    }

    /** C's {@code isspace} in the C locale, as CPython's {@code Py_ISSPACE}. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == 0x0c || c == '\r';
    }

    /** CPython's {@code _PyLong_DigitValue}: 0-9, a-z/A-Z as 10-35, anything else 37. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    private static char at(char[] c, int i) {
        return i < c.length ? c[i] : 0;
    }

    /** The value of {@code c} in {@code base} (0 or 2…36), or null on a syntax error. */
    static BigInteger parseAscii(ObjectState s, char[] c, int base) {
        int i = 0;
        int n = c.length;
        while (i < n && isAsciiSpace(c[i])) {
            i++;
        }
        boolean negative = false;
        if (at(c, i) == '+' || at(c, i) == '-') {
            negative = c[i++] == '-';
        }
        boolean errorIfNonzero = false;
        if (base == 0) {
            char p = Character.toLowerCase(at(c, i + 1));
            if (at(c, i) != '0') {
                base = 10;
            } else if (p == 'x') {
                base = 16;
            } else if (p == 'o') {
                base = 8;
            } else if (p == 'b') {
                base = 2;
            } else {
                // C-style octal ("010") is invalid, but "0", "00" and "0_0" are zero.
                errorIfNonzero = true;
                base = 10;
            }
        }
        char p = Character.toLowerCase(at(c, i + 1));
        if (at(c, i) == '0' && (base == 16 && p == 'x' || base == 8 && p == 'o' || base == 2 && p == 'b')) {
            i += 2;
            if (at(c, i) == '_') {
                i++;
            }
        }
        if (at(c, i) == '_') {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        char prev = 0;
        for (; i < n && (digitValue(c[i]) < base || c[i] == '_'); i++) {
            if (c[i] == '_') {
                if (prev == '_') {
                    return null;
                }
            } else {
                digits.append(c[i]);
            }
            prev = c[i];
        }
        if (prev == '_' || digits.isEmpty()) {
            return null;
        }
        if ((base & (base - 1)) != 0 && digits.length() > MAX_STR_DIGITS) {
            throw Errors.valueError(s, "Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        while (i < n && isAsciiSpace(c[i])) {
            i++;
        }
        if (i != n) {
            return null;
        }
        BigInteger v = digits.length() <= 12 ? BigInteger.valueOf(Long.parseLong(digits, 0, digits.length(), base))
                : new BigInteger(digits.toString(), base);
        if (errorIfNonzero && v.signum() != 0) {
            return null;
        }
        return negative ? v.negate() : v;
    }
}

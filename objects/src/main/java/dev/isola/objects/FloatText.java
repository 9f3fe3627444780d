package dev.isola.objects;

import java.math.BigInteger;

/**
 * {@code float} to and from text: {@code repr} (CPython's shortest round-trip form),
 * {@code float(str)} with Python's grammar, and {@code float.hex}/{@code float.fromhex}.
 *
 * <h2>repr</h2>
 * {@link Dtoa}'s 'r' format: the shortest digits that round back to the double (with its fix
 * for Java's two-digit minimum on subnormals), laid out by CPython's rule — positional when
 * -4 &lt; decpt &lt;= 16, otherwise {@code d.ddde±XX}.
 */
final class FloatText {
    private FloatText() {}

    /** Python's {@code repr(v)}: the shortest digits that round-trip, laid out as CPython's 'r' format. */
    static String repr(double v) {
        return Dtoa.format(v, 'r', 0, false, true, false);
    }

    /**
     * {@code float(text)} for a str or bytes-like object: Python's float grammar (surrounding
     * whitespace, a sign, {@code inf}/{@code infinity}/{@code nan} in any case, digits with
     * single underscores between them, an optional exponent). ValueError
     * {@code could not convert string to float: 'text'} otherwise.
     */
    static double parse(ObjectState s, long text) {
        char[] c = StrType.check(text) ? IntText.asciiOfStr(text) : IntText.latin1Of(s, text);
        double v = parseAscii(c);
        if (Double.isNaN(v) && !isNanLiteral(c)) {
            throw Errors.valueError(s, "could not convert string to float: " + Abstract.reprJava(s, text));
        }
        return v;
    }

    private static boolean isNanLiteral(char[] c) {
        String t = trimmed(c).toLowerCase(java.util.Locale.ROOT);
        return t.equals("nan") || t.equals("+nan") || t.equals("-nan");
    }

    private static String trimmed(char[] c) {
        int start = 0;
        int end = c.length;
        while (start < end && IntText.isAsciiSpace(c[start])) {
            start++;
        }
        while (end > start && IntText.isAsciiSpace(c[end - 1])) {
            end--;
        }
        return new String(c, start, end - start);
    }

    /** The value of ASCII float text, or a NaN for a syntax error (the caller tells the NaN literal apart). */
    private static double parseAscii(char[] chars) {
        String t = trimmed(chars);
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i++) == '-';
        }
        String rest = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        StringBuilder clean = new StringBuilder(n + 1).append(negative ? '-' : '+');
        int digits = scanDigits(t, i, clean);
        if (digits < 0) {
            return Double.NaN;
        }
        i += digits;
        int fraction = 0;
        if (i < n && t.charAt(i) == '.') {
            clean.append('.');
            fraction = scanDigits(t, i + 1, clean);
            if (fraction < 0) {
                return Double.NaN;
            }
            i += 1 + fraction;
        }
        if (digits == 0 && fraction == 0) {
            return Double.NaN;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            clean.append('e');
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                clean.append(t.charAt(i++));
            }
            int exp = scanDigits(t, i, clean);
            if (exp <= 0) {
                return Double.NaN;
            }
            i += exp;
        }
        if (i != n) {
            return Double.NaN;
        }
        return Double.parseDouble(clean.toString()); // correctly rounded; overflow to ±inf, underflow to ±0
    }

    /**
     * Appends the digits at {@code from} (single underscores between digits allowed) to
     * {@code out}; returns the number of characters consumed, or -1 for a misplaced underscore.
     */
    private static int scanDigits(String t, int from, StringBuilder out) {
        int i = from;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (c == '_') {
                if (i == from || i + 1 >= t.length() || !isDigit(t.charAt(i - 1)) || !isDigit(t.charAt(i + 1))) {
                    return -1;
                }
            } else {
                break;
            }
            i++;
        }
        return i - from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------- hex

    /** {@code float.hex()}: {@code [-]0x1.hhhhhhhhhhhhhp±e}, subnormals as {@code 0x0.…p-1022}. */
    static String hex(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return repr(v);
        }
        long bits = Double.doubleToRawLongBits(v);
        String sign = bits < 0 ? "-" : "";
        if (v == 0.0) {
            return sign + "0x0.0p+0";
        }
        long fraction = bits & 0x000F_FFFF_FFFF_FFFFL;
        int biased = (int) ((bits >>> 52) & 0x7FF);
        int lead = biased == 0 ? 0 : 1;
        int exponent = biased == 0 ? -1022 : biased - 1023;
        String digits = String.format("%013x", fraction);
        return sign + "0x" + lead + "." + digits + "p" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /**
     * {@code float.fromhex(text)}: {@code [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]}
     * or inf/infinity/nan, surrounded by whitespace; rounded half to even.
     */
    static double fromHex(ObjectState s, String text) {
        int start = 0;
        while (start < text.length() && IntText.isAsciiSpace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && IntText.isAsciiSpace(text.charAt(end - 1))) {
            end--;
        }
        String t = text.substring(start, end);
        int i = 0;
        int n = t.length();
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i++) == '-';
        }
        String rest = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            i += 2;
        }
        StringBuilder coefficient = new StringBuilder();
        int intDigits = 0;
        while (i < n && Character.digit(t.charAt(i), 16) >= 0 && t.charAt(i) < 128) {
            coefficient.append(t.charAt(i++));
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(t.charAt(i), 16) >= 0 && t.charAt(i) < 128) {
                coefficient.append(t.charAt(i++));
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            throw invalidHex(s);
        }
        long exponent = 0;
        if (i < n && (t.charAt(i) == 'p' || t.charAt(i) == 'P')) {
            i++;
            boolean expNegative = false;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                expNegative = t.charAt(i++) == '-';
            }
            int expStart = i;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                // Beyond ±2**40 every result overflows or underflows: stop growing the number there.
                exponent = Math.min(exponent * 10 + (t.charAt(i++) - '0'), 1L << 40);
            }
            if (i == expStart) {
                throw invalidHex(s);
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        if (i != n) {
            throw invalidHex(s);
        }
        BigInteger m = new BigInteger(coefficient.toString(), 16);
        double v;
        if (m.signum() == 0) {
            v = 0.0;
        } else {
            long e2 = exponent - 4L * fracDigits;
            long top = e2 + m.bitLength();
            if (top > 1100) {
                throw Errors.overflowError(s, "hexadecimal value too large to represent as a float");
            }
            if (top < -1100) {
                v = 0.0;
            } else if (e2 >= 0) {
                v = IntDivision.ratioToDouble(m.shiftLeft((int) e2), BigInteger.ONE);
            } else {
                v = IntDivision.ratioToDouble(m, BigInteger.ONE.shiftLeft((int) -e2));
            }
            if (Double.isInfinite(v)) {
                throw Errors.overflowError(s, "hexadecimal value too large to represent as a float");
            }
        }
        return negative ? -v : v;
    }

    private static PyException invalidHex(ObjectState s) {
        return Errors.valueError(s, "invalid hexadecimal floating-point string");
    }
}

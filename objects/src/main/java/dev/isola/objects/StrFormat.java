package dev.isola.objects;

import java.math.BigInteger;

/**
 * The format-spec mini-language, {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]},
 * for str, int and float (CPython's {@code Python/formatter_unicode.c}): the engine behind
 * {@code format(value, spec)}, {@code str.format} and, later, f-strings.
 *
 * <p>{@link #format} dispatches on the value's type: str (and subclasses) by
 * {@code format_string_internal}, int and bool by {@code format_long_internal} (float types
 * convert to float first), float by {@code format_float_internal}; any other object formats as
 * {@code str(value)} with an empty spec and is a TypeError otherwise, as
 * {@code object.__format__}. A number is laid out as
 *
 * <pre>
 *   [lpadding][sign][prefix][spadding][grouped digits][decimal point][remainder][rpadding]
 * </pre>
 *
 * where only one padding is non-zero, and a {@code 0} fill with {@code =} alignment pads inside
 * the digit grouping ({@code format(1234, '08,') == '0,001,234'}). The locale is always "C"
 * ({@code n} groups nothing). Stateless.
 */
final class StrFormat {
    private StrFormat() {}

    /** A parsed spec; the fields of CPython's {@code InternalFormatSpec}. */
    static final class Spec {
        int fill = ' ';
        int align;
        int sign;
        boolean noNegZero;
        boolean alternate;
        long width = -1;
        /** 0, ',' or '_'; '4' for '_' every four digits (b, o, x, X). */
        int grouping;
        long precision = -1;
        int type;
    }

    /** {@code format(value, spec)}: a new str. */
    static long format(ObjectState s, long value, long spec) {
        int[] text = StrType.codePoints(spec);
        if (StrType.check(value)) {
            if (text.length == 0) {
                return Abstract.str(s, value);
            }
            return formatStr(s, value, parse(s, text, '<', 's', value));
        }
        if (IntType.check(value)) {
            if (text.length == 0) {
                return Abstract.str(s, value);
            }
            return formatInt(s, value, parse(s, text, '>', 'd', value));
        }
        if (FloatType.check(s, value)) {
            if (text.length == 0) {
                return Abstract.str(s, value);
            }
            return formatFloat(s, FloatType.value(value), parse(s, text, '>', 0, value), value);
        }
        if (text.length > 0) {
            throw Errors.typeError(s, "unsupported format string passed to " + Objects.typeNameOf(value)
                    + ".__format__");
        }
        return Abstract.str(s, value);
    }

    /** {@code format(value, spec)} with a Java spec. */
    static long format(ObjectState s, long value, String spec) {
        long specStr = StrType.fromJava(s, spec);
        try {
            return format(s, value, specStr);
        } finally {
            Objects.decref(s, specStr);
        }
    }

    // ---------------------------------------------------------------- parsing

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** CPython's {@code parse_internal_render_format_spec}. */
    static Spec parse(ObjectState s, int[] t, int defaultAlign, int defaultType, long value) {
        Spec f = new Spec();
        f.align = defaultAlign;
        f.type = defaultType;
        int pos = 0;
        int end = t.length;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(t[pos + 1])) {
            f.align = t[pos + 1];
            f.fill = t[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(t[pos])) {
            f.align = t[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (t[pos] == '+' || t[pos] == '-' || t[pos] == ' ')) {
            f.sign = t[pos++];
        }
        if (end - pos >= 1 && t[pos] == 'z') {
            f.noNegZero = true;
            pos++;
        }
        if (end - pos >= 1 && t[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && t[pos] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        long[] number = new long[1];
        pos = integer(s, t, pos, number);
        f.width = pos == start ? -1 : number[0];
        if (end - pos >= 1 && t[pos] == ',') {
            f.grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && t[pos] == '_') {
            if (f.grouping != 0) {
                throw Errors.valueError(s, "Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && t[pos] == ',' && f.grouping == '_') {
            throw Errors.valueError(s, "Cannot specify both ',' and '_'.");
        }
        if (end - pos >= 1 && t[pos] == '.') {
            pos++;
            start = pos;
            pos = integer(s, t, pos, number);
            if (pos == start) {
                throw Errors.valueError(s, "Format specifier missing precision");
            }
            f.precision = number[0];
        }
        if (end - pos > 1) {
            throw Errors.valueError(s, "Invalid format specifier '" + new StrBuilder().append(t, 0, end)
                    + "' for object of type '" + Objects.typeNameOf(value) + "'");
        }
        if (end - pos == 1) {
            f.type = t[pos];
        }
        if (f.grouping != 0) {
            switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (f.grouping != '_') {
                        throw badGrouping(s, f);
                    }
                    f.grouping = '4';
                }
                default -> throw badGrouping(s, f);
            }
        }
        return f;
    }

    private static PyException badGrouping(ObjectState s, Spec f) {
        String type = f.type > 32 && f.type < 128 ? String.valueOf((char) f.type) : "\\x" + Integer.toHexString(f.type);
        return Errors.valueError(s, "Cannot specify '" + (char) f.grouping + "' with '" + type + "'.");
    }

    /** Decimal digits (any Unicode Nd) from {@code pos}: the position after them; the value in {@code out[0]}. */
    private static int integer(ObjectState s, int[] t, int pos, long[] out) {
        long value = 0;
        while (pos < t.length && UnicodeProps.isDecimal(t[pos])) {
            int digit = Character.digit(t[pos], 10);
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw Errors.valueError(s, "Too many decimal digits in format string");
            }
            value = value * 10 + digit;
            pos++;
        }
        out[0] = value;
        return pos;
    }

    private static PyException unknownType(ObjectState s, int type, long value) {
        String code = type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
        return Errors.valueError(s, "Unknown format code '" + code + "' for object of type '"
                + Objects.typeNameOf(value) + "'");
    }

    // ---------------------------------------------------------------- str

    static long formatStr(ObjectState s, long value, Spec f) {
        if (f.type != 's') {
            throw unknownType(s, f.type, value);
        }
        if (f.sign != 0) {
            throw Errors.valueError(s, f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw Errors.valueError(s, "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw Errors.valueError(s, "Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw Errors.valueError(s, "'=' alignment not allowed in string format specifier");
        }
        long len = StrType.length(value);
        if (f.precision >= 0 && len >= f.precision) {
            len = f.precision;
        }
        long total = f.width >= 0 && len < f.width ? f.width : len;
        if (total == len && len == StrType.length(value)) {
            return StrType.substring(s, value, 0, len);
        }
        long left = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
        StrBuilder out = new StrBuilder(checkedSize(s, total));
        out.repeat(f.fill, left);
        for (long i = 0; i < len; i++) {
            out.append(StrType.codePointAt(value, i));
        }
        out.repeat(f.fill, total - len - left);
        return out.build(s);
    }

    private static int checkedSize(ObjectState s, long size) {
        if (size > Integer.MAX_VALUE - 16) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        return (int) size;
    }

    // ---------------------------------------------------------------- int

    static long formatInt(ObjectState s, long value, Spec f) {
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> { }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(s, toDouble(s, value), f, value);
            }
            default -> throw unknownType(s, f.type, value);
        }
        if (f.precision != -1) {
            throw Errors.valueError(s, "Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw Errors.valueError(s, "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw Errors.valueError(s, "Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw Errors.valueError(s, "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            BigInteger v = IntType.toBig(value);
            if (v.bitLength() > 63) {
                throw Errors.overflowError(s, "Python int too large to convert to C long");
            }
            long c = v.longValue();
            if (c < 0 || c > 0x10ffff) {
                throw Errors.overflowError(s, "%c arg not in range(0x110000)");
            }
            return number(s, f, 0, "", new int[] {(int) c}, 0, 1, false);
        }
        BigInteger v = IntType.toBig(value);
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        if (radix == 10 && v.abs().bitLength() > IntOps.MAX_STR_DIGITS * 3.3219280948873626 + 4) {
            throw Errors.valueError(s, "Exceeds the limit (" + IntOps.MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        String digits = v.abs().toString(radix);
        if (radix == 10 && digits.length() > IntOps.MAX_STR_DIGITS) {
            throw Errors.valueError(s, "Exceeds the limit (" + IntOps.MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (f.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        String prefix = "";
        if (f.alternate && radix != 10) {
            prefix = "0" + (char) (f.type == 'X' ? 'X' : f.type);
        }
        int groupingSize = f.type == 'n' ? 0 : f.grouping == ',' || f.grouping == '_' ? 3 : f.grouping == '4' ? 4 : 0;
        int[] cps = digits.chars().toArray();
        return number(s, f, v.signum() < 0 ? '-' : 0, prefix, cps, cps.length, 0, false, groupingSize);
    }

    /** {@code float(int)}: OverflowError "int too large to convert to float" beyond the double range. */
    static double toDouble(ObjectState s, long intValue) {
        double d = IntType.toBig(intValue).doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError(s, "int too large to convert to float");
        }
        return d;
    }

    // ---------------------------------------------------------------- float

    static long formatFloat(ObjectState s, double x, Spec f, long value) {
        int type = f.type;
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> { }
            default -> throw unknownType(s, type, value);
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw Errors.valueError(s, "precision too big");
        }
        int precision = (int) f.precision;
        int defaultPrecision = 6;
        boolean addDot0 = false;
        if (type == 0) {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            x *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = Dtoa.format(x, (char) type, precision, f.alternate, addDot0, f.noNegZero);
        if (percent) {
            text += "%";
        }
        int sign = 0;
        int from = 0;
        if (text.charAt(0) == '-') {
            sign = '-';
            from = 1;
        }
        int pos = from;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        int nDigits = pos - from;
        boolean hasDecimal = pos < text.length() && text.charAt(pos) == '.';
        int[] cps = text.substring(from).chars().toArray();
        int groupingSize = f.type == 'n' || f.grouping == 0 ? 0 : 3;
        return number(s, f, sign, "", cps, nDigits, cps.length - nDigits - (hasDecimal ? 1 : 0), hasDecimal,
                groupingSize);
    }

    // ---------------------------------------------------------------- layout

    private static long number(ObjectState s, Spec f, int signChar, String prefix, int[] body, int nDigits,
            int nRemainder, boolean hasDecimal) {
        return number(s, f, signChar, prefix, body, nDigits, nRemainder, hasDecimal, 0);
    }

    /**
     * {@code calc_number_widths} + {@code fill_number}: {@code body} is the digits, then the
     * decimal point if {@code hasDecimal}, then {@code nRemainder} more characters.
     */
    private static long number(ObjectState s, Spec f, int signChar, String prefix, int[] body, int nDigits,
            int nRemainder, boolean hasDecimal, int groupingSize) {
        int sign = switch (f.sign) {
            case '+' -> signChar == '-' ? '-' : '+';
            case ' ' -> signChar == '-' ? '-' : ' ';
            default -> signChar == '-' ? '-' : 0;
        };
        int nSign = sign != 0 ? 1 : 0;
        long nonDigits = nSign + prefix.length() + (hasDecimal ? 1 : 0) + nRemainder;
        long minWidth = f.fill == '0' && f.align == '=' ? f.width - nonDigits : 0;
        int[] grouped = nDigits == 0 ? new int[0]
                : group(s, body, nDigits, minWidth, groupingSize, f.grouping == ',' ? ',' : '_');
        long padding = f.width - (nonDigits + grouped.length);
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StrBuilder out = new StrBuilder(checkedSize(s, nonDigits + grouped.length + Math.max(padding, 0)));
        out.repeat(f.fill, lpad);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(prefix).repeat(f.fill, spad).append(grouped, 0, grouped.length);
        out.append(body, nDigits, body.length).repeat(f.fill, rpad);
        return out.build(s);
    }

    /**
     * {@code _PyUnicode_InsertThousandsGrouping}: the first {@code n} code points of {@code digits}
     * with a separator every {@code size} digits (none when size is 0), padded with zeros (also
     * grouped) to at least {@code minWidth}.
     */
    private static int[] group(ObjectState s, int[] digits, int n, long minWidth, int size, int separator) {
        StrBuilder reversed = new StrBuilder(n + n / 3 + 4);
        int remaining = n;
        long min = minWidth;
        boolean useSeparator = false;
        boolean broken = false;
        if (size > 0) {
            while (true) {
                long l = Math.min(size, Math.max(Math.max(remaining, min), 1));
                long zeros = Math.max(0, l - remaining);
                int chars = (int) Math.max(0, Math.min(remaining, l));
                fillGroup(s, reversed, digits, remaining, chars, zeros, useSeparator ? separator : -1);
                useSeparator = true;
                remaining -= chars;
                min -= l;
                if (remaining <= 0 && min <= 0) {
                    broken = true;
                    break;
                }
                min -= 1;
            }
        }
        if (!broken) {
            long l = Math.max(Math.max(remaining, min), 1);
            long zeros = Math.max(0, l - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, l));
            fillGroup(s, reversed, digits, remaining, chars, zeros, useSeparator ? separator : -1);
        }
        int[] out = reversed.toArray();
        for (int i = 0, j = out.length - 1; i < j; i++, j--) {
            int tmp = out[i];
            out[i] = out[j];
            out[j] = tmp;
        }
        return out;
    }

    /** Appends, reversed: the separator, {@code chars} digits ending at {@code remaining}, then zeros. */
    private static void fillGroup(ObjectState s, StrBuilder reversed, int[] digits, int remaining, int chars,
            long zeros, int separator) {
        if (separator >= 0) {
            reversed.append(separator);
        }
        for (int i = remaining - 1; i >= remaining - chars; i--) {
            reversed.append(digits[i]);
        }
        if (reversed.length() + zeros > Integer.MAX_VALUE - 16) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        reversed.repeat('0', zeros);
    }
}

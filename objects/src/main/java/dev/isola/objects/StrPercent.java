package dev.isola.objects;

/**
 * printf-style formatting, {@code template % args} (CPython's {@code PyUnicode_Format}):
 *
 * <pre>
 *   %[(key)][flags -+ #0][width|*][.precision|*][h|l|L]type     type: s r a c d i u o x X e E f F g G
 * </pre>
 *
 * {@code args} is a tuple (one item per conversion), a mapping (for {@code %(key)s}), or a single
 * object. Numbers pad with zeros only under the {@code 0} flag and never on the right.
 * Stateless; one {@link State} per call holds the argument cursor.
 */
final class StrPercent {
    private StrPercent() {}

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** The argument cursor: CPython's {@code arglen}/{@code argidx}, with -1/-2 for a single object. */
    private static final class State {
        long args;
        boolean argsOwned;
        long arglen;
        long argidx;
        long dict;
        int[] t;
        int pos;
    }

    static long format(ObjectState s, long template, long args) {
        State st = new State();
        st.t = StrType.codePoints(template);
        st.args = args;
        if (TupleType.check(args)) {
            st.arglen = TupleType.size(args);
            st.argidx = 0;
        } else {
            st.arglen = -1;
            st.argidx = -2;
        }
        if (!TupleType.check(args) && !StrType.check(args) && s.slotsOf(args).subscript != null) {
            st.dict = args;
        }
        StrBuilder out = new StrBuilder(st.t.length + 16);
        try {
            int n = st.t.length;
            while (st.pos < n) {
                int start = st.pos;
                while (st.pos < n && st.t[st.pos] != '%') {
                    st.pos++;
                }
                out.append(st.t, start, st.pos);
                if (st.pos < n) {
                    st.pos++;
                    if (st.pos < n && st.t[st.pos] == '%') {
                        st.pos++;
                        out.append('%');
                    } else {
                        conversion(s, st, out);
                    }
                }
            }
            if (st.argidx < st.arglen && st.dict == 0) {
                throw Errors.typeError(s, "not all arguments converted during string formatting");
            }
        } finally {
            if (st.argsOwned) {
                Objects.decref(s, st.args);
            }
        }
        return out.build(s);
    }

    /** The next argument, borrowed. */
    private static long nextArg(ObjectState s, State st) {
        if (st.argidx < st.arglen) {
            long i = st.argidx++;
            return st.arglen < 0 ? st.args : TupleType.getItem(st.args, i);
        }
        throw Errors.typeError(s, "not enough arguments for format string");
    }

    /** The next format character, or -1 at the end. */
    private static int next(State st) {
        return st.pos < st.t.length ? st.t[st.pos++] : -1;
    }

    private static void conversion(ObjectState s, State st, StrBuilder out) {
        int[] t = st.t;
        if (st.pos < t.length && t[st.pos] == '(') {
            if (st.dict == 0) {
                throw Errors.typeError(s, "format requires a mapping");
            }
            int keyStart = ++st.pos;
            int depth = 1;
            while (depth > 0 && st.pos < t.length) {
                int c = t[st.pos++];
                depth += c == ')' ? -1 : c == '(' ? 1 : 0;
            }
            if (depth > 0) {
                throw Errors.valueError(s, "incomplete format key");
            }
            long key = StrType.fromCodePoints(s, t, keyStart, st.pos - 1);
            long value;
            try {
                value = Abstract.getItem(s, st.dict, key);
            } finally {
                Objects.decref(s, key);
            }
            if (st.argsOwned) {
                Objects.decref(s, st.args);
            }
            st.args = value;
            st.argsOwned = true;
            st.arglen = -1;
            st.argidx = -2;
        }
        int flags = 0;
        int ch = next(st);
        for (;; ch = next(st)) {
            int f = switch (ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (f == 0) {
                break;
            }
            flags |= f;
        }
        long width = -1;
        long prec = -1;
        if (ch == '*') {
            long v = nextArg(s, st);
            if (!IntType.check(v)) {
                throw Errors.typeError(s, "* wants int");
            }
            width = ssize(s, v);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            ch = next(st);
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while ((ch = next(st)) >= '0' && ch <= '9') {
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw Errors.valueError(s, "width too big");
                }
                width = width * 10 + ch - '0';
            }
        }
        if (ch == '.') {
            prec = 0;
            ch = next(st);
            if (ch == '*') {
                long v = nextArg(s, st);
                if (!IntType.check(v)) {
                    throw Errors.typeError(s, "* wants int");
                }
                prec = Math.max(0, intValue(s, v));
                ch = next(st);
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while ((ch = next(st)) >= '0' && ch <= '9') {
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw Errors.valueError(s, "precision too big");
                    }
                    prec = prec * 10 + ch - '0';
                }
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            ch = next(st);
        }
        if (ch < 0) {
            throw Errors.valueError(s, "incomplete format");
        }
        long v = nextArg(s, st);
        String text;
        int[] body = null;
        boolean numeric = false;
        switch (ch) {
            case 's', 'r', 'a' -> {
                long r = ch == 's' ? Abstract.str(s, v) : ch == 'r' ? Abstract.repr(s, v) : StrFormatter.ascii(s, v);
                try {
                    body = StrType.codePoints(r);
                } finally {
                    Objects.decref(s, r);
                }
                if (prec >= 0 && body.length > prec) {
                    body = java.util.Arrays.copyOf(body, (int) prec);
                }
            }
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                body = formatLong(s, v, (char) ch, (flags & F_ALT) != 0, (int) prec).chars().toArray();
                numeric = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double x = realNumber(s, v);
                text = Dtoa.format(x, (char) ch, prec < 0 ? 6 : (int) prec, (flags & F_ALT) != 0, false, false);
                body = text.chars().toArray();
                numeric = true;
            }
            case 'c' -> body = new int[] {formatChar(s, v)};
            default -> throw Errors.valueError(s, "unsupported format character '"
                    + (ch >= 31 && ch <= 126 ? String.valueOf((char) ch) : "?") + "' (0x" + Integer.toHexString(ch)
                    + ") at index " + (st.pos - 1));
        }
        output(s, out, body, flags, width, numeric, ch);
    }

    /** {@code unicode_format_arg_output}: sign, alternate prefix and padding around {@code body}. */
    private static void output(ObjectState s, StrBuilder out, int[] body, int flags, long width, boolean numeric,
            int ch) {
        int len = body.length;
        int at = 0;
        int fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
        int signChar = 0;
        boolean sign = numeric;
        if (sign) {
            if (len > 0 && (body[0] == '-' || body[0] == '+')) {
                signChar = body[0];
                len--;
                at++;
            } else if ((flags & F_SIGN) != 0) {
                signChar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (width > Integer.MAX_VALUE - 16) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        if (sign) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append(body[at]).append(body[at + 1]);
            }
            len -= 2;
            width = Math.max(0, width - 2);
            at += 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            out.repeat(fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signChar);
            }
            if (prefix) {
                out.append(body[at - 2]).append(body[at - 1]);
            }
        }
        out.append(body, at, at + len);
        if (width > len) {
            out.repeat(' ', width - len);
        }
    }

    private static long ssize(ObjectState s, long v) {
        if (!IntType.fitsLong(v)) {
            throw Errors.overflowError(s, "Python int too large to convert to C ssize_t");
        }
        return IntType.longValue(v);
    }

    private static long intValue(ObjectState s, long v) {
        if (!IntType.fitsLong(v) || IntType.longValue(v) != (int) IntType.longValue(v)) {
            throw Errors.overflowError(s, "Python int too large to convert to C int");
        }
        return IntType.longValue(v);
    }

    /** {@code _PyUnicode_FormatLong} after {@code mainformatlong}'s conversion of the argument. */
    private static String formatLong(ObjectState s, long v, char type, boolean alt, int prec) {
        java.math.BigInteger value;
        boolean hex = type == 'x' || type == 'X' || type == 'o';
        if (IntType.check(v)) {
            value = IntType.toBig(v);
        } else if (FloatType.check(s, v) && !hex) {
            double d = FloatType.value(v);
            if (Double.isNaN(d)) {
                throw Errors.valueError(s, "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Errors.overflowError(s, "cannot convert float infinity to integer");
            }
            value = new java.math.BigDecimal(d).toBigInteger();
        } else if (s.slotsOf(v).index != null || (!hex && s.slotsOf(v).toInt != null)) {
            long i = hex || s.slotsOf(v).toInt == null ? Abstract.index(s, v) : s.slotsOf(v).toInt.apply(s, v);
            try {
                value = IntType.toBig(i);
            } finally {
                Objects.decref(s, i);
            }
        } else {
            throw Errors.typeError(s, "%" + type + " format: " + (hex ? "an integer" : "a real number")
                    + " is required, not " + Objects.typeNameOf(v));
        }
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = value.abs().toString(radix);
        if (radix == 10 && digits.length() > IntOps.MAX_STR_DIGITS) {
            throw Errors.valueError(s, "Exceeds the limit (" + IntOps.MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (prec > digits.length()) {
            digits = "0".repeat(prec - digits.length()) + digits;
        }
        String prefix = alt && radix != 10 ? (radix == 8 ? "0o" : "0x") : "";
        String r = (value.signum() < 0 ? "-" : "") + prefix + digits;
        return type == 'X' ? r.toUpperCase(java.util.Locale.ROOT) : r;
    }

    /** {@code PyFloat_AsDouble}: a float, an int, or an object with {@code __float__}/{@code __index__}. */
    private static double realNumber(ObjectState s, long v) {
        if (FloatType.check(s, v)) {
            return FloatType.value(v);
        }
        if (IntType.check(v)) {
            return StrFormat.toDouble(s, v);
        }
        TypeSlots slots = s.slotsOf(v);
        if (slots.toFloat != null) {
            long f = slots.toFloat.apply(s, v);
            try {
                return FloatType.value(f);
            } finally {
                Objects.decref(s, f);
            }
        }
        if (slots.index != null) {
            long i = Abstract.index(s, v);
            try {
                return StrFormat.toDouble(s, i);
            } finally {
                Objects.decref(s, i);
            }
        }
        throw Errors.typeError(s, "must be real number, not " + Objects.typeNameOf(v));
    }

    private static int formatChar(ObjectState s, long v) {
        if (StrType.check(v)) {
            if (StrType.length(v) == 1) {
                return StrType.codePointAt(v, 0);
            }
            throw Errors.typeError(s, "%c requires int or char");
        }
        if (!IntType.check(v) && s.slotsOf(v).index == null) {
            throw Errors.typeError(s, "%c requires int or char");
        }
        long i = Abstract.index(s, v);
        try {
            java.math.BigInteger x = IntType.toBig(i);
            if (x.signum() < 0 || x.compareTo(java.math.BigInteger.valueOf(0x10ffff)) > 0) {
                throw Errors.overflowError(s, "%c arg not in range(0x110000)");
            }
            return x.intValue();
        } finally {
            Objects.decref(s, i);
        }
    }
}

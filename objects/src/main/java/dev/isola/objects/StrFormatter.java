package dev.isola.objects;

/**
 * {@code str.format(*args, **kwargs)}: the replacement-field parser of CPython's
 * {@code Objects/stringlib/unicode_format.h}. A template is literal text with {@code {{}/{@code }}}
 * escapes and fields {@code {field_name!conversion:format_spec}} where
 *
 * <pre>
 *   field_name  = [arg_name] ("." attribute | "[" index "]")*
 *   arg_name    = digits (positional) | empty (auto-numbered) | identifier (keyword)
 *   conversion  = r | s | a
 *   format_spec = may itself hold fields, expanded once more (two levels, as PEP 3101)
 * </pre>
 *
 * Each field's value is rendered by its type's {@code __format__} ({@link Abstract#format}). Stateless; one {@link Auto} per
 * call tracks automatic versus manual numbering.
 */
final class StrFormatter {
    private StrFormatter() {}

    private static final int RECURSION_DEPTH = 2;

    /** Auto-numbering state: 0 init, 1 auto, 2 manual. */
    private static final class Auto {
        int state;
        long next;
    }

    static long formatMethod(ObjectState s, long self, long args, long kwargs) {
        return format(s, self, args, kwargs);
    }

    /**
     * Formats {@code template} with positional {@code args} (a tuple, or 0 for
     * {@code format_map}, where positional fields are an error) and a mapping of named fields
     * ({@code kwargs}, any object with {@code __getitem__}, or 0).
     */
    static long format(ObjectState s, long template, long args, long kwargs) {
        int[] t = StrType.codePoints(template);
        StrBuilder out = new StrBuilder(t.length + 16);
        build(s, t, 0, t.length, args, kwargs, RECURSION_DEPTH, new Auto(), out);
        return out.build(s);
    }

    private static void build(ObjectState s, int[] t, int start, int end, long args, long kwargs, int depth, Auto auto,
            StrBuilder out) {
        if (depth <= 0) {
            throw Errors.valueError(s, "Max string recursion exceeded");
        }
        int pos = start;
        while (pos < end) {
            int literalStart = pos;
            int c = 0;
            boolean markup = false;
            while (pos < end) {
                c = t[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - literalStart;
            if (c == '}' && markup && (atEnd || t[pos] != '}')) {
                throw Errors.valueError(s, "Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) {
                throw Errors.valueError(s, "Single '{' encountered in format string");
            }
            if (!atEnd && markup) {
                if (t[pos] == c) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            out.append(t, literalStart, literalStart + len);
            if (markup) {
                pos = field(s, t, pos, end, args, kwargs, depth, auto, out);
            }
        }
    }

    /** Parses and renders one field starting after its '{'; returns the position after its '}'. */
    private static int field(ObjectState s, int[] t, int pos, int end, long args, long kwargs, int depth, Auto auto,
            StrBuilder out) {
        int nameStart = pos;
        int c = 0;
        while (pos < end) {
            c = t[pos++];
            if (c == '{') {
                throw Errors.valueError(s, "unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < end && t[pos] != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = pos;
        int specEnd = pos;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (pos >= end) {
                    throw Errors.valueError(s, "end of string while looking for conversion specifier");
                }
                conversion = t[pos++];
                if (pos < end) {
                    int next = t[pos++];
                    if (next == '}') {
                        done = true;
                        specStart = specEnd = pos;
                    } else if (next != ':') {
                        throw Errors.valueError(s, "expected ':' after conversion specifier");
                    }
                }
            }
            if (!done) {
                specStart = pos;
                int count = 1;
                boolean closed = false;
                while (pos < end) {
                    int d = t[pos++];
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        specEnd = pos - 1;
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    throw Errors.valueError(s, "unmatched '{' in format spec");
                }
            }
        } else if (c != '}') {
            throw Errors.valueError(s, "expected '}' before end of string");
        }
        render(s, t, nameStart, nameEnd, conversion, specStart, specEnd, expand, args, kwargs, depth, auto, out);
        return pos;
    }

    private static void render(ObjectState s, int[] t, int nameStart, int nameEnd, int conversion, int specStart,
            int specEnd, boolean expand, long args, long kwargs, int depth, Auto auto, StrBuilder out) {
        long obj = fieldObject(s, t, nameStart, nameEnd, args, kwargs, auto);
        long spec = 0;
        try {
            if (conversion != 0) {
                long converted = switch (conversion) {
                    case 'r' -> Abstract.repr(s, obj);
                    case 's' -> Abstract.str(s, obj);
                    case 'a' -> ascii(s, obj);
                    default -> throw Errors.valueError(s, "Unknown conversion specifier "
                            + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                            : "\\x" + Integer.toHexString(conversion)));
                };
                Objects.decref(s, obj);
                obj = converted;
            }
            if (expand) {
                StrBuilder expanded = new StrBuilder();
                build(s, t, specStart, specEnd, args, kwargs, depth - 1, auto, expanded);
                spec = expanded.build(s);
            } else {
                spec = StrType.fromCodePoints(s, t, specStart, specEnd);
            }
            long r = Abstract.format(s, obj, spec);
            out.appendStr(r);
            Objects.decref(s, r);
        } finally {
            Objects.decref(s, obj);
            Objects.xdecref(s, spec);
        }
    }

    /** {@code ascii(obj)}: the repr with non-ASCII code points escaped. */
    static long ascii(ObjectState s, long obj) {
        long r = Abstract.repr(s, obj);
        if (StrType.isAscii(r)) {
            return r;
        }
        StrBuilder out = new StrBuilder();
        try {
            for (int c : StrType.codePoints(r)) {
                if (c < 0x80) {
                    out.append(c);
                } else if (c <= 0xff) {
                    out.append(StrOps.hexEscape('x', c, 2));
                } else if (c <= 0xffff) {
                    out.append(StrOps.hexEscape('u', c, 4));
                } else {
                    out.append(StrOps.hexEscape('U', c, 8));
                }
            }
        } finally {
            Objects.decref(s, r);
        }
        return out.build(s);
    }

    /** A decimal integer (any Nd digits), -1 when the text is empty or not all digits. */
    private static long integer(ObjectState s, int[] t, int start, int end) {
        if (start >= end) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            if (!UnicodeProps.isDecimal(t[i])) {
                return -1;
            }
            int digit = Character.digit(t[i], 10);
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw Errors.valueError(s, "Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** {@code get_field_object}: the argument named by the field, then its attributes and items (new reference). */
    private static long fieldObject(ObjectState s, int[] t, int start, int end, long args, long kwargs, Auto auto) {
        int i = start;
        while (i < end && t[i] != '.' && t[i] != '[') {
            i++;
        }
        long index = integer(s, t, start, i);
        boolean empty = i == start;
        boolean numeric = empty || index != -1;
        if (auto.state == 0 && numeric) {
            auto.state = empty ? 1 : 2;
        }
        if (numeric) {
            if (auto.state == 2 && empty) {
                throw Errors.valueError(s,
                        "cannot switch from manual field specification to automatic field numbering");
            }
            if (auto.state == 1 && !empty) {
                throw Errors.valueError(s,
                        "cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) {
            index = auto.next++;
        }
        long obj;
        if (index == -1) {
            long key = StrType.fromCodePoints(s, t, start, i);
            try {
                if (kwargs == 0) {
                    throw Errors.keyError(s, key);
                }
                obj = Abstract.getItem(s, kwargs, key);
            } finally {
                Objects.decref(s, key);
            }
        } else {
            if (args == 0) {
                throw Errors.valueError(s, "Format string contains positional fields");
            }
            if (index >= TupleType.size(args)) {
                throw Errors.indexError(s, "Replacement index " + index + " out of range for positional args tuple");
            }
            obj = Objects.newRef(TupleType.getItem(args, index));
        }
        try {
            while (i < end) {
                int c = t[i++];
                int nameStart = i;
                long next;
                if (c == '.') {
                    while (i < end && t[i] != '.' && t[i] != '[') {
                        i++;
                    }
                    if (i == nameStart) {
                        throw Errors.valueError(s, "Empty attribute in format string");
                    }
                    long name = StrType.fromCodePoints(s, t, nameStart, i);
                    try {
                        next = Abstract.getAttr(s, obj, name);
                    } finally {
                        Objects.decref(s, name);
                    }
                } else if (c == '[') {
                    while (i < end && t[i] != ']') {
                        i++;
                    }
                    if (i >= end) {
                        throw Errors.valueError(s, "Missing ']' in format string");
                    }
                    int nameEnd = i++;
                    if (nameEnd == nameStart) {
                        throw Errors.valueError(s, "Empty attribute in format string");
                    }
                    long item = integer(s, t, nameStart, nameEnd);
                    long key = item == -1 ? StrType.fromCodePoints(s, t, nameStart, nameEnd)
                            : IntType.fromLong(s, item);
                    try {
                        next = Abstract.getItem(s, obj, key);
                    } finally {
                        Objects.decref(s, key);
                    }
                } else {
                    throw Errors.valueError(s, "Only '.' or '[' may follow ']' in format field specifier");
                }
                Objects.decref(s, obj);
                obj = next;
            }
        } catch (RuntimeException e) {
            Objects.decref(s, obj);
            throw e;
        }
        return obj;
    }
}

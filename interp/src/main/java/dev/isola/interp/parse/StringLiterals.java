package dev.isola.interp.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * String and bytes literals: the prefix, the body between the quotes, and escape decoding by
 * Python's rules ({@code \\x}, {@code \\u}, {@code \\U}, octal, the one-letter escapes,
 * backslash-newline; unknown escapes keep their backslash; {@code \\N{name}} by the JDK's Unicode name table). The
 * f-string splitter is {@link FStringParser}.
 *
 * <p>Stateless; safe to use from any thread.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** A STRING token taken apart: prefix flags and the body between the quotes. */
    record Literal(boolean raw, boolean bytes, boolean fstring, boolean unicode, String body, int bodyOffset) {
    }

    static Literal split(String tokenText) {
        int q = 0;
        while (tokenText.charAt(q) != '\'' && tokenText.charAt(q) != '"') {
            q++;
        }
        String prefix = tokenText.substring(0, q).toLowerCase(Locale.ROOT);
        char quote = tokenText.charAt(q);
        boolean triple = tokenText.length() >= q + 6 && tokenText.charAt(q + 1) == quote
                && tokenText.charAt(q + 2) == quote;
        int qlen = triple ? 3 : 1;
        String body = tokenText.substring(q + qlen, tokenText.length() - qlen);
        return new Literal(prefix.contains("r"), prefix.contains("b"), prefix.contains("f"),
                prefix.contains("u"), body, q + qlen);
    }

    /** Thrown for a bad escape; the parser adds the position. */
    static final class EscapeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EscapeError(String msg) {
            super(msg, null, false, false);
        }
    }

    static String decodeStr(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder b = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n;) {
            char c = body.charAt(i);
            if (c != '\\') {
                b.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                b.append('\\');
                break;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < n && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\', '\'', '"' -> b.append(e);
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'v' -> b.append('\u000b');
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = hex(body, i, len, start, e);
                    if (v > 0x10ffff) {
                        throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + (i + len - 1) + ": illegal Unicode character");
                    }
                    b.appendCodePoint(v);
                    i += len;
                }
                case 'N' -> {
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0 || close == i + 1) {
                        throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + (close < 0 ? n - 1 : close) + ": malformed \\N character escape");
                    }
                    int cp;
                    try {
                        cp = Character.codePointOf(body.substring(i + 1, close));
                    } catch (IllegalArgumentException unknown) {
                        throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + close + ": unknown Unicode character name");
                    }
                    b.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                            v = v * 8 + body.charAt(i++) - '0';
                        }
                        b.appendCodePoint(v);
                    } else {
                        b.append('\\').append(e);
                    }
                }
            }
        }
        return b.toString();
    }

    private static int hex(String body, int i, int len, int start, char kind) {
        int v = 0;
        for (int k = 0; k < len; k++) {
            int d = i + k < body.length() ? Character.digit(body.charAt(i + k), 16) : -1;
            if (d < 0) {
                String what = kind == 'x' ? "truncated \\xXX escape" : kind == 'u' ? "truncated \\uXXXX escape"
                        : "truncated \\UXXXXXXXX escape";
                throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        + start + "-" + (i + k - 1) + ": " + what);
            }
            v = v * 16 + d;
        }
        return v;
    }

    static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            if (body.charAt(i) >= 0x80) {
                throw new EscapeError("bytes can only contain ASCII literal characters");
            }
        }
        for (int i = 0; i < n;) {
            char c = body.charAt(i);
            if (c != '\\' || raw) {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                out.write('\\');
                break;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < n && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case 'x' -> {
                    int v = 0;
                    for (int k = 0; k < 2; k++) {
                        int d = i + k < n ? Character.digit(body.charAt(i + k), 16) : -1;
                        if (d < 0) {
                            throw new EscapeError("(value error) invalid \\x escape at position " + start);
                        }
                        v = v * 16 + d;
                    }
                    out.write(v);
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                            v = v * 8 + body.charAt(i++) - '0';
                        }
                        out.write(v & 0xff);
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** Joins adjacent pieces of a JoinedStr's values: constants merged, empty ones dropped. */
    static List<Object> mergePieces(List<Object> pieces) {
        List<Object> out = new ArrayList<>();
        for (Object p : pieces) {
            if (p instanceof String s) {
                if (s.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.getLast() instanceof String prev) {
                    out.set(out.size() - 1, prev + s);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }
}

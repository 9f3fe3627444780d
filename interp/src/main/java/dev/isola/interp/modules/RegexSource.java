package dev.isola.interp.modules;

/**
 * The tokenizer of a Python regular expression, CPython 3.11's {@code re._parser.Tokenizer}:
 * the pattern as code points, read one token at a time, a token being one code point or a
 * backslash and the code point after it. Positions ({@link #tell}) count code points, as the
 * positions in {@code re.error} messages do. Not thread-safe (one per translation).
 */
final class RegexSource {
    /** A syntax error: CPython's message and position (code points), or -1 for none. */
    static final class Error extends RuntimeException {
        final String msg;
        final int pos;

        Error(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    final int[] cps;
    final boolean text;
    private int index;
    /** The current token, or null at the end. */
    String next;

    RegexSource(int[] cps, boolean text) {
        this.cps = cps;
        this.text = text;
        advance();
    }

    private void advance() {
        int i = index;
        if (i >= cps.length) {
            next = null;
            return;
        }
        String c = Character.toString(cps[i]);
        if (cps[i] == '\\') {
            i++;
            if (i >= cps.length) {
                throw new Error("bad escape (end of pattern)", cps.length - 1);
            }
            c += Character.toString(cps[i]);
        }
        index = i + 1;
        next = c;
    }

    boolean match(String c) {
        if (c.equals(next)) {
            advance();
            return true;
        }
        return false;
    }

    boolean nextIs(String c) {
        return c.equals(next);
    }

    String get() {
        String t = next;
        advance();
        return t;
    }

    /** Up to {@code n} tokens that are single characters of {@code set}. */
    String getWhile(int n, String set) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n && next != null && next.length() == 1 && set.indexOf(next.charAt(0)) >= 0; k++) {
            b.append(get());
        }
        return b.toString();
    }

    String getUntil(char terminator, String name) {
        StringBuilder b = new StringBuilder();
        while (true) {
            String c = next;
            if (c != null) {
                advance();
            }
            if (c == null) {
                if (b.isEmpty()) {
                    throw error("missing " + name, 0);
                }
                throw error("missing " + terminator + ", unterminated name", b.codePointCount(0, b.length()));
            }
            if (c.length() == 1 && c.charAt(0) == terminator) {
                if (b.isEmpty()) {
                    throw error("missing " + name, 1);
                }
                return b.toString();
            }
            b.append(c);
        }
    }

    int tell() {
        return index - (next == null ? 0 : next.codePointCount(0, next.length()));
    }

    void seek(int i) {
        index = i;
        advance();
    }

    Error error(String msg, int offset) {
        if (!text) {
            StringBuilder b = new StringBuilder();
            msg.codePoints().forEach(c -> b.append(c < 128 ? Character.toString(c)
                    : c < 256 ? String.format("\\x%02x", c) : String.format("\\u%04x", c)));
            msg = b.toString();
        }
        return new Error(msg, tell() - offset);
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return name.codePoints().allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c)
                && !Character.isIdentifierIgnorable(c));
    }

    void checkGroupName(String name, int offset) {
        if (!isIdentifier(name)) {
            throw error("bad character in group name " + repr(name), name.codePointCount(0, name.length())
                    + offset);
        }
    }

    /** Python's {@code repr} of a str (names in messages). */
    static String repr(String v) {
        char q = v.indexOf('\'') >= 0 && v.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        v.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(q).toString();
    }
}

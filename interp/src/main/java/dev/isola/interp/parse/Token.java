package dev.isola.interp.parse;

/**
 * One token: its kind, its exact source text (escapes and prefixes as written), and its span.
 * Lines are 1-based; columns are 0-based and count code points, as CPython's {@code tokenize}.
 * The end is exclusive: a one-character token at column 4 ends at column 5. Synthetic tokens
 * (DEDENT, ENDMARKER, the NEWLINE added at an end of file without one) have empty text.
 */
public record Token(TokenKind kind, String text, int startLine, int startColumn, int endLine,
        int endColumn) {

    /** The shape CPython's {@code python -m tokenize} prints, less its column alignment. */
    @Override
    public String toString() {
        return startLine + "," + startColumn + "-" + endLine + "," + endColumn + " " + kind + " "
                + quote(text);
    }

    /** Python's {@code repr} of a str, enough for diagnostics: quotes, backslash, controls. */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == q) {
                        b.append('\\').append(q);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append(q).toString();
    }
}

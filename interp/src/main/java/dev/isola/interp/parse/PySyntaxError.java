package dev.isola.interp.parse;

/**
 * A syntax error found in Python source, carried as a Java exception until the runtime turns it
 * into a Python {@code SyntaxError} (or its subclasses {@code IndentationError}, {@code TabError}).
 * The fields are those of CPython's exception: {@code offset} and {@code endOffset} are 1-based
 * code-point columns; {@code endOffset} may be 0 or -1 where CPython reports those (the display
 * then draws one caret). {@code text} is the offending physical line without its line break.
 *
 * <p>Immutable; safe to share between threads.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PySyntaxError(String pythonType, String msg, String filename, int lineno, int offset,
            int endLineno, int endOffset, String text) {
        super(pythonType + ": " + msg + " (file=" + filename + ", line=" + lineno + ", offset="
                + offset + ")");
        this.pythonType = pythonType;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** {@code SyntaxError}, {@code IndentationError} or {@code TabError}. */
    public String pythonType() {
        return pythonType;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    /**
     * The lines CPython 3.11's {@code traceback.format_exception_only} prints for this error, a
     * port of {@code TracebackException._format_syntax_error}: the file and line, the source line
     * with leading spaces and form feeds stripped, a caret line, then {@code Type: msg}. Each line
     * ends with a newline.
     */
    public String formatDisplay() {
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(filename == null ? "<string>" : filename).append("\", line ")
                .append(lineno).append('\n');
        if (text != null) {
            String rtext = stripTrailingNewlines(text);
            int[] r = rtext.codePoints().toArray();
            int spaces = 0;
            while (spaces < r.length && (r[spaces] == ' ' || r[spaces] == '\n' || r[spaces] == '\f')) {
                spaces++;
            }
            b.append("    ").append(new String(r, spaces, r.length - spaces)).append('\n');
            if (offset != 0) {
                int end = endOffset == 0 ? offset : endOffset;
                if (pythonType.equals("IndentationError") && msg != null
                        && msg.startsWith("expected an indented block")) {
                    // CPython 3.11 reports the next token's span in the exception but
                    // displays this error with one caret.
                    end = offset;
                }
                if (offset == end || end == -1) {
                    end = offset + 1;
                }
                int colno = offset - 1 - spaces;
                int endColno = end - 1 - spaces;
                if (colno >= 0) {
                    b.append("    ");
                    // ltext[:colno] in Python: a slice past the end is just the whole text.
                    for (int i = spaces; i < Math.min(spaces + colno, r.length); i++) {
                        b.appendCodePoint(isPySpace(r[i]) ? r[i] : ' ');
                    }
                    b.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
                }
            }
        }
        b.append(pythonType).append(": ").append(msg == null || msg.isEmpty() ? "<no detail available>" : msg)
                .append('\n');
        return b.toString();
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Python's {@code str.isspace} for one code point. */
    private static boolean isPySpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85
                || Character.isSpaceChar(c);
    }
}

package dev.isola.interp.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Python 3 source to tokens: the first stage of source → tokens → AST → bytecode (DESIGN §6).
 *
 * <p>The token stream is that of CPython 3.11's {@code tokenize} module (COMMENT and NL
 * included, f-strings as one STRING); the errors are those of CPython's C tokenizer
 * ({@code Parser/tokenizer.c}), with its messages, line numbers and offsets, so that
 * {@link PySyntaxError#formatDisplay()} prints what {@code python3} prints.
 *
 * <h2>How it works</h2>
 * The source is decoded once into an array of code points; {@code pos} walks it, and
 * {@code line}/{@code lineStart} follow every line break consumed (including those inside
 * triple-quoted strings and after a backslash), so a column is {@code pos - lineStart}.
 * <ul>
 *   <li>At the start of each physical line outside brackets the indentation is measured twice:
 *       {@code col} with tabs to multiples of 8 and {@code altCol} with tabs as one column.
 *       Comparisons against the indent stack must agree under both, else {@code TabError}
 *       (CPython's rule). Blank and comment-only lines never touch the stack.</li>
 *   <li>Inside (), [] and {} (a stack of open brackets, at most 200 deep) line breaks are NL
 *       and indentation is ignored.</li>
 *   <li>A logical line with at least one non-comment token ends in NEWLINE; other line breaks
 *       are NL. A last line without a line break gets a NEWLINE with empty text.</li>
 * </ul>
 * Numbers follow {@code tok_get}'s state machine closely, because the error offsets depend on
 * exactly which character it had read when it gave up ({@code tok->cur}).
 *
 * <p>Identifiers are checked against XID_Start/XID_Continue as approximated by Java's
 * {@link Character#isUnicodeIdentifierStart}/{@link Character#isUnicodeIdentifierPart} (less
 * the ignorable format characters). Like CPython's tokenizer, no NFKC normalization happens
 * here; the parser normalizes names.
 *
 * <h2>Known differences from CPython</h2>
 * <ul>
 *   <li>An error's {@code text} is always its one physical line, as {@code python3 file.py}
 *       shows it. CPython's {@code compile()} of a string sometimes shows the whole buffer
 *       (several lines) for a line reached by a backslash continuation or ending a multi-line
 *       string, and then counts the offset of a continuation error from that buffer.</li>
 *   <li>Errors inside f-string replacement fields are the parser's, which splits f-strings.</li>
 *   <li>A lone {@code \r} ends a line, as CPython's universal newlines translate it; the
 *       token text keeps the line break as written.</li>
 * </ul>
 *
 * <p>Not thread-safe; one instance tokenizes one source once. Use {@link #tokenize}.
 */
public final class Tokenizer {
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;
    private static final int EOF = -1;

    private final int[] src;
    private final int n;
    private final String filename;
    private final List<Token> out = new ArrayList<>();

    /** Cursor, current line (1-based) and the index of its first code point. */
    private int pos;
    private int line = 1;
    private int lineStart;

    /** Indent stack: indents[0] == 0; col and altCol of each open block. */
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;

    /** Open brackets: the character, its line and column. */
    private final int[] bracketChar = new int[MAX_LEVEL];
    private final int[] bracketLine = new int[MAX_LEVEL];
    private final int[] bracketCol = new int[MAX_LEVEL];
    private int level;

    /**
     * The first "invalid syntax" character ($, ?, a lone !). CPython's parser stops there, then
     * tokenizes the rest of the file and reports a later tokenizer error (bad string, number,
     * character or bracket) in its place; errors the tokenizer only flags in its state
     * (indentation, line continuation) and end of file report this one.
     */
    private PySyntaxError pendingInvalid;

    private boolean atLineStart = true;
    /** The current logical line holds a token other than a comment: it will end in NEWLINE. */
    private boolean logicalHasTokens;

    private Tokenizer(String source, String filename) {
        this.src = source.codePoints().toArray();
        this.n = src.length;
        this.filename = filename;
    }

    /**
     * Tokenizes a whole source. The list ends with ENDMARKER.
     *
     * @throws PySyntaxError on the first lexical error, as CPython would report it
     */
    public static List<Token> tokenize(String source, String filename) {
        Tokenizer t = new Tokenizer(source, filename);
        t.run();
        return t.out;
    }

    private void run() {
        for (;;) {
            if (atLineStart && level == 0) {
                indentation();
            }
            atLineStart = false;
            while (pos < n && (src[pos] == ' ' || src[pos] == '\t' || src[pos] == '\f')) {
                pos++;
            }
            if (pos >= n) {
                endOfFile();
                return;
            }
            int c = src[pos];
            if (c == '#') {
                comment();
            } else if (c == '\n' || c == '\r') {
                lineBreak();
            } else if (c == '\\') {
                continuation();
            } else {
                logicalHasTokens = true;
                token(c);
            }
        }
    }

    // ---- lines, indentation, end of file ----

    private void indentation() {
        int col = 0;
        int altCol = 0;
        int contCol = -1;
        for (;;) {
            int c = pos < n ? src[pos] : EOF;
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = altCol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split by a backslash: the first one fixes the level.
                contCol = contCol >= 0 ? contCol : col;
                continuation();
                continue;
            } else {
                break;
            }
            pos++;
        }
        int c = pos < n ? src[pos] : EOF;
        if (c == EOF || c == '#' || c == '\n' || c == '\r') {
            return;
        }
        if (contCol >= 0) {
            col = altCol = contCol;
        }
        int column = pos - lineStart;
        if (col == indents[indentDepth]) {
            if (altCol != altIndents[indentDepth]) {
                throw tabError();
            }
        } else if (col > indents[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw stateError("IndentationError", "too many levels of indentation", line, 1, 0);
            }
            if (altCol <= altIndents[indentDepth]) {
                throw tabError();
            }
            indentDepth++;
            indents[indentDepth] = col;
            altIndents[indentDepth] = altCol;
            emit(TokenKind.INDENT, lineStart, pos, line, 0);
        } else {
            while (indentDepth > 0 && col < indents[indentDepth]) {
                indentDepth--;
                out.add(new Token(TokenKind.DEDENT, "", line, column, line, column));
            }
            if (col != indents[indentDepth]) {
                throw stateError("IndentationError", "unindent does not match any outer indentation level",
                        line, lineLength() + 1, -1);
            }
            if (altCol != altIndents[indentDepth]) {
                throw tabError();
            }
        }
    }

    private PySyntaxError tabError() {
        return stateError("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, 0);
    }

    private void comment() {
        int start = pos;
        while (pos < n && src[pos] != '\n' && src[pos] != '\r') {
            pos++;
        }
        emit(TokenKind.COMMENT, start, pos, line, start - lineStart);
        if (pos >= n && !logicalHasTokens) {
            // tokenize ends a comment-only last line without a line break with an empty NL.
            int col = pos - lineStart;
            out.add(new Token(TokenKind.NL, "", line, col, line, col));
        }
    }

    private void lineBreak() {
        TokenKind kind = level == 0 && logicalHasTokens ? TokenKind.NEWLINE : TokenKind.NL;
        int start = pos;
        int startLine = line;
        int startCol = pos - lineStart;
        newLine();
        String text = new String(src, start, pos - start);
        out.add(new Token(kind, text, startLine, startCol, startLine, startCol + text.length()));
        if (kind == TokenKind.NEWLINE) {
            logicalHasTokens = false;
        }
        atLineStart = true;
    }

    private void continuation() {
        int backslash = pos;
        if (backslash + 1 >= n) {
            throw unexpectedEof(backslash);
        }
        if (!isLineBreakAt(backslash + 1)) {
            throw stateError("SyntaxError", "unexpected character after line continuation character", line,
                    backslash - lineStart + 2, 0);
        }
        pos++;
        newLine();
        if (pos >= n) {
            throw unexpectedEof(backslash);
        }
    }

    private PySyntaxError unexpectedEof(int backslash) {
        int bsLineStart = lineStartOf(backslash);
        int bsLine = line - (lineStart > backslash ? 1 : 0);
        return pendingInvalid != null ? pendingInvalid : new PySyntaxError("SyntaxError", "unexpected EOF while parsing", filename, bsLine,
                backslash - bsLineStart + 2, bsLine, -1, lineText(bsLineStart));
    }

    private void endOfFile() {
        if (pendingInvalid != null) {
            throw pendingInvalid;
        }
        if (level > 0) {
            int top = level - 1;
            int lineStartIdx = lineStartOfLine(bracketLine[top]);
            throw new PySyntaxError("SyntaxError", "'" + Character.toString(bracketChar[top])
                    + "' was never closed", filename, bracketLine[top], bracketCol[top] + 1,
                    bracketLine[top], 0, lineText(lineStartIdx));
        }
        int endLine = line;
        if (logicalHasTokens) {
            int col = n - lineStart;
            out.add(new Token(TokenKind.NEWLINE, "", line, col, line, col + 1));
            endLine = line + 1;
        } else if (n > lineStart && !isBlank(lineStart, n)) {
            endLine = line + 1;
        }
        // tokenize quirk: after a whitespace-only last line without a break, the DEDENTs and
        // ENDMARKER stay on that line (endLine == line).
        for (; indentDepth > 0; indentDepth--) {
            out.add(new Token(TokenKind.DEDENT, "", endLine, 0, endLine, 0));
        }
        out.add(new Token(TokenKind.ENDMARKER, "", endLine, 0, endLine, 0));
    }

    // ---- tokens within a line ----

    private void token(int c) {
        if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(src[pos + 1]))) {
            number();
        } else if (c == '\'' || c == '"') {
            string(pos);
        } else if (isPotentialIdentifierChar(c)) {
            nameOrString();
        } else {
            operator(c);
        }
    }

    private void nameOrString() {
        int start = pos;
        while (pos < n && isPotentialIdentifierChar(src[pos])) {
            pos++;
        }
        if (pos < n && (src[pos] == '\'' || src[pos] == '"') && isStringPrefix(start, pos)) {
            pos = start;
            string(start);
            return;
        }
        verifyIdentifier(start, pos);
        emit(TokenKind.NAME, start, pos, line, start - lineStart);
    }

    private boolean isStringPrefix(int start, int end) {
        String p = new String(src, start, end - start).toLowerCase(java.util.Locale.ROOT);
        return switch (p) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    /** CPython's {@code verify_identifier}: the first character that is not XID is the error. */
    private void verifyIdentifier(int start, int end) {
        for (int i = start; i < end; i++) {
            int c = src[i];
            boolean ok = i == start ? isIdentifierStart(c) : isIdentifierPart(c);
            if (!ok) {
                String hex = String.format("%04X", c);
                String msg = isPrintable(c)
                        ? "invalid character '" + Character.toString(c) + "' (U+" + hex + ")"
                        : "invalid non-printable character U+" + hex;
                int offset = i - lineStart + 1;
                throw error("SyntaxError", msg, line, offset, offset);
            }
        }
    }

    private static boolean isIdentifierStart(int c) {
        if (c < 128) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdentifierPart(int c) {
        if (c < 128) {
            return isIdentifierStart(c) || isDigit(c);
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** Python's {@code str.isprintable} for one code point. */
    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** A string literal from its prefix at {@code start}; scans to the closing quote. */
    private void string(int start) {
        int startLine = line;
        int startLineStart = lineStart;
        int startCol = start - lineStart;
        int p = start;
        while (src[p] != '\'' && src[p] != '"') {
            p++;
        }
        int quote = src[p];
        boolean triple = p + 2 < n && src[p + 1] == quote && src[p + 2] == quote;
        pos = p + (triple ? 3 : 1);
        int closeRun = 0;
        for (;;) {
            if (pos >= n) {
                String what = triple ? "unterminated triple-quoted string literal"
                        : "unterminated string literal";
                throw new PySyntaxError("SyntaxError", what + " (detected at line " + detectedLine() + ")",
                        filename, startLine, startCol + 1, startLine, startCol + 1,
                        lineText(startLineStart));
            }
            int c = src[pos];
            if (c == '\\') {
                closeRun = 0;
                pos++;
                if (pos < n) {
                    if (isLineBreakAt(pos)) {
                        newLine();
                    } else {
                        pos++;
                    }
                }
            } else if (c == '\n' || c == '\r') {
                closeRun = 0;
                if (!triple) {
                    throw new PySyntaxError("SyntaxError",
                            "unterminated string literal (detected at line " + line + ")", filename,
                            startLine, startCol + 1, startLine, startCol + 1, lineText(startLineStart));
                }
                newLine();
            } else {
                pos++;
                if (c == quote) {
                    closeRun++;
                    if (!triple || closeRun == 3) {
                        break;
                    }
                } else {
                    closeRun = 0;
                }
            }
        }
        emit(TokenKind.STRING, start, pos, startLine, startCol);
    }

    /** The line CPython names in "(detected at line N)" at end of file: a final break adds none. */
    private int detectedLine() {
        return pos >= n && pos == lineStart && line > 1 ? line - 1 : line;
    }

    private static final List<String> OPERATORS_3 = List.of("**=", "...", "//=", "<<=", ">>=");
    private static final List<String> OPERATORS_2 = List.of("!=", "%=", "&=", "**", "*=", "+=", "-=",
            "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=");
    private static final String SINGLE = "%&()*+,-./:;<=>@[]^{|}~";

    private void operator(int c) {
        int start = pos;
        int len = matchOperator();
        if (len == 0) {
            if (SINGLE.indexOf(c) < 0) {
                if (pendingInvalid == null) {
                    int offset = pos - lineStart + 1;
                    pendingInvalid = error("SyntaxError", "invalid syntax", line, offset, offset + 1);
                }
                pos++;
                return;
            }
            len = 1;
        }
        if (len == 1 && "([{".indexOf(c) >= 0) {
            if (level >= MAX_LEVEL) {
                int offset = pos - lineStart + 1;
                throw error("SyntaxError", "too many nested parentheses", line, offset, offset);
            }
            bracketChar[level] = c;
            bracketLine[level] = line;
            bracketCol[level] = pos - lineStart;
            level++;
        } else if (len == 1 && ")]}".indexOf(c) >= 0) {
            closeBracket(c);
        }
        pos += len;
        emit(TokenKind.OP, start, pos, line, start - lineStart);
    }

    private int matchOperator() {
        for (String op : OPERATORS_3) {
            if (matches(op)) {
                return 3;
            }
        }
        for (String op : OPERATORS_2) {
            if (matches(op)) {
                return 2;
            }
        }
        return 0;
    }

    private boolean matches(String op) {
        if (pos + op.length() > n) {
            return false;
        }
        for (int i = 0; i < op.length(); i++) {
            if (src[pos + i] != op.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void closeBracket(int c) {
        int offset = pos - lineStart + 1;
        if (level == 0) {
            throw error("SyntaxError", "unmatched '" + Character.toString(c) + "'", line, offset, offset);
        }
        int open = bracketChar[level - 1];
        int expected = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != expected) {
            String msg = "closing parenthesis '" + Character.toString(c)
                    + "' does not match opening parenthesis '" + Character.toString(open) + "'";
            if (bracketLine[level - 1] != line) {
                msg += " on line " + bracketLine[level - 1];
            }
            throw error("SyntaxError", msg, line, offset, offset);
        }
        level--;
    }

    // ---- numbers: a port of tok_get's number states ----

    private int nextc() {
        return pos < n ? src[pos++] : advanceAtEof();
    }

    private int advanceAtEof() {
        pos++;
        return EOF;
    }

    private void backup() {
        pos--;
    }

    private void number() {
        int start = pos;
        int c = nextc();
        if (c == '.') {
            c = nextc();
            finishNumber(start, fraction(c));
            return;
        }
        if (c != '0') {
            finishNumber(start, afterInteger(decimalTail()));
            return;
        }
        c = nextc();
        if (c == 'x' || c == 'X') {
            c = nextc();
            do {
                if (c == '_') {
                    c = nextc();
                }
                if (!isHexDigit(c)) {
                    backup();
                    throw errorAtCursor("invalid hexadecimal literal");
                }
                do {
                    c = nextc();
                } while (isHexDigit(c));
            } while (c == '_');
            verifyEndOfNumber(c, "hexadecimal");
        } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            boolean octal = c == 'o' || c == 'O';
            int limit = octal ? '8' : '2';
            String kind = octal ? "octal" : "binary";
            c = nextc();
            do {
                if (c == '_') {
                    c = nextc();
                }
                if (c < '0' || c >= limit) {
                    if (isDigit(c)) {
                        throw errorAtCursor("invalid digit '" + (char) c + "' in " + kind + " literal");
                    }
                    backup();
                    throw errorAtCursor("invalid " + kind + " literal");
                }
                do {
                    c = nextc();
                } while (c >= '0' && c < limit);
            } while (c == '_');
            if (isDigit(c)) {
                throw errorAtCursor("invalid digit '" + (char) c + "' in " + kind + " literal");
            }
            verifyEndOfNumber(c, kind);
        } else {
            boolean nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = nextc();
                    if (!isDigit(c)) {
                        backup();
                        throw errorAtCursor("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = nextc();
            }
            int zerosEnd = pos;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') {
                c = fraction(nextc());
            } else if (c == 'e' || c == 'E') {
                c = exponent(c);
            } else if (c == 'j' || c == 'J') {
                c = imaginary();
            } else if (nonzero) {
                backup();
                throw error("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", line, start - lineStart + 1,
                        zerosEnd - lineStart);
            } else {
                verifyEndOfNumber(c, "decimal");
            }
        }
        finishNumber(start, c);
    }

    /** Ends the NUMBER token; {@code c} is the lookahead character already read (or NO_BACKUP). */
    private void finishNumber(int start, int c) {
        if (c != NO_BACKUP) {
            backup();
        }
        emit(TokenKind.NUMBER, start, pos, line, start - lineStart);
    }

    /** Returned when the cursor already sits at the end of the number. */
    private static final int NO_BACKUP = -2;

    /** After the integer part of a decimal literal; {@code c} is the character following it. */
    private int afterInteger(int c) {
        if (c == '.') {
            return fraction(nextc());
        }
        return exponentOrImaginary(c);
    }

    /** After a '.'; {@code c} is the first character of the fraction. */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return exponentOrImaginary(c);
    }

    private int exponentOrImaginary(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    private int exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup();
                throw errorAtCursor("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup();
            verifyEndOfNumber(e, "decimal");
            backup();
            return NO_BACKUP;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    private int imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        return c;
    }

    /** Digits with single underscores between them; returns the first character after. */
    private int decimalTail() {
        for (;;) {
            int c;
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup();
                throw errorAtCursor("invalid decimal literal");
            }
        }
    }

    /**
     * CPython's {@code verify_end_of_number}: a number may be followed directly by a keyword
     * that can follow one in valid code ({@code 1if x else 2}; 3.11 only warns), but by no other
     * ASCII identifier character (a non-ASCII one starts the next token, which may fail as an
     * invalid character). {@code c} has been read.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> matches("nd");
            case 'e' -> matches("lse");
            case 'f' -> matches("or");
            case 'o' -> matches("r");
            case 'n' -> matches("ot");
            case 'i' -> pos < n && (src[pos] == 'f' || src[pos] == 'n' || src[pos] == 's');
            default -> false;
        };
        if (!keyword && c < 128 && isPotentialIdentifierChar(c)) {
            backup();
            throw errorAtCursor("invalid " + kind + " literal");
        }
    }

    /** CPython's {@code syntaxerror()}: the offset is the cursor's 0-based column. */
    private PySyntaxError errorAtCursor(String msg) {
        int offset = pos - lineStart;
        return error("SyntaxError", msg, line, offset, offset);
    }

    // ---- helpers ----

    private PySyntaxError error(String type, String msg, int lineno, int offset, int endOffset) {
        return new PySyntaxError(type, msg, filename, lineno, offset, lineno, endOffset,
                lineText(lineStartOfLine(lineno)));
    }

    /** An error CPython's tokenizer only records in its state: an earlier invalid syntax wins. */
    private PySyntaxError stateError(String type, String msg, int lineno, int offset, int endOffset) {
        return pendingInvalid != null ? pendingInvalid : error(type, msg, lineno, offset, endOffset);
    }

    private void emit(TokenKind kind, int start, int end, int startLine, int startCol) {
        out.add(new Token(kind, new String(src, start, end - start), startLine, startCol, line,
                end - lineStartOf(end)));
    }

    private boolean isLineBreakAt(int i) {
        return i < n && (src[i] == '\n' || src[i] == '\r');
    }

    /** Consumes the line break at {@code pos} ({@code \n}, {@code \r\n} or {@code \r}). */
    private void newLine() {
        if (src[pos] == '\r' && pos + 1 < n && src[pos + 1] == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    /** Start of the physical line holding index {@code i}, which lies on or before the cursor. */
    private int lineStartOf(int i) {
        if (i >= lineStart) {
            return lineStart;
        }
        int s = Math.min(i, n);
        while (s > 0 && src[s - 1] != '\n' && src[s - 1] != '\r') {
            s--;
        }
        return s;
    }

    private int lineStartOfLine(int lineno) {
        if (lineno == line) {
            return lineStart;
        }
        int l = 1;
        int i = 0;
        while (l < lineno && i < n) {
            if (src[i] == '\n' || (src[i] == '\r' && !(i + 1 < n && src[i + 1] == '\n'))) {
                l++;
            }
            i++;
        }
        return i;
    }

    private String lineText(int start) {
        int end = start;
        while (end < n && src[end] != '\n' && src[end] != '\r') {
            end++;
        }
        return new String(src, start, end - start);
    }

    private int lineLength() {
        String text = lineText(lineStart);
        return text.codePointCount(0, text.length());
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src[i] != ' ' && src[i] != '\t' && src[i] != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isDigit(c) || c >= 128;
    }
}

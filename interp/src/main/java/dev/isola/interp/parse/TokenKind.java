package dev.isola.interp.parse;

/**
 * The kinds of token the {@link Tokenizer} emits, named as CPython 3.11's {@code tokenize}
 * module names them. Every operator and delimiter is {@link #OP}; the parser looks at the text.
 * An f-string is one {@link #STRING} token, as in 3.11; the parser splits it.
 */
public enum TokenKind {
    NAME,
    NUMBER,
    STRING,
    OP,
    /** End of a logical line. */
    NEWLINE,
    /** A line break that ends no logical line: blank or comment-only lines, breaks inside brackets. */
    NL,
    INDENT,
    DEDENT,
    COMMENT,
    ENDMARKER
}

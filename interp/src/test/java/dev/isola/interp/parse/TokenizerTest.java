package dev.isola.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves the tokenizer's rules on small sources without needing python3: block structure,
 * bracket joining, literal forms, longest-match operators and the indentation limits.
 */
class TokenizerTest {

    private static String kinds(String source) {
        return Tokenizer.tokenize(source, "t.py").stream().map(t -> t.kind().name())
                .collect(Collectors.joining(" "));
    }

    private static List<String> texts(String source, TokenKind kind) {
        return Tokenizer.tokenize(source, "t.py").stream().filter(t -> t.kind() == kind)
                .map(Token::text).toList();
    }

    @Test
    void nestedBlocksIndentAndDedentTogether() {
        List<Token> tokens = Tokenizer.tokenize("if a:\n    if b:\n        c\nd\n", "t.py");
        assertEquals("NAME NAME OP NEWLINE INDENT NAME NAME OP NEWLINE INDENT NAME NEWLINE DEDENT DEDENT"
                + " NAME NEWLINE ENDMARKER", kinds("if a:\n    if b:\n        c\nd\n"));
        Token dedent = tokens.get(12);
        assertEquals(new Token(TokenKind.DEDENT, "", 4, 0, 4, 0), dedent);
        assertEquals(new Token(TokenKind.INDENT, "        ", 3, 0, 3, 8), tokens.get(9));
    }

    @Test
    void tabAdvancesToNextMultipleOfEight() {
        // "  \t" is column 8, as is "\t": the same block, and consistent under tab size 1 too
        // only when the tab comes in the same place.
        assertEquals("NAME NAME OP NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER",
                kinds("if a:\n  \tb\n  \tc\n"));
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> kinds("if a:\n  \tb\n\tc\n"));
        assertEquals("TabError", e.pythonType());
    }

    @Test
    void bracketsJoinLinesWithoutNewlineOrIndent() {
        assertEquals("NAME OP OP NUMBER OP NL NUMBER OP NL OP NEWLINE ENDMARKER", kinds("x = [1,\n        2,\n]\n"));
    }

    @Test
    void backslashJoinsLines() {
        assertEquals("NAME OP NUMBER OP NUMBER NEWLINE ENDMARKER", kinds("x = 1 + \\\n      2\n"));
    }

    @Test
    void blankAndCommentLinesAreNlAndKeepTheBlock() {
        assertEquals("NAME NAME OP NEWLINE INDENT NAME NEWLINE NL COMMENT NL NAME NEWLINE DEDENT ENDMARKER",
                kinds("if a:\n    b\n\n# c\n    d\n"));
    }

    @Test
    void missingFinalNewlineIsSynthesized() {
        List<Token> tokens = Tokenizer.tokenize("x", "t.py");
        assertEquals(new Token(TokenKind.NEWLINE, "", 1, 1, 1, 2), tokens.get(1));
        assertEquals(new Token(TokenKind.ENDMARKER, "", 2, 0, 2, 0), tokens.get(2));
        assertEquals(List.of(new Token(TokenKind.ENDMARKER, "", 1, 0, 1, 0)), Tokenizer.tokenize("", "t.py"));
    }

    @Test
    void stringTokensKeepPrefixQuotesAndEscapesVerbatim() {
        assertEquals(List.of("Rb'\\x00'", "f'{a!r:>{w}}'", "'''a\n'b'\n'''", "u\"\\\"\""),
                texts("Rb'\\x00' f'{a!r:>{w}}' '''a\n'b'\n''' u\"\\\"\"\n", TokenKind.STRING));
        // "ur" is no prefix: a NAME, then a plain string.
        assertEquals("NAME STRING NEWLINE ENDMARKER", kinds("ur'x'\n"));
    }

    @Test
    void numberForms() {
        assertEquals(List.of("0x_fF", "0o7", "0B1_0", "1_000.5e-3_0", ".5j", "00", "09.5", "1E5J", "5."),
                texts("0x_fF 0o7 0B1_0 1_000.5e-3_0 .5j 00 09.5 1E5J 5.\n", TokenKind.NUMBER));
        // A number directly followed by a keyword that may follow one in valid code.
        assertEquals(List.of("1", "if", "x", "else", "2"),
                Tokenizer.tokenize("1if x else 2\n", "t.py").stream()
                        .filter(t -> t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.NAME)
                        .map(Token::text).toList());
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals(List.of("**=", "//=", ">>=", "<<=", "...", "->", ":=", "!=", "==", "@=", "**", "*", ".", "."),
                texts("**= //= >>= <<= ... -> := != == @= *** ..\n", TokenKind.OP));
    }

    @Test
    void columnsCountCodePoints() {
        List<Token> tokens = Tokenizer.tokenize("𝔘 = 'é𝔫'; x\n", "t.py");
        assertEquals(new Token(TokenKind.NAME, "𝔘", 1, 0, 1, 1), tokens.get(0));
        assertEquals(new Token(TokenKind.STRING, "'é𝔫'", 1, 4, 1, 8), tokens.get(2));
        assertEquals(new Token(TokenKind.NAME, "x", 1, 10, 1, 11), tokens.get(4));
    }

    @Test
    void ninetyNineLevelsOfIndentationAreTheLimit() {
        Tokenizer.tokenize(nestedIfs(99), "t.py");
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Tokenizer.tokenize(nestedIfs(100), "x.py"));
        // Pasted from CPython 3.11.7.
        assertEquals("  File \"x.py\", line 101\n    pass\nIndentationError: too many levels of indentation\n",
                e.formatDisplay());
    }

    private static String nestedIfs(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append(" ".repeat(i)).append("if 1:\n");
        }
        return b.append(" ".repeat(depth)).append("pass\n").toString();
    }

    @Test
    void twoHundredOpenBracketsAreTheLimit() {
        Tokenizer.tokenize("(".repeat(200) + ")".repeat(200) + "\n", "t.py");
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Tokenizer.tokenize("(".repeat(201) + ")".repeat(201) + "\n", "t.py"));
        assertEquals("too many nested parentheses", e.msg());
        assertEquals(201, e.offset());
    }
}

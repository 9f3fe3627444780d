package dev.isola.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the parser reports syntax errors as CPython 3.11's {@code compile(src, 'x.py', 'exec')}
 * does: type, message, line, offset, end line and end offset. The expectations were produced
 * by python3 3.11.7 and are written out so the test runs without it.
 */
class ParserErrorTest {

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("x = = 1\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
            Arguments.of("if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5),
            Arguments.of("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5),
            Arguments.of("def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 7),
            Arguments.of("class A:\nx\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 2),
            Arguments.of("for x in y:\nx\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2),
            Arguments.of("while x:\nx\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 2),
            Arguments.of("try:\nx\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2),
            Arguments.of("try:\n x\nexcept:\nx\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2),
            Arguments.of("try:\n x\nfinally:\nx\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 2),
            Arguments.of("with a:\nx\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2),
            Arguments.of("if x:\n x\nelse:\nx\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2),
            Arguments.of("if x:\n x\nelif y:\nx\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 2),
            Arguments.of("  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 1, -1),
            Arguments.of("x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2, 2, -1),
            Arguments.of("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2),
            Arguments.of("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4),
            Arguments.of("x + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6),
            Arguments.of("(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
            Arguments.of("del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8),
            Arguments.of("del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6),
            Arguments.of("x += 1 = 2\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
            Arguments.of("f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4),
            Arguments.of("(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7),
            Arguments.of("for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
            Arguments.of("def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13),
            Arguments.of("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15),
            Arguments.of("f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10),
            Arguments.of("f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9),
            Arguments.of("x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
            Arguments.of("x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8),
            Arguments.of("a b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
            Arguments.of("x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0),
            Arguments.of("def f(:\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
            Arguments.of("lambda x=1, y: 0\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14),
            Arguments.of("f(a for a in b for c in d if e, )\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 31),
            Arguments.of("x: int, y: int = 1, 2\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
            Arguments.of("import a as b.c\n", "SyntaxError", "invalid syntax", 1, 14, 1, 15),
            Arguments.of("from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17),
            Arguments.of("while x\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8),
            Arguments.of("else: pass\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5),
            Arguments.of("x = yield = 3\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10),
            Arguments.of("[x for x in 1 2]\n", "SyntaxError", "invalid syntax", 1, 15, 1, 16),
            Arguments.of("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8),
            Arguments.of("def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13),
            Arguments.of("True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 1, 5),
            Arguments.of("None = 1\n", "SyntaxError", "cannot assign to None", 1, 1, 1, 5),
            Arguments.of("f(x=1, x=2)\n", "SyntaxError", "keyword argument repeated: x", 1, 8, 1, 11),
            Arguments.of("x = 08\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6),
            Arguments.of("for x in y\n  pass\n", "SyntaxError", "expected ':'", 1, 11, 1, 11),
            Arguments.of("class A\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8),
            Arguments.of("f\"{}\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6),
            Arguments.of("f\"{x!z}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9),
            Arguments.of("f\"{x\"\n", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6),
            Arguments.of("f\"}\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5),
            Arguments.of("x.1\n", "SyntaxError", "invalid syntax", 1, 2, 1, 4),
            Arguments.of("(x := 1) = 2\n", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 8),
            Arguments.of("x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11),
            Arguments.of("x = 1\ny = )\n", "SyntaxError", "unmatched ')'", 2, 5, 2, 5),
            Arguments.of("if x:\n    pass\n  else:\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1),
            Arguments.of("def f():\n    x = 1\n        y = 2\n", "IndentationError", "unexpected indent", 3, 8, 3, -1),
            Arguments.of("f(a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
            Arguments.of("x = 'abc' 'de\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11, 1, 11),
            Arguments.of("a = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
            Arguments.of("x = [1, 2,, 3]\n", "SyntaxError", "invalid syntax", 1, 11, 1, 12),
            Arguments.of("del\n", "SyntaxError", "invalid syntax", 1, 4, 1, 4),
            Arguments.of("import\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7),
            Arguments.of("from x import\n", "SyntaxError", "invalid syntax", 1, 14, 1, 14),
            Arguments.of("f(=1)\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
            Arguments.of("x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0),
            Arguments.of("x = b'a' 'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13),
            Arguments.of("lambda: (yield)\nx = (*a)\n", "SyntaxError", "cannot use starred expression here", 2, 6, 2, 8),
            Arguments.of("x = ...= 1\n", "SyntaxError", "cannot assign to ellipsis", 1, 5, 1, 8),
            Arguments.of("class\n", "SyntaxError", "invalid syntax", 1, 6, 1, 6),
            Arguments.of("return 1 2\n", "SyntaxError", "invalid syntax", 1, 10, 1, 11),
            Arguments.of("if True:\n    x = 1\n\n  y\n", "IndentationError", "unindent does not match any outer indentation level", 4, 4, 4, -1),
            Arguments.of("while True:\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 12, 1, -1),
            Arguments.of("é = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
            Arguments.of("try:\n  pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2),
            Arguments.of("def f(:\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
            Arguments.of("f(a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
            Arguments.of("[1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8),
            Arguments.of("{1: 2 3: 4}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8),
            Arguments.of("[x for x y]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11),
            Arguments.of("def f:\n    pass\n", "SyntaxError", "expected '('", 1, 6, 1, 7),
            Arguments.of("def f()\n    pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8),
            Arguments.of("for x in y pass\n", "SyntaxError", "invalid syntax", 1, 12, 1, 16),
            Arguments.of("try pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 9),
            Arguments.of("a, b: int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2),
            Arguments.of("(a, b): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7),
            Arguments.of("[a]: int\n", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4),
            Arguments.of("f(): int\n", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4),
            Arguments.of("f(): x = 1\n", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4),
            Arguments.of("if x = 1:\n    pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9),
            Arguments.of("if x.y = 1:\n    pass\n", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7),
            Arguments.of("f(a, k=1 =2)\n", "SyntaxError", "invalid syntax", 1, 10, 1, 11),
            Arguments.of("with (a as b, c d):\n    pass\n", "SyntaxError", "invalid syntax", 1, 17, 1, 18),
            Arguments.of("x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0),
            Arguments.of("x = (1 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
            Arguments.of("x = (1,\ny = 2 3\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
            Arguments.of("while x = 1:\n    pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12),
            Arguments.of("def f(*args=1): pass\n", "SyntaxError", "var-positional argument cannot have default value", 1, 12, 1, 13),
            Arguments.of("print 'x'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10),
            Arguments.of("x = 1 +* 2\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
            Arguments.of("class A(:\n    pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10),
            Arguments.of("f(**k, a)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10),
            Arguments.of("from . import *, a\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17),
            Arguments.of("lambda *: 0\n", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10),
            Arguments.of("a = b = c = \n", "SyntaxError", "invalid syntax", 1, 13, 1, 13)
        );
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sameErrorAsCPython(String source, String type, String msg, int line, int offset, int endLine,
            int endOffset) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(source, "x.py"));
        assertEquals(type + ": " + msg + " @" + line + ":" + offset + "-" + endLine + ":" + endOffset,
                e.pythonType() + ": " + e.msg() + " @" + e.lineno() + ":" + e.offset() + "-" + e.endLineno()
                        + ":" + e.endOffset());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("async def f(): pass\n", "'async' statements are not supported by Isola yet", 1, 1),
                Arguments.of("def f():\n    async with a: pass\n", "'async' statements are not supported by Isola yet", 2, 5),
                Arguments.of("x = await y\n", "'await' is not supported by Isola yet", 1, 5),
                Arguments.of("match x:\n    case 1: pass\n", "'match' statements are not supported by Isola yet", 1, 1),
                Arguments.of("try:\n    pass\nexcept* E:\n    pass\n", "'except*' is not supported by Isola yet", 3, 7),
                Arguments.of("[x async for x in y]\n", "asynchronous comprehensions are not supported by Isola yet", 1, 4));
    }

    @Test
    void namedUnicodeEscapesDecodeByTheUnicodeNameTable() {
        Ast.Module m = Parser.parse("x = '\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{greek small letter alpha}'\n", "x.py");
        Ast.Assign a = (Ast.Assign) m.body().get(0);
        assertEquals("\u00e9\u03b1", ((Ast.Constant) a.value()).value());
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = '\\N{NO SUCH CHARACTER}'\n", "x.py"));
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode "
                + "character name", e.msg());
    }

    /** Features Isola does not run yet fail at parse time with a SyntaxError that names them. */
    @ParameterizedTest
    @MethodSource("refusals")
    void refusedFeatureIsNamed(String source, String msg, int line, int offset) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(source, "x.py"));
        assertEquals("SyntaxError: " + msg + " @" + line + ":" + offset,
                e.pythonType() + ": " + e.msg() + " @" + e.lineno() + ":" + e.offset());
    }

    /** A soft keyword stays a name where it cannot start a match statement. */
    @org.junit.jupiter.api.Test
    void matchAsNameStillParses() {
        assertEquals("Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Call(func=Attribute("
                + "value=Name(id='re', ctx=Load()), attr='match', ctx=Load()), args=[Name(id='p', ctx=Load())], "
                + "keywords=[])), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[], keywords=[]))], "
                + "type_ignores=[])", AstDump.dump(Parser.parse("match = re.match(p)\nmatch()\n", "x.py")));
    }
}

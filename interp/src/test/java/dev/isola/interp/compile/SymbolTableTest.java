package dev.isola.interp.compile;

import dev.isola.interp.compile.Scope.Kind;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The symbol table resolves names as CPython 3.11's {@code symtable} does, and reports its syntax
 * errors (and the compiler's block errors) with CPython's messages and positions; the expected
 * values were taken from CPython 3.11.7.
 */
class SymbolTableTest {
    private static Scope top(String src) {
        return SymbolTable.build(Parser.parse(src, "<t>"), "<t>", src).top();
    }

    /** The block reached by following child names from the top, e.g. {@code "f", "g"}. */
    private static Scope block(String src, String... path) {
        Scope s = top(src);
        for (String name : path) {
            s = s.children().stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no block " + name));
        }
        return s;
    }

    @Test
    void closureMakesCellInBinderAndFreeInUser() {
        String src = "def f():\n    x = 1\n    def g():\n        return x\n    return g\n";
        assertEquals(Kind.CELL, block(src, "f").kind("x"));
        assertEquals(Kind.FREE, block(src, "f", "g").kind("x"));
        assertEquals(List.of("x"), block(src, "f").cellvars());
        assertEquals(List.of("x"), block(src, "f", "g").freevars());
        assertEquals(Kind.LOCAL, block(src).kind("f"));
    }

    @Test
    void globalsExplicitAndImplicit() {
        String src = "def f():\n    global y\n    y = len(z)\n";
        Scope f = block(src, "f");
        assertEquals(Kind.GLOBAL_EXPLICIT, f.kind("y"));
        assertEquals(Kind.GLOBAL_IMPLICIT, f.kind("len"));
        assertEquals(Kind.GLOBAL_IMPLICIT, f.kind("z"));
    }

    @Test
    void nonlocalBindsToEnclosingFunction() {
        String src = "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n";
        assertEquals(Kind.CELL, block(src, "f").kind("x"));
        assertEquals(Kind.FREE, block(src, "f", "g").kind("x"));
    }

    @Test
    void classBodyIsSkippedByNestedFunctions() {
        String src = "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n";
        assertEquals(Kind.CELL, block(src, "f").kind("x"));
        Scope c = block(src, "f", "C");
        assertEquals(Kind.LOCAL, c.kind("x"));
        assertEquals(List.of("x"), c.freevars(), "the class passes the outer x through to m");
        assertEquals(Kind.FREE, block(src, "f", "C", "m").kind("x"));
    }

    @Test
    void freeVariablesPassThroughIntermediateFunctions() {
        String src = "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n";
        assertEquals(Kind.FREE, block(src, "f", "g").kind("x"));
        assertEquals(List.of("x"), block(src, "f", "g").freevars());
    }

    @Test
    void comprehensionIsAFunctionScopeWithImplicitArgument() {
        String src = "def f(n):\n    return [i * n for i in range(n)]\n";
        Scope comp = block(src, "f", "listcomp");
        assertEquals(List.of(".0"), comp.params());
        assertEquals(Kind.LOCAL, comp.kind("i"));
        assertEquals(Kind.FREE, comp.kind("n"));
        assertFalse(comp.has("range"), "the outermost iterable is evaluated in the enclosing scope");
        assertEquals(Kind.GLOBAL_IMPLICIT, block(src, "f").kind("range"));
        assertEquals(Kind.CELL, block(src, "f").kind("n"));
    }

    @Test
    void walrusInComprehensionBindsInEnclosingFunction() {
        String src = "def f(x):\n    [y := i for i in x]\n    return y\n";
        assertEquals(Kind.CELL, block(src, "f").kind("y"));
        assertEquals(Kind.FREE, block(src, "f", "listcomp").kind("y"));
        String mod = "[y := i for i in x]\n";
        assertEquals(Kind.GLOBAL_EXPLICIT, block(mod, "listcomp").kind("y"));
    }

    @Test
    void generatorFlags() {
        assertTrue(block("def f():\n    yield 1\n", "f").isGenerator());
        assertTrue(block("(x for x in y)\n", "genexpr").isGenerator());
        assertFalse(block("[x for x in y]\n", "listcomp").isGenerator());
    }

    @Test
    void parametersInFrameOrder() {
        Scope f = block("def f(a, /, b, *c, d, **e):\n    pass\n", "f");
        assertEquals(List.of("a", "b", "d", "c", "e"), f.params());
    }

    @Test
    void privateNamesAreMangledInClassBodies() {
        Scope c = block("class C:\n    __x = 1\n    __y__ = 2\n", "C");
        assertTrue(c.has("_C__x"));
        assertTrue(c.has("__y__"));
        assertEquals("_C__x", SymbolTable.mangle("__C", "__x"));
        assertEquals("__x", SymbolTable.mangle("__", "__x"));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1),
                Arguments.of("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5),
                Arguments.of("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3,
                        5),
                Arguments.of("def f():\n    x = 1\n    global x\n",
                        "name 'x' is assigned to before global declaration", 3, 5),
                Arguments.of("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5),
                Arguments.of("def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5),
                Arguments.of("def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1, 10),
                Arguments.of("lambda x, x: 0\n", "duplicate argument 'x' in function definition", 1, 11),
                Arguments.of("return 1\n", "'return' outside function", 1, 1),
                Arguments.of("yield 1\n", "'yield' outside function", 1, 1),
                Arguments.of("class C:\n    yield 1\n", "'yield' outside function", 2, 5),
                Arguments.of("break\n", "'break' outside loop", 1, 1),
                Arguments.of("continue\n", "'continue' not properly in loop", 1, 1),
                Arguments.of("for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 9),
                Arguments.of("[x for x in (y := [1])]\n",
                        "assignment expression cannot be used in a comprehension iterable expression", 1, 14),
                Arguments.of("def f():\n    [x for x in (y := [1])]\n",
                        "assignment expression cannot be used in a comprehension iterable expression", 2, 18),
                Arguments.of("[(x := 1) for x in y]\n",
                        "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3),
                Arguments.of("class C:\n    [(z := 1) for x in y]\n",
                        "assignment expression within a comprehension cannot be used in a class body", 2, 7),
                Arguments.of("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
                        "name 'x' is nonlocal and global", 4, 9),
                Arguments.of("def f():\n    from m import *\n", "import * only allowed at module level", 2, 19),
                Arguments.of("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8),
                Arguments.of("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
                        "default 'except:' must be last", 3, 1),
                Arguments.of("*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1),
                Arguments.of("a, *b, *c = x\n", "multiple starred expressions in assignment", 1, 1),
                Arguments.of("[(yield) for x in y]\n", "'yield' inside list comprehension", 1, 3),
                Arguments.of("def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5),
                Arguments.of("def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3, 5));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void syntaxErrorsMatchCPython(String src, String msg, int line, int offset) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile(src, "<t>"));
        assertEquals(msg, e.msg());
        assertEquals(line, e.lineno(), "line");
        assertEquals(offset, e.offset(), "offset");
        assertEquals("SyntaxError", e.pythonType());
        assertEquals(src.split("\n")[line - 1], e.text());
    }

    @Test
    void breakInFinallyInsideLoopIsAllowed() {
        Compiler.compile("def f():\n    while True:\n        try:\n            continue\n        finally:\n"
                + "            break\n", "<t>");
    }
}

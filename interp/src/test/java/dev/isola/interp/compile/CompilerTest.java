package dev.isola.interp.compile;

import dev.isola.interp.parse.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The instruction sequences that matter for representative snippets: call shapes, folding,
 * exception tables, unwinding, closures, comprehensions, positions and stack sizes. Every
 * compiled module is also run through {@link CodeChecker}.
 */
class CompilerTest {
    private static Code compile(String src) {
        Code code = Compiler.compile(src, "<t>");
        CodeChecker.check(code);
        return code;
    }

    /** The nested code object with this qualname, searched depth-first. */
    private static Code nested(Code code, String qualname) {
        if (code.qualname().equals(qualname)) {
            return code;
        }
        for (Object k : code.consts()) {
            if (k instanceof Code c) {
                Code r = nested(c, qualname);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** One string per instruction: the name, then the resolved argument (jumps: none). */
    private static List<String> ops(Code code) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < code.code().length; i++) {
            int op = Opcode.op(code.code()[i]);
            int arg = Opcode.arg(code.code()[i]);
            String name = Opcode.name(op);
            String r = switch (op) {
                case Opcode.LOAD_CONST -> Disassembler.repr(code.consts().get(arg));
                case Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.DELETE_FAST -> code.varnames().get(arg);
                case Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.LOAD_CLOSURE -> arg < code.cellvars().size()
                        ? code.cellvars().get(arg) : code.freevars().get(arg - code.cellvars().size());
                case Opcode.LOAD_GLOBAL, Opcode.STORE_GLOBAL, Opcode.DELETE_GLOBAL, Opcode.LOAD_NAME,
                        Opcode.STORE_NAME, Opcode.DELETE_NAME, Opcode.LOAD_ATTR, Opcode.STORE_ATTR,
                        Opcode.DELETE_ATTR, Opcode.LOAD_METHOD, Opcode.IMPORT_NAME, Opcode.IMPORT_FROM ->
                        code.names().get(arg);
                default -> Opcode.isJump(op) || arg == 0 && !takesZero(op) ? null : String.valueOf(arg);
            };
            out.add(r == null ? name : name + " " + r);
        }
        return out;
    }

    private static boolean takesZero(int op) {
        return op == Opcode.CALL || op == Opcode.BUILD_LIST || op == Opcode.BUILD_MAP || op == Opcode.BUILD_SET
                || op == Opcode.BUILD_TUPLE || op == Opcode.MAKE_FUNCTION || op == Opcode.CALL_FUNCTION_EX
                || op == Opcode.IS_OP || op == Opcode.CONTAINS_OP || op == Opcode.RAISE_VARARGS
                || op == Opcode.BINARY_OP || op == Opcode.COMPARE_OP || op == Opcode.FORMAT_VALUE;
    }

    private static void assertSeq(List<String> ops, String... seq) {
        if (Collections.indexOfSubList(ops, List.of(seq)) < 0) {
            fail("expected " + List.of(seq) + " in\n" + String.join("\n", ops));
        }
    }

    private static int count(List<String> ops, String op) {
        return (int) ops.stream().filter(op::equals).count();
    }

    private static int indexOf(Code code, int op) {
        for (int i = 0; i < code.code().length; i++) {
            if (Opcode.op(code.code()[i]) == op) {
                return i;
            }
        }
        return -1;
    }

    private static int[] position(Code code, int index) {
        return java.util.Arrays.copyOfRange(code.positions(), 4 * index, 4 * index + 4);
    }

    // ---- calls ----

    @Test
    void plainCallPushesNullThenCallable() {
        assertSeq(ops(compile("f(1)\n")), "PUSH_NULL", "LOAD_NAME f", "LOAD_CONST 1", "CALL 1", "POP_TOP");
    }

    @Test
    void methodCallUsesLoadMethod() {
        assertSeq(ops(compile("a.b(c)\n")), "LOAD_NAME a", "LOAD_METHOD b", "LOAD_NAME c", "CALL 1");
    }

    @Test
    void keywordCallPassesNamesTuple() {
        assertSeq(ops(compile("f(1, x=2)\n")), "PUSH_NULL", "LOAD_NAME f", "LOAD_CONST 1", "LOAD_CONST 2",
                "LOAD_CONST ('x',)", "CALL_KW 2");
        assertSeq(ops(compile("o.m(x=2)\n")), "LOAD_METHOD m", "LOAD_CONST 2", "LOAD_CONST ('x',)", "CALL_KW 1");
    }

    @Test
    void starArgsUseCallFunctionEx() {
        assertSeq(ops(compile("f(*a, **k)\n")), "PUSH_NULL", "LOAD_NAME f", "LOAD_NAME a", "BUILD_MAP 0",
                "LOAD_NAME k", "DICT_MERGE 1", "CALL_FUNCTION_EX 1");
        assertSeq(ops(compile("f(1, *a)\n")), "LOAD_CONST 1", "BUILD_LIST 1", "LOAD_NAME a", "LIST_EXTEND 1",
                "LIST_TO_TUPLE", "CALL_FUNCTION_EX 0");
        assertSeq(ops(compile("f(x=1, **k)\n")), "BUILD_TUPLE 0", "LOAD_CONST 'x'", "LOAD_CONST 1", "BUILD_MAP 1",
                "LOAD_NAME k", "DICT_MERGE 1", "CALL_FUNCTION_EX 1");
        List<String> m = ops(compile("o.m(*a)\n"));
        assertFalse(m.contains("LOAD_METHOD m"));
        assertSeq(m, "PUSH_NULL", "LOAD_NAME o", "LOAD_ATTR m");
    }

    // ---- folding ----

    @Test
    void foldsConstantArithmetic() {
        assertEquals(List.of("LOAD_CONST 1024", "STORE_NAME x", "LOAD_CONST None", "RETURN_VALUE"),
                ops(compile("x = 2**10\n")));
        assertSeq(ops(compile("x = -1\n")), "LOAD_CONST -1", "STORE_NAME x");
        assertSeq(ops(compile("x = ~5 + (3 * 4 - 1) // 2\n")), "LOAD_CONST -1", "STORE_NAME x");
        assertSeq(ops(compile("x = 'ab' * 3\n")), "LOAD_CONST 'ababab'");
        assertSeq(ops(compile("x = (1, 2, (3,))\n")), "LOAD_CONST (1, 2, (3,))", "STORE_NAME x");
        assertSeq(ops(compile("x = not 0\n")), "LOAD_CONST True");
        assertSeq(ops(compile("x = True | False\n")), "LOAD_CONST True");
    }

    @Test
    void neverFoldsWhatRaisesOrGrows() {
        assertSeq(ops(compile("x = 1/0\n")), "LOAD_CONST 1", "LOAD_CONST 0", "BINARY_OP 12");
        assertSeq(ops(compile("x = 1 << -1\n")), "LOAD_CONST 1", "LOAD_CONST -1", "BINARY_OP 6");
        assertSeq(ops(compile("x = 2 ** 1000\n")), "LOAD_CONST 2", "LOAD_CONST 1000", "BINARY_OP 5");
        assertSeq(ops(compile("x = 'a' * 5000\n")), "LOAD_CONST 'a'", "LOAD_CONST 5000", "BINARY_OP 2");
        assertSeq(ops(compile("x = -'a'\n")), "LOAD_CONST 'a'", "UNARY_NEGATIVE");
    }

    @Test
    void listDisplaysUsedAsIterablesBecomeTuples() {
        assertSeq(ops(compile("x in [1, 2]\n")), "LOAD_NAME x", "LOAD_CONST (1, 2)", "CONTAINS_OP 0");
        assertSeq(ops(compile("for x in [1, 2]: pass\n")), "LOAD_CONST (1, 2)", "GET_ITER", "FOR_ITER");
        assertSeq(ops(compile("x = [1, 2, 3]\n")), "BUILD_LIST 0", "LOAD_CONST (1, 2, 3)", "LIST_EXTEND 1");
        assertSeq(ops(compile("1 in [1, 2] in [[1, 2], 3]\n")), "LOAD_CONST 1", "LOAD_CONST 2", "BUILD_LIST 2",
                "SWAP 2", "COPY 2", "CONTAINS_OP 0");
    }

    // ---- expressions ----

    @Test
    void chainedComparisonUsesSwapAndCopy() {
        assertSeq(ops(compile("a < b < c\n")), "LOAD_NAME a", "LOAD_NAME b", "SWAP 2", "COPY 2", "COMPARE_OP 0",
                "JUMP_IF_FALSE_OR_POP", "LOAD_NAME c", "COMPARE_OP 0", "JUMP", "SWAP 2", "POP_TOP");
    }

    @Test
    void boolOpsJumpKeepingTheValue() {
        assertSeq(ops(compile("x = a and b or c\n")), "LOAD_NAME a", "JUMP_IF_FALSE_OR_POP", "LOAD_NAME b",
                "JUMP_IF_TRUE_OR_POP", "LOAD_NAME c", "STORE_NAME x");
    }

    @Test
    void isNoneTestJumpsOnNone() {
        assertSeq(ops(compile("if x is None:\n    y\n")), "LOAD_NAME x", "POP_JUMP_IF_NOT_NONE");
    }

    @Test
    void displaysWithUnpacking() {
        assertSeq(ops(compile("[*a, 1]\n")), "BUILD_LIST 0", "LOAD_NAME a", "LIST_EXTEND 1", "LOAD_CONST 1",
                "LIST_APPEND 1");
        assertSeq(ops(compile("{'a': 1, **d}\n")), "LOAD_CONST 'a'", "LOAD_CONST 1", "BUILD_MAP 1", "LOAD_NAME d",
                "DICT_UPDATE 1");
        assertSeq(ops(compile("{*s, x}\n")), "BUILD_SET 0", "LOAD_NAME s", "SET_UPDATE 1", "LOAD_NAME x",
                "SET_ADD 1");
        assertSeq(ops(compile("(a, b)\n")), "LOAD_NAME a", "LOAD_NAME b", "BUILD_TUPLE 2");
    }

    @Test
    void slicesBuildSliceObjects() {
        assertSeq(ops(compile("a[1:2]\n")), "LOAD_CONST 1", "LOAD_CONST 2", "BUILD_SLICE 2", "BINARY_SUBSCR");
        assertSeq(ops(compile("a[::2]\n")), "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST 2", "BUILD_SLICE 3");
    }

    @Test
    void fStringsFormatAndJoin() {
        assertSeq(ops(compile("f'x{a!r:>{w}}'\n")), "LOAD_CONST 'x'", "LOAD_NAME a", "LOAD_CONST '>'",
                "LOAD_NAME w", "FORMAT_VALUE 0", "BUILD_STRING 2", "FORMAT_VALUE 6", "BUILD_STRING 2");
    }

    // ---- assignment ----

    @Test
    void chainedAssignmentCopies() {
        assertSeq(ops(compile("a = b = 1\n")), "LOAD_CONST 1", "COPY 1", "STORE_NAME a", "STORE_NAME b");
    }

    @Test
    void augmentedAssignmentToAttributeAndSubscript() {
        assertSeq(ops(compile("a.b += 1\n")), "LOAD_NAME a", "COPY 1", "LOAD_ATTR b", "LOAD_CONST 1",
                "BINARY_OP 32", "SWAP 2", "STORE_ATTR b");
        assertSeq(ops(compile("a[i] -= 1\n")), "LOAD_NAME a", "LOAD_NAME i", "COPY 2", "COPY 2", "BINARY_SUBSCR",
                "LOAD_CONST 1", "BINARY_OP 33", "SWAP 3", "SWAP 2", "STORE_SUBSCR");
    }

    @Test
    void starredTargetUsesUnpackEx() {
        assertSeq(ops(compile("a, *b, c = x\n")), "LOAD_NAME x", "UNPACK_EX 257", "STORE_NAME a", "STORE_NAME b",
                "STORE_NAME c");
        assertSeq(ops(compile("a, b = x\n")), "UNPACK_SEQUENCE 2", "STORE_NAME a", "STORE_NAME b");
    }

    @Test
    void deleteTargets() {
        assertSeq(ops(compile("del x, a.b, a[0]\n")), "DELETE_NAME x", "LOAD_NAME a", "DELETE_ATTR b", "LOAD_NAME a",
                "LOAD_CONST 0", "DELETE_SUBSCR");
    }

    @Test
    void nameOpsFollowScopes() {
        Code f = nested(compile("def f():\n    global g\n    g = 1\n    h = 2\n    len(h)\n"), "f");
        assertSeq(ops(f), "LOAD_CONST 1", "STORE_GLOBAL g", "LOAD_CONST 2", "STORE_FAST h", "PUSH_NULL",
                "LOAD_GLOBAL len", "LOAD_FAST h", "CALL 1");
    }

    @Test
    void privateNamesAreMangled() {
        Code m = nested(compile("class C:\n    def m(self):\n        return self.__x\n"), "C.m");
        assertSeq(ops(m), "LOAD_FAST self", "LOAD_ATTR _C__x");
    }

    // ---- functions and classes ----

    @Test
    void closuresPassCells() {
        Code module = compile("def f(a):\n    x = 1\n    def g():\n        return x + a\n    return g\n");
        Code f = nested(module, "f");
        assertEquals(List.of("a", "x"), f.cellvars());
        assertArrayEquals(new int[] {0, -1}, f.cell2arg());
        assertSeq(ops(f), "LOAD_CLOSURE a", "LOAD_CLOSURE x", "BUILD_TUPLE 2", "LOAD_CONST <code f.<locals>.g>",
                "MAKE_FUNCTION 8", "STORE_FAST g");
        Code g = nested(module, "f.<locals>.g");
        assertEquals(List.of("a", "x"), g.freevars());
        assertSeq(ops(g), "LOAD_DEREF x", "LOAD_DEREF a", "BINARY_OP 0", "RETURN_VALUE");
        assertTrue((g.flags() & Code.NESTED) != 0);
    }

    @Test
    void defaultsAndKeywordDefaults() {
        Code m = compile("def f(a, b=1, *c, d, e=2, **k):\n    pass\n");
        assertSeq(ops(m), "LOAD_CONST 1", "BUILD_TUPLE 1", "LOAD_CONST 'e'", "LOAD_CONST 2", "BUILD_MAP 1",
                "LOAD_CONST <code f>", "MAKE_FUNCTION 3", "STORE_NAME f");
        Code f = nested(m, "f");
        assertEquals(2, f.argcount());
        assertEquals(2, f.kwonlyargcount());
        assertEquals(List.of("a", "b", "d", "e", "c", "k"), f.varnames());
        assertEquals(Code.VARARGS | Code.VARKEYWORDS, f.flags() & (Code.VARARGS | Code.VARKEYWORDS));
    }

    @Test
    void decoratorsApplyInReverseAndSetFirstLine() {
        Code m = compile("@d1\n@d2\ndef f():\n    pass\n");
        assertSeq(ops(m), "LOAD_NAME d1", "LOAD_NAME d2", "LOAD_CONST <code f>", "MAKE_FUNCTION 0", "CALL 0",
                "CALL 0", "STORE_NAME f");
        assertEquals(1, nested(m, "f").firstLineno());
    }

    @Test
    void classUsesBuildClassProtocol() {
        Code m = compile("class C(B, metaclass=M):\n    x = 1\n");
        assertSeq(ops(m), "PUSH_NULL", "LOAD_BUILD_CLASS", "LOAD_CONST <code C>", "MAKE_FUNCTION 0",
                "LOAD_CONST 'C'", "LOAD_NAME B", "LOAD_NAME M", "LOAD_CONST ('metaclass',)", "CALL_KW 4",
                "STORE_NAME C");
        assertSeq(ops(nested(m, "C")), "LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'C'",
                "STORE_NAME __qualname__", "LOAD_CONST 1", "STORE_NAME x", "LOAD_CONST None", "RETURN_VALUE");
    }

    @Test
    void qualnamesFollowCPython() {
        Code m = compile("def f():\n    def g():\n        return lambda: [x for x in y]\n"
                + "class C:\n    def m(self):\n        pass\n"
                + "def h():\n    global k\n    def k():\n        pass\n"
                + "z = lambda: 0\n");
        assertNotNull(nested(m, "f.<locals>.g"));
        assertNotNull(nested(m, "f.<locals>.g.<locals>.<lambda>"));
        assertNotNull(nested(m, "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>"));
        assertNotNull(nested(m, "C.m"));
        assertNotNull(nested(m, "k"));
        assertNotNull(nested(m, "<lambda>"));
        assertEquals("<lambda>", nested(m, "<lambda>").name());
    }

    @Test
    void comprehensionIsCalledWithOutermostIterator() {
        Code m = compile("[x for x in y if x]\n");
        assertSeq(ops(m), "PUSH_NULL", "LOAD_CONST <code <listcomp>>", "MAKE_FUNCTION 0", "LOAD_NAME y", "GET_ITER",
                "CALL 1");
        Code c = nested(m, "<listcomp>");
        assertEquals(List.of("BUILD_LIST 0", "LOAD_FAST .0", "FOR_ITER", "STORE_FAST x", "LOAD_FAST x",
                "POP_JUMP_IF_FALSE", "LOAD_FAST x", "LIST_APPEND 2", "JUMP", "RETURN_VALUE"), ops(c));
        assertEquals(1, c.argcount());
        assertSeq(ops(nested(compile("{k: v for k in a for v in b}\n"), "<dictcomp>")), "LOAD_FAST k",
                "LOAD_FAST v", "MAP_ADD 3");
    }

    @Test
    void generatorsYield() {
        Code g = nested(compile("(x for x in y)\n"), "<genexpr>");
        assertTrue((g.flags() & Code.GENERATOR) != 0);
        assertSeq(ops(g), "LOAD_FAST x", "YIELD_VALUE", "POP_TOP", "JUMP");
        Code f = nested(compile("def f():\n    yield 1\n"), "f");
        assertTrue((f.flags() & Code.GENERATOR) != 0);
        assertSeq(ops(f), "LOAD_CONST 1", "YIELD_VALUE", "POP_TOP");
    }

    @Test
    void yieldFromLoopsOnSend() {
        Code f = nested(compile("def f():\n    yield from g\n"), "f");
        assertSeq(ops(f), "LOAD_GLOBAL g", "GET_YIELD_FROM_ITER", "LOAD_CONST None", "SEND", "YIELD_VALUE", "JUMP");
        int send = indexOf(f, Opcode.SEND);
        assertEquals(send, Opcode.arg(f.code()[send + 2]), "the JUMP goes back to SEND");
    }

    // ---- control flow and exceptions ----

    @Test
    void tryExceptTable() {
        Code m = compile("try:\n    f()\nexcept E as e:\n    g()\n");
        List<String> ops = ops(m);
        int[] t = m.exceptionTable();
        assertTrue(t.length >= 15, "body, handler and cleanup ranges");
        assertEquals(0, t[0], "the body starts the code");
        assertEquals(0, t[3], "depth at the try");
        assertEquals(Opcode.PUSH_EXC_INFO, Opcode.op(m.code()[t[2]]));
        for (int i = 4; i < t.length; i += 5) {
            assertEquals(0, t[i], "no lasti");
        }
        assertSeq(ops, "PUSH_EXC_INFO", "LOAD_NAME E", "CHECK_EXC_MATCH", "POP_JUMP_IF_FALSE", "STORE_NAME e");
        assertSeq(ops, "POP_EXCEPT", "LOAD_CONST None", "STORE_NAME e", "DELETE_NAME e", "JUMP");
        assertSeq(ops, "LOAD_CONST None", "STORE_NAME e", "DELETE_NAME e", "RERAISE");
        assertSeq(ops, "SWAP 2", "POP_EXCEPT", "RERAISE");
    }

    @Test
    void finallyBodyIsCopiedOnEveryExit() {
        Code m = compile("try:\n    f()\nfinally:\n    g()\n");
        assertEquals(2, count(ops(m), "LOAD_NAME g"), "normal and exceptional paths");
        Code f = nested(compile("def f(c):\n    try:\n        if c:\n            return h()\n    finally:\n"
                + "        g()\n"), "f");
        assertEquals(3, count(ops(f), "LOAD_GLOBAL g"), "return, fall-through and exception");
        assertSeq(ops(f), "LOAD_GLOBAL g", "CALL 0", "POP_TOP", "RETURN_VALUE");
    }

    @Test
    void returnFromHandlerRestoresException() {
        Code f = nested(compile("def f():\n    try:\n        pass\n    except E as e:\n        return x\n"), "f");
        assertSeq(ops(f), "LOAD_GLOBAL x", "SWAP 2", "POP_EXCEPT", "LOAD_CONST None", "STORE_FAST e",
                "DELETE_FAST e", "RETURN_VALUE");
    }

    @Test
    void withCallsExitOnBothPaths() {
        Code m = compile("with a as b:\n    c\n");
        assertSeq(ops(m), "LOAD_NAME a", "BEFORE_WITH", "STORE_NAME b", "LOAD_NAME c", "POP_TOP", "LOAD_CONST None",
                "LOAD_CONST None", "LOAD_CONST None", "CALL 2", "POP_TOP", "JUMP", "PUSH_EXC_INFO",
                "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE", "RERAISE", "SWAP 2", "POP_EXCEPT", "RERAISE", "POP_TOP",
                "POP_EXCEPT", "POP_TOP");
        int[] t = m.exceptionTable();
        assertEquals(1, t[3], "the handler keeps __exit__ on the stack");
        assertEquals(Opcode.PUSH_EXC_INFO, Opcode.op(m.code()[t[2]]));
    }

    @Test
    void breakAndContinueUnwindLoops() {
        Code m = compile("for x in y:\n    if x:\n        break\n    continue\n");
        List<String> ops = ops(m);
        assertSeq(ops, "POP_JUMP_IF_FALSE", "POP_TOP", "JUMP");
        int forIter = indexOf(m, Opcode.FOR_ITER);
        boolean continues = false;
        for (int i = forIter + 1; i < m.code().length; i++) {
            if (Opcode.op(m.code()[i]) == Opcode.JUMP && Opcode.arg(m.code()[i]) == forIter) {
                continues = true;
            }
        }
        assertTrue(continues);
        Code w = compile("while x:\n    y\n");
        int jump = indexOf(w, Opcode.JUMP);
        assertEquals(0, Opcode.arg(w.code()[jump]), "a while loop jumps backwards (a check point)");
    }

    @Test
    void breakInsideWithCallsExit() {
        Code m = compile("for x in y:\n    with a:\n        break\n");
        assertSeq(ops(m), "POP_TOP", "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None", "CALL 2", "POP_TOP",
                "POP_TOP", "JUMP");
    }

    @Test
    void assertRaisesAssertionError() {
        assertSeq(ops(compile("assert x, 'm'\n")), "LOAD_NAME x", "POP_JUMP_IF_TRUE", "LOAD_ASSERTION_ERROR",
                "LOAD_CONST 'm'", "CALL 0", "RAISE_VARARGS 1");
    }

    @Test
    void imports() {
        assertSeq(ops(compile("import a.b\n")), "LOAD_CONST 0", "LOAD_CONST None", "IMPORT_NAME a.b",
                "STORE_NAME a");
        assertSeq(ops(compile("import a.b.c as d\n")), "IMPORT_NAME a.b.c", "IMPORT_FROM b", "SWAP 2", "POP_TOP",
                "IMPORT_FROM c", "STORE_NAME d", "POP_TOP");
        assertSeq(ops(compile("from .m import x as y\n")), "LOAD_CONST 1", "LOAD_CONST ('x',)", "IMPORT_NAME m",
                "IMPORT_FROM x", "STORE_NAME y", "POP_TOP");
        assertSeq(ops(compile("from m import *\n")), "IMPORT_NAME m", "IMPORT_STAR");
    }

    @Test
    void interactiveEchoesExpressions() {
        String src = "1 + x\n";
        Code code = Compiler.compileInteractive(Parser.parse(src, "<stdin>"), "<stdin>", src);
        assertSeq(ops(code), "LOAD_CONST 1", "LOAD_NAME x", "BINARY_OP 0", "PRINT_EXPR");
        assertFalse(ops(compile(src)).contains("PRINT_EXPR"));
    }

    @Test
    void annotationsAtModuleLevel() {
        assertSeq(ops(compile("x: int = 1\n")), "SETUP_ANNOTATIONS", "LOAD_CONST 1", "STORE_NAME x",
                "LOAD_NAME int", "LOAD_NAME __annotations__", "LOAD_CONST 'x'", "STORE_SUBSCR");
        assertFalse(ops(nested(compile("def f():\n    x: int = 1\n"), "f")).contains("LOAD_GLOBAL int"));
    }

    // ---- sizes and positions ----

    @Test
    void stackSizes() {
        assertEquals(1, compile("").stacksize());
        assertEquals(2, compile("a + b\n").stacksize());
        assertEquals(5, compile("f(a, b, c)\n").stacksize());
        assertEquals(3, compile("try:\n    pass\nexcept E:\n    pass\n").stacksize(), "prev exc, exc, bool");
    }

    @Test
    void positionsComeFromTheNode() {
        Code m = compile("x = aa + bbb\nf(\n  x)\nraise E\n");
        assertArrayEquals(new int[] {1, 1, 4, 12}, position(m, indexOf(m, Opcode.BINARY_OP)));
        assertArrayEquals(new int[] {1, 1, 4, 6}, position(m, indexOf(m, Opcode.LOAD_NAME)));
        assertArrayEquals(new int[] {2, 3, 0, 4}, position(m, indexOf(m, Opcode.CALL)));
        assertArrayEquals(new int[] {4, 4, 0, 7}, position(m, indexOf(m, Opcode.RAISE_VARARGS)));
        Code s = compile("y = a[i]\n");
        assertArrayEquals(new int[] {1, 1, 4, 8}, position(s, indexOf(s, Opcode.BINARY_SUBSCR)));
    }

    @Test
    void assertRaisesWithCPythonPositions() {
        Code m = compile("assert a < b\nassert f(a)\nassert g and b < c, 'm'\n");
        List<int[]> raises = new ArrayList<>();
        for (int i = 0; i < m.code().length; i++) {
            if (Opcode.op(m.code()[i]) == Opcode.RAISE_VARARGS) {
                raises.add(position(m, i));
            }
        }
        assertArrayEquals(new int[] {1, 1, 7, 12}, raises.get(0), "the comparison's span");
        assertArrayEquals(new int[] {2, 2, 0, 11}, raises.get(1), "the statement's span");
        assertArrayEquals(new int[] {3, 3, 13, 18}, raises.get(2), "the last comparison tested");
    }

    @Test
    void classPrologueHasTheFirstLine() {
        Code c = nested(compile("@d\nclass C:\n    pass\n"), "C");
        assertEquals(1, c.firstLineno());
        assertArrayEquals(new int[] {1, 1, 0, 0}, position(c, 0));
    }

    @Test
    void debugIsTrue() {
        assertSeq(ops(compile("x = __debug__\n")), "LOAD_CONST True", "STORE_NAME x");
        assertFalse(ops(compile("if not __debug__:\n    f()\n")).contains("LOAD_NAME f"));
    }

    @Test
    void unreachableCodeIsDropped() {
        Code f = nested(compile("def f():\n    return 1\n    g()\n"), "f");
        assertEquals(List.of("LOAD_CONST 1", "RETURN_VALUE"), ops(f));
        assertSeq(ops(compile("x = 'abc'[-1]\n")), "LOAD_CONST 'c'", "STORE_NAME x");
    }

    @Test
    void disassemblerListsNestedCode() {
        String d = Disassembler.dis(compile("def f():\n    return 1\n"));
        assertTrue(d.contains("LOAD_CONST"), d);
        assertTrue(d.contains("Disassembly of <code f"), d);
        assertTrue(d.contains("(<code f>)"), d);
    }
}

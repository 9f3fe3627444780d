package dev.isola.interp.modules;

import static dev.isola.objects.BuiltinType.OVERFLOW_ERROR;
import static dev.isola.objects.BuiltinType.SYSTEM_EXIT;
import static dev.isola.objects.BuiltinType.TYPE_ERROR;
import static dev.isola.objects.BuiltinType.VALUE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.PyException;
import org.junit.jupiter.api.Test;

/** The sys module: streams, argv, exit, the recursion limit and the constants. */
class SysModuleTest extends ModuleTestSupport {
    @Override
    protected String input() {
        return "one\ntwo";
    }

    private long method(long obj, String name, long... args) {
        return track(Abstract.callMethod(s, obj, name, args));
    }

    @Test
    void argvHoldsTheInterpreterArguments() {
        assertEquals("['prog', 'a1']", repr(sys("argv")));
    }

    @Test
    void pathStartsWithTheCurrentDirectoryAndEndsWithTheBundledLibrary() {
        assertEquals("['', 'isola://stdlib']", repr(sys("path")));
    }

    @Test
    void stdoutWriteReturnsTheCharacterCount() {
        assertEquals("3", repr(method(sys("stdout"), "write", str("h\u00e9\uD83D\uDE00"))));
        assertEquals("None", repr(method(sys("stdout"), "flush")));
        assertEquals("2", repr(method(sys("stderr"), "write", str("e\n"))));
        assertEquals("h\u00e9\uD83D\uDE00", stdout());
        assertEquals("e\n", stderr());
        assertEquals(sys("stdout"), sys("__stdout__"));
    }

    @Test
    void streamErrorsAreCPythons() {
        assertEquals("write() argument must be str, not int", raises(TYPE_ERROR, () -> method(sys("stdout"), "write", integer(1))));
        assertEquals("TextIOWrapper.write() takes exactly one argument (0 given)",
                raises(TYPE_ERROR, () -> method(sys("stdout"), "write")));
        assertEquals("TextIOWrapper.flush() takes no arguments (1 given)",
                raises(TYPE_ERROR, () -> method(sys("stdout"), "flush", integer(1))));
    }

    @Test
    void streamAttributes() {
        assertEquals("'utf-8'", repr(track(Abstract.getAttr(s, sys("stdout"), "encoding"))));
        assertEquals("'<stdout>'", repr(track(Abstract.getAttr(s, sys("stdout"), "name"))));
        assertEquals("'<stderr>'", repr(track(Abstract.getAttr(s, sys("stderr"), "name"))));
        assertEquals("'<stdin>'", repr(track(Abstract.getAttr(s, sys("stdin"), "name"))));
        assertEquals("0", repr(method(sys("stdin"), "fileno")));
        assertEquals("1", repr(method(sys("stdout"), "fileno")));
        assertEquals("2", repr(method(sys("stderr"), "fileno")));
        assertEquals("<class '_io.TextIOWrapper'>", r("type", sys("stdout")));
    }

    @Test
    void stdinReadlineKeepsTheNewline() {
        assertEquals("'one\\n'", repr(method(sys("stdin"), "readline")));
        assertEquals("'two'", repr(method(sys("stdin"), "readline")));
        assertEquals("''", repr(method(sys("stdin"), "readline")));
    }

    @Test
    void exitRaisesSystemExitWithTheCode() {
        long exit = sys("exit");
        assertEquals("3", exitArgs(exit, integer(3)));
        assertEquals("()", exitArgs(exit));
        assertEquals("()", exitArgs(exit, none()));
        assertEquals("('bye',)", exitArgs(exit, str("bye")));
        assertEquals("exit expected at most 1 argument, got 2", raises(TYPE_ERROR, () -> callObject(exit, integer(1), integer(2))));
    }

    private String exitArgs(long exit, long... args) {
        try {
            callObject(exit, args);
        } catch (PyException e) {
            try {
                assertTrue(e.matches(type(SYSTEM_EXIT)));
                long a = ExceptionTypes.args(e.exception());
                String text = repr(a);
                return text.equals("(3,)") ? "3" : text;
            } finally {
                e.release(s);
            }
        }
        throw new AssertionError("no SystemExit");
    }

    @Test
    void recursionLimit() {
        assertEquals("1000", repr(callObject(sys("getrecursionlimit"))));
        callObject(sys("setrecursionlimit"), integer(50));
        assertEquals(50, interp.recursionLimit());
        assertEquals("50", repr(callObject(sys("getrecursionlimit"))));
        assertEquals("recursion limit must be greater or equal than 1",
                raises(VALUE_ERROR, () -> callObject(sys("setrecursionlimit"), integer(0))));
        assertEquals("'float' object cannot be interpreted as an integer",
                raises(TYPE_ERROR, () -> callObject(sys("setrecursionlimit"), flt(1.5))));
        assertEquals("Python int too large to convert to C int",
                raises(OVERFLOW_ERROR, () -> callObject(sys("setrecursionlimit"), integer(1L << 40))));
        assertEquals("sys.getrecursionlimit() takes no arguments (1 given)",
                raises(TYPE_ERROR, () -> callObject(sys("getrecursionlimit"), integer(1))));
    }

    @Test
    void constants() {
        assertEquals("9223372036854775807", repr(sys("maxsize")));
        assertEquals("1114111", repr(sys("maxunicode")));
        assertEquals("'linux'", repr(sys("platform")));
        assertEquals("'little'", repr(sys("byteorder")));
        assertEquals("''", repr(sys("executable")));
        assertEquals("sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)", repr(sys("version_info")));
        assertTrue(repr(sys("version")).startsWith("'3.11"));
        assertEquals("'utf-8'", repr(callObject(sys("getdefaultencoding"))));
    }

    @Test
    void modulesIsTheInterpretersRegistry() {
        assertEquals(interp.modules(), sys("modules"));
        assertEquals(interp.sys(), dev.isola.objects.DictType.getItemString(s, sys("modules"), "sys"));
        assertEquals(interp.builtins(), dev.isola.objects.DictType.getItemString(s, sys("modules"), "builtins"));
    }

    @Test
    void internReturnsOneObjectPerText() {
        long a = callObject(sys("intern"), track(Abstract.binaryOp(s, str("ab"), str("cd"), dev.isola.objects.NumberOp.ADD)));
        long b = callObject(sys("intern"), track(Abstract.binaryOp(s, str("a"), str("bcd"), dev.isola.objects.NumberOp.ADD)));
        assertEquals(a, b);
        assertEquals("intern() argument must be str, not int", raises(TYPE_ERROR, () -> callObject(sys("intern"), integer(1))));
        assertEquals(BuiltinType.TEXT_IO.pyName(), "TextIOWrapper");
    }

    @Test
    void streamReprAndIsatty() {
        assertEquals("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", repr(sys("stdout")));
        assertEquals("False", repr(method(sys("stdout"), "isatty")));
        assertEquals("'not writable'", repr(track(dev.isola.objects.StrType.fromJava(s,
                raises(BuiltinType.OS_ERROR, () -> method(sys("stdin"), "write", str("x")))))));
    }

    @Test
    void exitWithATupleUsesItAsArgsAndWritelinesWritesEachLine() {
        assertEquals("(1, 2)", exitArgs(sys("exit"), tuple(integer(1), integer(2))));
        assertEquals("None", repr(method(sys("stdout"), "writelines", list(str("a\n"), str("b")))));
        assertEquals("a\nb", stdout());
        assertEquals("write() argument must be str, not int",
                raises(TYPE_ERROR, () -> method(sys("stdout"), "writelines", ints(1))));
    }

    @Test
    void varsOfAModuleIsItsDict() {
        long dict = dev.isola.memory.Memory.getLong(interp.sys() + dev.isola.objects.CodeLayouts.MODULE_DICT_OFFSET);
        assertEquals(dict, callObject(builtin("vars"), interp.sys()));
    }

    @Test
    void sysFunctionMessagesNameTheModule() {
        assertEquals("sys.exit() takes no keyword arguments",
                raises(TYPE_ERROR, () -> callKwObject(sys("exit"), new long[0], "x", integer(1))));
        assertEquals("sys.intern() takes exactly one argument (0 given)", raises(TYPE_ERROR, () -> callObject(sys("intern"))));
        assertEquals("'float' object cannot be interpreted as an integer",
                raises(TYPE_ERROR, () -> method(sys("stdin"), "readline", flt(1.5))));
        assertEquals("'on'", repr(method(sys("stdin"), "readline", integer(2))));
    }
}

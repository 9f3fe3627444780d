package dev.isola.interp.modules;

import static dev.isola.objects.BuiltinType.EOF_ERROR;
import static dev.isola.objects.BuiltinType.TYPE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isola.objects.DictType;
import org.junit.jupiter.api.Test;

/** print and input against captured streams. */
class BuiltinsIOTest extends ModuleTestSupport {
    @Override
    protected String input() {
        return "first line\r\nsecond\nlast";
    }

    @Test
    void printWritesStrOfEachArgumentWithSepAndEnd() {
        call("print", integer(1), str("a"), list(str("b")));
        call("print");
        callKw("print", new long[] {integer(1), integer(2)}, "sep", str("-"), "end", str("!\n"));
        callKw("print", new long[] {integer(3)}, "sep", none(), "end", none(), "flush", s.space().trueObject());
        assertEquals("1 a ['b']\n\n1-2!\n3\n", stdout());
    }

    @Test
    void printToStderrAndToAnyFileObject() {
        callKw("print", new long[] {str("oops")}, "file", sys("stderr"));
        assertEquals("oops\n", stderr());
        callKw("print", new long[] {str("x")}, "file", none());
        assertEquals("x\n", stdout());
        assertEquals("'int' object has no attribute 'write'",
                raises(dev.isola.objects.BuiltinType.ATTRIBUTE_ERROR, () -> callKw("print", new long[] {integer(1)}, "file", integer(1))));
    }

    @Test
    void printFollowsAReplacedSysStdout() {
        long sysDict = dev.isola.memory.Memory.getLong(interp.sys() + dev.isola.objects.CodeLayouts.MODULE_DICT_OFFSET);
        DictType.setItemString(s, sysDict, "stdout", sys("stderr"));
        call("print", str("moved"));
        assertEquals("moved\n", stderr());
        assertEquals("", stdout());
        DictType.setItemString(s, sysDict, "stdout", none());
        call("print", str("lost"));
        assertEquals("moved\n", stderr());
        DictType.delItem(s, sysDict, str("stdout"));
        assertEquals("lost sys.stdout", raises(dev.isola.objects.BuiltinType.RUNTIME_ERROR, () -> call("print", str("x"))));
    }

    @Test
    void printErrors() {
        assertEquals("'x' is an invalid keyword argument for print()",
                raises(TYPE_ERROR, () -> callKw("print", new long[] {integer(1)}, "x", integer(1))));
        assertEquals("sep must be None or a string, not int",
                raises(TYPE_ERROR, () -> callKw("print", new long[0], "sep", integer(1))));
        assertEquals("end must be None or a string, not int",
                raises(TYPE_ERROR, () -> callKw("print", new long[0], "end", integer(1))));
    }

    @Test
    void inputShowsThePromptAndReadsLinesUntilEof() {
        assertEquals("'first line'", r("input", str("> ")));
        assertEquals("'second'", r("input"));
        assertEquals("'last'", r("input", integer(7)));
        assertEquals("> 7", stdout());
        assertEquals("EOF when reading a line", raises(EOF_ERROR, () -> call("input")));
        assertEquals("input expected at most 1 argument, got 2", raises(TYPE_ERROR, () -> call("input", integer(1), integer(2))));
    }
}

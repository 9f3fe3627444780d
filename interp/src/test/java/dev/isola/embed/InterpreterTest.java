package dev.isola.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.runtime.InterpreterConfig;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** exec/eval/call, errors, redirection, argv, allocators and close semantics. */
class InterpreterTest {
    @Test
    void execEvalCall() {
        try (Isola isola = Isola.create(); PyInterpreter py = isola.newInterpreter()) {
            py.exec("def add(a, b=10):\n    return a + b\nx = add(1, 2)\n");
            assertEquals(3L, py.get("x"));
            assertEquals(13L, py.eval("add(x)"));
            assertEquals("ab", py.call("add", "a", "b"));
            assertEquals(List.of(1L, 2L), py.call("add", List.of(1), List.of(2)));
            py.exec("import json\ns = json.dumps({'k': [1, 2]})");
            assertEquals("{\"k\": [1, 2]}", py.get("s"));
        }
    }

    @Test
    void pythonExceptionsCarryTypeMessageAndTraceback() {
        try (Isola isola = Isola.create(); PyInterpreter py = isola.newInterpreter()) {
            py.exec("def f():\n    raise ValueError('bad value')\n");
            PythonException e = assertThrows(PythonException.class, () -> py.call("f"));
            assertEquals("ValueError", e.pythonType());
            assertEquals("bad value", e.pythonMessage());
            assertEquals("ValueError: bad value", e.getMessage());
            assertEquals("Traceback (most recent call last):\n"
                    + "  File \"<string>\", line 2, in f\n"
                    + "ValueError: bad value\n", e.traceback());
            e = assertThrows(PythonException.class, () -> py.eval("1 / 0"));
            assertEquals("ZeroDivisionError", e.pythonType());
            assertEquals("division by zero", e.pythonMessage());
            e = assertThrows(PythonException.class, () -> py.call("nope"));
            assertEquals("NameError", e.pythonType());
            assertEquals("name 'nope' is not defined", e.pythonMessage());
            e = assertThrows(PythonException.class, () -> py.get("nope"));
            assertEquals("NameError", e.pythonType());
            py.exec("class MyError(Exception): pass");
            e = assertThrows(PythonException.class, () -> py.exec("raise MyError('m')"));
            assertEquals("MyError", e.pythonType());
            e = assertThrows(PythonException.class, () -> py.exec("import json\njson.loads('{')"));
            assertEquals("json.decoder.JSONDecodeError", e.pythonType());
            // the interpreter is still usable
            assertEquals(2L, py.eval("1 + 1"));
        }
    }

    @Test
    void syntaxErrors() {
        try (Isola isola = Isola.create(); PyInterpreter py = isola.newInterpreter()) {
            PythonException e = assertThrows(PythonException.class, () -> py.exec("x = (1,"));
            assertEquals("SyntaxError", e.pythonType());
            assertEquals("'(' was never closed", e.pythonMessage());
            assertTrue(e.traceback().contains("SyntaxError: '(' was never closed"), e.traceback());
            e = assertThrows(PythonException.class, () -> py.eval("x = 1"));
            assertEquals("SyntaxError", e.pythonType());
            e = assertThrows(PythonException.class, () -> py.exec("if 1:\nx"));
            assertEquals("IndentationError", e.pythonType());
        }
    }

    @Test
    void redirectionAndArgv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try (Isola isola = Isola.create();
                PyInterpreter py = isola.interpreter().stdout(out).stderr(err).argv(List.of("prog", "a1")).build()) {
            py.exec("import sys\nprint('héllo', sys.argv)\nprint('oops ✓', file=sys.stderr)");
            assertEquals("héllo ['prog', 'a1']\n", out.toString(StandardCharsets.UTF_8));
            assertEquals("oops ✓\n", err.toString());
        }
    }

    @Test
    void everyAllocatorReleasesEverything() {
        try (Isola isola = Isola.create()) {
            for (InterpreterConfig.AllocatorKind kind : InterpreterConfig.AllocatorKind.values()) {
                PyInterpreter py = isola.interpreter().allocator(kind).debugAllocator(true).build();
                py.exec("d = {i: str(i) * 3 for i in range(1000)}\nclass C: pass\nc = C(); c.self = c");
                PyObject c = (PyObject) py.get("c");
                assertEquals(1000L, py.eval("len(d)"));
                py.close();
                assertEquals(0, py.leakedBlocks(), kind + ": blocks left allocated");
                assertEquals("<released Python object>", c.toString());
            }
        }
    }

    @Test
    void useAfterCloseIsRefused() {
        Isola isola = Isola.create();
        PyInterpreter py = isola.newInterpreter();
        PyObject o = (PyObject) py.eval("object()");
        py.close();
        py.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> py.eval("1"));
        assertEquals("the Python interpreter is closed", e.getMessage());
        e = assertThrows(IllegalStateException.class, o::typeName);
        assertEquals("the Python interpreter is closed", e.getMessage());
        o.close();
        PyInterpreter left = isola.newInterpreter();
        isola.close();
        assertThrows(IllegalStateException.class, () -> left.exec("pass"));
        assertThrows(IllegalStateException.class, isola::newInterpreter);
    }

    @Test
    void twoInterpretersAreIsolated() {
        try (Isola isola = Isola.create(); PyInterpreter a = isola.newInterpreter();
                PyInterpreter b = isola.newInterpreter()) {
            a.set("shared", 1);
            a.exec("import sys\nsys.marker = 'a'");
            assertFalse(b.contains("shared"));
            assertEquals(false, b.eval("hasattr(__import__('sys'), 'marker')"));
            assertThrows(PythonException.class, () -> b.get("shared"));
        }
    }

    @Test
    void readmeExample() {
        StringWriter writer = new StringWriter();
        try (Isola isola = Isola.create();
                PyInterpreter py = isola.interpreter().allocator(InterpreterConfig.AllocatorKind.MIMALLOC)
                        .stdout(writer).argv(List.of("app")).build()) {
            py.exec("def greet(who, n=1):\n    return ['hi ' + who] * n");
            assertEquals(List.of("hi java", "hi java"), py.call("greet", "java", 2));
            py.set("data", java.util.Map.of("xs", new int[] {1, 2, 3}));
            assertEquals(6L, py.eval("sum(data['xs'])"));
            assertEquals("object", ((PyObject) py.eval("object")).repr().replace("<class '", "").replace("'>", ""));
        }
    }

    @Test
    void twoRuntimesCoexist() {
        try (Isola one = Isola.create(); Isola two = Isola.create();
                PyInterpreter a = one.newInterpreter(); PyInterpreter b = two.newInterpreter()) {
            a.set("x", 1);
            b.set("x", 2);
            assertEquals(1L, a.get("x"));
            assertEquals(2L, b.get("x"));
        }
    }
}

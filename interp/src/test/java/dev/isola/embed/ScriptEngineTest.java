package dev.isola.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** JSR-223: the engine is found by name, evaluates scripts, maps bindings to {@code __main__}. */
class ScriptEngineTest {
    @Test
    void engineByName() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("isola");
        assertNotNull(engine);
        try (AutoCloseable closing = (AutoCloseable) engine) {
            assertEquals("python", engine.getFactory().getLanguageName());
            assertEquals(4L, engine.eval("2 + 2"));
            assertNull(engine.eval("x = 40\ndef f(a):\n    return a + x\n"));
            assertEquals(42L, engine.eval("f(2)"));
            engine.put("name", "java");
            assertEquals("hi java", engine.eval("'hi ' + name"));
            assertEquals(40L, engine.get("x"));
            Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
            b.put("n", 7);
            assertEquals(49L, engine.eval("n * n"));
            engine.eval("made = [n, 'z']");
            assertEquals(java.util.List.of(7L, "z"), b.get("made"));
            StringWriter out = new StringWriter();
            engine.getContext().setWriter(out);
            engine.eval("print('printed')");
            assertEquals("printed\n", out.toString());
            ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("1 / 0"));
            assertTrue(e.getCause() instanceof PythonException);
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        }
    }

    @Test
    void engineByExtension() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByExtension("py");
        assertNotNull(engine);
        ((AutoCloseable) engine).close();
    }
}

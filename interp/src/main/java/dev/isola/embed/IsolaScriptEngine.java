package dev.isola.embed;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A JSR-223 engine over one {@link PyInterpreter}: {@code eval} runs a script in
 * {@code __main__} (the value of a lone expression is returned, else null), and the engine-scope
 * bindings are copied into {@code __main__} before each eval and back after it; {@code put} and
 * {@code get} reach {@code __main__} directly. Python's stdout and stderr go to the context's
 * writers.
 */
public final class IsolaScriptEngine extends AbstractScriptEngine implements AutoCloseable {
    private final IsolaScriptEngineFactory factory;
    private final Isola isola = Isola.create();
    private final StringWriter sink = new StringWriter();
    private final PyInterpreter py;

    IsolaScriptEngine(IsolaScriptEngineFactory factory) {
        this.factory = factory;
        this.py = isola.interpreter().stdout(new ContextWriter(this, false)).stderr(new ContextWriter(this, true))
                .build();
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        Bindings engine = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        if (engine != null) {
            for (Map.Entry<String, Object> e : engine.entrySet()) {
                if (!e.getKey().startsWith("javax.script.")) {
                    py.set(e.getKey(), e.getValue());
                }
            }
        }
        ScriptContext saved = context;
        context = ctx;
        try {
            Object result = null;
            if (isExpression(script)) {
                result = py.eval(script.strip());
            } else {
                py.exec(script);
            }
            if (engine != null) {
                for (String name : py.names()) {
                    engine.put(name, py.get(name));
                }
            }
            return result;
        } catch (PythonException e) {
            ScriptException se = new ScriptException(e.getMessage());
            se.initCause(e);
            throw se;
        } finally {
            context = saved;
        }
    }

    /** Whether {@code script} parses as one expression (so eval returns its value). */
    private boolean isExpression(String script) {
        try {
            py.exec("compile(" + quote(script.strip()) + ", '<string>', 'eval')");
            return true;
        } catch (PythonException e) {
            return false;
        }
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        StringWriter w = new StringWriter();
        try {
            reader.transferTo(w);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(w.toString(), ctx);
    }

    @Override
    public void put(String key, Object value) {
        super.put(key, value);
        py.set(key, value);
    }

    @Override
    public Object get(String key) {
        return py.contains(key) ? py.get(key) : super.get(key);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** The interpreter behind this engine. */
    public PyInterpreter interpreter() {
        return py;
    }

    @Override
    public void close() {
        isola.close();
    }

    /** Writes to the current context's writer (or error writer) at the time of each write. */
    private static final class ContextWriter extends java.io.Writer {
        private final IsolaScriptEngine engine;
        private final boolean error;

        ContextWriter(IsolaScriptEngine engine, boolean error) {
            this.engine = engine;
            this.error = error;
        }

        private java.io.Writer target() {
            ScriptContext c = engine.context;
            java.io.Writer w = c == null ? null : error ? c.getErrorWriter() : c.getWriter();
            return w == null ? engine.sink : w;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            target().write(cbuf, off, len);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }

        @Override
        public void close() {
        }
    }
}

package dev.isola.embed;

import dev.isola.interp.compile.Code;
import dev.isola.interp.compile.Compiler;
import dev.isola.interp.eval.CodeLoader;
import dev.isola.interp.eval.Frames;
import dev.isola.interp.modules.SysModule;
import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;
import dev.isola.interp.runtime.InterpreterLock;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.InterpreterConfig;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TupleType;
import dev.isola.memory.Memory;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One Python interpreter embedded in Java: its own objects, allocator, modules and
 * {@code __main__}, isolated from every other interpreter.
 *
 * <p>Every method takes the interpreter's own lock ({@link InterpreterState#enter}, a fair
 * reentrant lock shared with the interpreter's Python threads), so any Java thread (virtual
 * threads too) may call; two interpreters run in parallel on two threads. {@link #close()} while another thread
 * runs code here is refused with an {@link IllegalStateException}; once closed, every method
 * and every {@link PyObject} of this interpreter throws {@link IllegalStateException}.
 */
public final class PyInterpreter implements AutoCloseable {
    private final Isola isola;
    private final InterpreterState state;
    private final Streams streams;
    /** {@code __main__} (owned) and its dict (borrowed from it). */
    private final long main;
    private final long mainDict;
    /** Handles still holding a reference, released on close. */
    private final Set<PyObject> handles = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile boolean closed;

    PyInterpreter(Isola isola, InterpreterBuilder b) {
        this.isola = isola;
        InterpreterConfig config = b.config.build();
        this.streams = new Streams(b);
        this.state = isola.open(this, () -> isola.runtime().newInterpreter(config, b.argv, streams.out(),
                streams.err(), streams.in()));
        state.setEmbedder(this);
        ObjectState s = state.objects();
        state.enter();
        try {
            SysModule.configurePath(state, null, b.pythonPath);
            main = state.newModule("__main__");
            mainDict = Memory.getLong(main + CodeLayouts.MODULE_DICT_OFFSET);
            DictType.setItemString(s, state.modules(), "__main__", main);
        } finally {
            state.exit();
        }
    }

    /** Runs {@code code} as statements in {@code __main__}. */
    public void exec(String code) {
        with(s -> {
            long r = run(code, false);
            Objects.decref(s, r);
            return null;
        });
    }

    /** Evaluates the expression {@code expr} in {@code __main__}; returns its Java form. */
    public Object eval(String expr) {
        return with(s -> {
            long r = run(expr, true);
            try {
                return Conversions.toJava(this, s, r);
            } finally {
                Objects.decref(s, r);
            }
        });
    }

    /** Calls the function {@code name} of {@code __main__} with {@code args} converted. */
    public Object call(String name, Object... args) {
        return with(s -> {
            long fn = DictType.getItemString(s, mainDict, name);
            if (fn == 0) {
                throw Errors.raise(s, BuiltinType.NAME_ERROR, "name '" + name + "' is not defined");
            }
            return callObject(s, fn, args);
        });
    }

    /** Sets the {@code __main__} variable {@code name} to the Python form of {@code value}. */
    public void set(String name, Object value) {
        with(s -> {
            long v = Conversions.toPython(this, s, value);
            try {
                DictType.setItemString(s, mainDict, name, v);
            } finally {
                Objects.decref(s, v);
            }
            return null;
        });
    }

    /** The Java form of the {@code __main__} variable {@code name}; NameError when unset. */
    public Object get(String name) {
        return with(s -> {
            long v = DictType.getItemString(s, mainDict, name);
            if (v == 0) {
                throw Errors.raise(s, BuiltinType.NAME_ERROR, "name '" + name + "' is not defined");
            }
            return Conversions.toJava(this, s, v);
        });
    }

    /** Whether {@code __main__} has a variable {@code name}. */
    public boolean contains(String name) {
        return with(s -> DictType.getItemString(s, mainDict, name) != 0);
    }

    /** Deletes the {@code __main__} variable {@code name} if set; returns whether it was. */
    public boolean remove(String name) {
        return with(s -> {
            if (DictType.getItemString(s, mainDict, name) == 0) {
                return false;
            }
            exec("del " + name);
            return true;
        });
    }

    /** The names of {@code __main__}'s variables, without the dunder ones. */
    public List<String> names() {
        return with(s -> {
            List<String> out = new java.util.ArrayList<>();
            long[] cursor = new long[3];
            while (DictType.next(mainDict, cursor)) {
                String k = Abstract.strJava(s, cursor[1]);
                if (!(k.startsWith("__") && k.endsWith("__"))) {
                    out.add(k);
                }
            }
            return out;
        });
    }

    Object callObject(ObjectState s, long fn, Object[] args) {
        Object[] a = args == null ? new Object[] {null} : args;
        long tuple = TupleType.allocate(s, a.length);
        try {
            for (int i = 0; i < a.length; i++) {
                TupleType.initItem(s, tuple, i, Conversions.toPython(this, s, a[i]));
            }
            long r = Abstract.call(s, fn, tuple, 0);
            try {
                return Conversions.toJava(this, s, r);
            } finally {
                Objects.decref(s, r);
            }
        } finally {
            Objects.decref(s, tuple);
        }
    }

    private long run(String source, boolean expression) {
        String filename = "<string>";
        Code code;
        try {
            Ast.Module tree = Parser.parse(source, filename);
            code = expression ? Compiler.compileExpression(tree, filename, source)
                    : Compiler.compileModule(tree, filename, source);
        } catch (PySyntaxError e) {
            throw new PythonException(e.pythonType(), e.msg(), e.formatDisplay());
        }
        state.registerSource(filename, source);
        ObjectState s = state.objects();
        long codeObject = CodeLoader.load(state, code);
        try {
            return Frames.runCode(state, codeObject, mainDict, mainDict);
        } finally {
            Objects.decref(s, codeObject);
        }
    }

    /**
     * Runs {@code body} holding the lock, with Python exceptions turned into
     * {@link PythonException}s and the streams flushed.
     */
    <T> T with(Function<ObjectState, T> body) {
        if (isClosed()) {
            throw new IllegalStateException("the Python interpreter is closed");
        }
        state.enter();
        try {
            if (isClosed()) {
                throw new IllegalStateException("the Python interpreter is closed");
            }
            ObjectState s = state.objects();
            try {
                return body.apply(s);
            } catch (PyException e) {
                throw Failures.toJava(state, e);
            } finally {
                streams.flush();
            }
        } finally {
            state.exit();
        }
    }

    void track(PyObject o) {
        handles.add(o);
    }

    void untrack(PyObject o) {
        handles.remove(o);
    }

    ObjectState objects() {
        return state.objects();
    }

    boolean isClosed() {
        return closed || state.isClosed();
    }

    /**
     * Stops the code running in this interpreter: {@code KeyboardInterrupt} is raised at its next
     * check point (a loop's back edge or a call), on whichever thread reaches one first, as
     * CPython's {@code PyErr_SetInterrupt} does; the call that ran the code gets a
     * {@link PythonException}. Any thread may call this, while code runs. If none runs, the next
     * code run here gets it.
     */
    public void interrupt() {
        if (isClosed()) {
            throw new IllegalStateException("the Python interpreter is closed");
        }
        state.addPendingCall(i -> {
            throw Errors.raiseWithArgs(i.objects(), i.objects().space().type(BuiltinType.KEYBOARD_INTERRUPT),
                    i.objects().space().emptyTuple());
        });
    }

    /** The configuration the interpreter was made with. */
    public InterpreterConfig config() {
        return state.config();
    }

    /** The interpreter's id, as {@code _interpreters.get_current()} gives it in Python. */
    public long id() {
        return state.id();
    }

    /**
     * With {@link InterpreterBuilder#debugAllocator}: the blocks the allocator still held after close (0
     * when every byte was released); -1 otherwise or while open.
     */
    public int leakedBlocks() {
        return state.leakedBlocks();
    }

    /**
     * Releases every object and every byte of this interpreter; the handles it gave out become
     * unusable. Refused while code runs in it (on this thread or another). When the interpreter
     * was closed already (a legacy one goes with the main interpreter it shares with), this only
     * marks the handle closed.
     */
    @Override
    public void close() {
        InterpreterLock lock = state.lock();
        if (closed) {
            return;
        }
        if (state.isClosed()) {
            handles.clear();
            closed = true;
            isola.unregister(this);
            return;
        }
        if (lock.isHeldByCurrentThread() && state.config().lock() == InterpreterConfig.LockMode.OWN) {
            throw new IllegalStateException("cannot close the Python interpreter from code it is running");
        }
        if (state.isRunning()) {
            throw new IllegalStateException("cannot close the Python interpreter: another thread is running code in it");
        }
        state.enter();
        try {
            if (closed || state.isClosed()) {
                closed = true;
                return;
            }
            ObjectState s = state.objects();
            for (PyObject o : List.copyOf(handles)) {
                o.release(s);
            }
            handles.clear();
            closed = true;
            Objects.decref(s, main);
            state.close();
            streams.flush();
        } finally {
            state.exit();
            isola.unregister(this);
        }
    }
}

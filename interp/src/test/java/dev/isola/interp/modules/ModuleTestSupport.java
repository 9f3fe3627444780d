package dev.isola.interp.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.Runtime;
import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.DebugHooks;
import dev.isola.memory.Domain;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the module tests: one {@link Runtime} per test class, and per test a fresh
 * interpreter on an arena under the debug hooks, with captured stdout/stderr and the input
 * {@link #input()} gives. After each test the interpreter is closed and no block and no handle
 * may be left. Helpers return new references that are released after the test.
 */
abstract class ModuleTestSupport {
    private static Runtime runtime;

    protected InterpreterState interp;
    protected ObjectState s;
    private DebugHooks hooks;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final List<Long> tracked = new ArrayList<>();

    @BeforeAll
    static void createRuntime() {
        runtime = Runtime.create();
    }

    @AfterAll
    static void closeRuntime() {
        runtime.close();
    }

    /** What the interpreter reads as its standard input. */
    protected String input() {
        return "";
    }

    @BeforeEach
    void createInterpreter() {
        hooks = new DebugHooks();
        interp = runtime.newInterpreter(hooks.wrap(Domain.OBJ, new ArenaAllocator()), List.of("prog", "a1"),
                new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader(input())));
        s = interp.objects();
    }

    @AfterEach
    void closeAndCheckLeaks() {
        for (long addr : tracked) {
            Objects.decref(s, addr);
        }
        tracked.clear();
        interp.close();
        assertEquals(0, interp.handles().live(), "handles left after close");
        hooks.checkAll();
        List<DebugHooks.Block> leaks = hooks.liveBlocks();
        hooks.close();
        assertEquals(List.of(), leaks, "blocks left allocated after the test");
    }

    protected long track(long addr) {
        tracked.add(addr);
        return addr;
    }

    protected String stdout() {
        interp.out().flush();
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    protected String stderr() {
        interp.err().flush();
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** The builtin {@code name} (borrowed). */
    protected long builtin(String name) {
        long f = DictType.getItemString(s, interp.builtinsDict(), name);
        if (f == 0) {
            throw new AssertionError("no builtin " + name);
        }
        return f;
    }

    /** {@code sys.name} (borrowed). */
    protected long sys(String name) {
        long v = DictType.getItemString(s, dev.isola.memory.Memory.getLong(interp.sys()
                + dev.isola.objects.CodeLayouts.MODULE_DICT_OFFSET), name);
        if (v == 0) {
            throw new AssertionError("no sys." + name);
        }
        return v;
    }

    /** Calls {@code f(*args)}; the result is tracked. */
    protected long callObject(long f, long... args) {
        long tuple = TupleType.pack(s, args);
        try {
            return track(Abstract.call(s, f, tuple, 0));
        } finally {
            Objects.decref(s, tuple);
        }
    }

    /** Calls builtin {@code name(*args)}. */
    protected long call(String name, long... args) {
        return callObject(builtin(name), args);
    }

    /** Calls builtin {@code name(*args, **kw)}; {@code kw} alternates names (String) and values (Long). */
    protected long callKw(String name, long[] args, Object... kw) {
        return callKwObject(builtin(name), args, kw);
    }

    protected long callKwObject(long f, long[] args, Object... kw) {
        long tuple = TupleType.pack(s, args);
        long dict = DictType.newDict(s);
        try {
            for (int i = 0; i < kw.length; i += 2) {
                DictType.setItemString(s, dict, (String) kw[i], (Long) kw[i + 1]);
            }
            return track(Abstract.call(s, f, tuple, dict));
        } finally {
            Objects.decref(s, tuple);
            Objects.decref(s, dict);
        }
    }

    /** repr of builtin {@code name(*args)}. */
    protected String r(String name, long... args) {
        return repr(call(name, args));
    }

    protected long str(String text) {
        return track(StrType.fromJava(s, text));
    }

    protected long integer(long v) {
        return track(IntType.fromLong(s, v));
    }

    protected long big(String decimal) {
        return track(IntType.fromBig(s, new java.math.BigInteger(decimal)));
    }

    protected long flt(double v) {
        return track(dev.isola.objects.FloatType.fromDouble(s, v));
    }

    protected long tuple(long... items) {
        return track(TupleType.pack(s, items));
    }

    protected long list(long... items) {
        return track(ListType.pack(s, items));
    }

    protected long ints(long... values) {
        long l = track(ListType.newList(s));
        for (long v : values) {
            long i = IntType.fromLong(s, v);
            ListType.append(s, l, i);
            Objects.decref(s, i);
        }
        return l;
    }

    protected long type(BuiltinType t) {
        return s.space().type(t);
    }

    protected long none() {
        return s.space().none();
    }

    protected String repr(long addr) {
        return Abstract.reprJava(s, addr);
    }

    /** {@code repr(list(iterable))}. */
    protected String listRepr(long iterable) {
        return repr(call("list", iterable));
    }

    /** Runs {@code action}, expects a Python exception of {@code type}, returns {@code str(exception)}. */
    protected String raises(BuiltinType type, Runnable action) {
        try {
            action.run();
        } catch (PyException e) {
            try {
                if (!e.matches(s.space().type(type))) {
                    throw new AssertionError("expected " + type.pyName() + ", got " + e.getMessage());
                }
                return Abstract.strJava(s, e.exception());
            } finally {
                e.release(s);
            }
        }
        throw new AssertionError("expected " + type.pyName() + " to be raised");
    }
}

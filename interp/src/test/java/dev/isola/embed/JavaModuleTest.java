package dev.isola.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.modules.ModuleDef;
import dev.isola.interp.runtime.InterpreterConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Modules defined in Java through {@link JavaModule}: functions with converted arguments and
 * results, constants, state that is per interpreter and closed with it, Java exceptions as
 * Python ones, the multi-interpreter declaration; and the interpreter config through the
 * embedding API (legacy interpreters, memory limits).
 */
class JavaModuleTest {
    /** A state that counts its closing. */
    static final class Counter implements AutoCloseable {
        final AtomicLong value = new AtomicLong();
        final AtomicInteger closes;

        Counter(AtomicInteger closes) {
            this.closes = closes;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    private static JavaModule counterModule(AtomicInteger closes) {
        return JavaModule.builder("counter")
                .doc("Counts, once per interpreter.")
                .constant("STEP", 5)
                .constant("NAMES", List.of("a", "b"))
                .state(() -> new Counter(closes))
                .function("bump", call -> call.<Counter>state().value.addAndGet(
                        call.args().isEmpty() ? 1 : (Long) call.arg(0)))
                .function("describe", call -> Map.of("args", call.args(), "kwargs", call.kwargs()))
                .function("fail", call -> {
                    String kind = (String) call.arg(0);
                    switch (kind) {
                        case "value" -> throw new IllegalArgumentException("bad value");
                        case "index" -> throw new IndexOutOfBoundsException("too far");
                        case "python" -> throw new PythonException("KeyError", "'k'", "");
                        case "custom" -> throw new PythonException("NoSuchError", "odd", "");
                        default -> throw new java.io.IOException("disk on fire");
                    }
                })
                .function("ident", call -> call.interpreterId())
                .function("weird", call -> new Object())
                .build();
    }

    @Test
    void functionsConstantsAndPerInterpreterState() {
        AtomicInteger closes = new AtomicInteger();
        try (Isola isola = Isola.builder().module(counterModule(closes)).build();
                PyInterpreter a = isola.newInterpreter();
                PyInterpreter b = isola.newInterpreter()) {
            a.exec("import counter\nfor _ in range(3): counter.bump(counter.STEP)");
            b.exec("import counter\ncounter.bump()");
            assertEquals(15L, a.eval("counter.bump(0)"), "a's state only saw a's calls");
            assertEquals(1L, b.eval("counter.bump(0)"));
            assertEquals("Counts, once per interpreter.", a.eval("counter.__doc__"));
            assertEquals(List.of("a", "b"), a.eval("counter.NAMES"));
            assertEquals(Map.of("args", List.of(1L, "x"), "kwargs", Map.of("k", 2.5)),
                    a.eval("counter.describe(1, 'x', k=2.5)"));
            assertEquals(a.id(), a.eval("counter.ident()"));
            assertEquals(b.id(), b.eval("counter.ident()"));
            assertEquals(0, closes.get());
            b.close();
            assertEquals(1, closes.get(), "b's state was closed with b");
        }
        assertEquals(2, closes.get());
    }

    @Test
    void javaExceptionsBecomePythonOnes() {
        try (Isola isola = Isola.builder().module(counterModule(new AtomicInteger())).build();
                PyInterpreter py = isola.newInterpreter()) {
            py.exec("import counter\n"
                    + "def kind(k):\n"
                    + "    try:\n"
                    + "        counter.fail(k)\n"
                    + "    except Exception as e:\n"
                    + "        return f'{type(e).__name__}: {e}'\n");
            assertEquals("ValueError: bad value", py.call("kind", "value"));
            assertEquals("IndexError: too far", py.call("kind", "index"));
            assertEquals("KeyError: \"'k'\"", py.call("kind", "python"));
            assertEquals("RuntimeError: NoSuchError: odd", py.call("kind", "custom"));
            assertEquals("RuntimeError: counter.fail() raised java.io.IOException: disk on fire", py.call("kind", "io"));
            PythonException e = assertThrows(PythonException.class, () -> py.exec("counter.fail()"));
            assertEquals("TypeError", e.pythonType());
            e = assertThrows(PythonException.class, () -> py.exec("counter.weird()"));
            assertEquals("TypeError", e.pythonType());
            assertTrue(e.pythonMessage().contains("cannot convert a Java java.lang.Object"), e.pythonMessage());
            assertEquals(2L, py.eval("1 + 1"), "still usable");
        }
    }

    @Test
    void aModuleWithoutMultiInterpreterSupportLoadsOnlyInTheMainInterpreter() {
        JavaModule single = JavaModule.builder("single")
                .multipleInterpreters(ModuleDef.MultiInterp.NOT_SUPPORTED)
                .function("hello", call -> "hi")
                .build();
        try (Isola isola = Isola.builder().module(single).build();
                PyInterpreter main = isola.newInterpreter();
                PyInterpreter sub = isola.interpreter().config(InterpreterConfig.isolated()).build();
                PyInterpreter legacy = isola.interpreter().config(InterpreterConfig.legacy()).build()) {
            assertEquals("hi", main.eval("__import__('single').hello()"));
            PythonException e = assertThrows(PythonException.class, () -> sub.exec("import single"));
            assertEquals("ImportError", e.pythonType());
            assertEquals("module single does not support loading in subinterpreters", e.pythonMessage());
            assertEquals("hi", legacy.eval("__import__('single').hello()"), "a legacy interpreter does not check");
            // Python-made interpreters check too.
            assertEquals("ImportError", main.eval("""
                    (lambda I: I.exec(I.create(), 'import single')[0])(__import__('_interpreters'))"""));
        }
    }

    @Test
    void legacyInterpretersShareTheMainLockAndCloseWithIt() throws Exception {
        try (Isola isola = Isola.create()) {
            PyInterpreter main = isola.newInterpreter();
            PyInterpreter legacy = isola.interpreter().config(InterpreterConfig.legacy()).build();
            legacy.exec("data = list(range(10))");
            assertEquals(45L, legacy.eval("sum(data)"));
            assertEquals(InterpreterConfig.LockMode.SHARED, legacy.config().lock());
            // A thread in the legacy interpreter excludes one in the main interpreter: one lock.
            main.exec("import time");
            Thread t = Thread.ofPlatform().start(() -> legacy.exec("import time\ntime.sleep(0)\nx = sum(range(10**5))"));
            t.join();
            assertEquals(4999950000L, legacy.get("x"));
            main.close();
            assertThrows(IllegalStateException.class, () -> legacy.eval("1"), "closed with the main interpreter");
            legacy.close();
        }
    }

    @Test
    void memoryLimitThroughTheBuilder() {
        try (Isola isola = Isola.create();
                PyInterpreter small = isola.interpreter().memoryLimit(2L << 20).debugAllocator(true).build();
                PyInterpreter big = isola.newInterpreter()) {
            PythonException e = assertThrows(PythonException.class, () -> small.exec("x = bytearray(4 << 20)"));
            assertEquals("MemoryError", e.pythonType());
            assertEquals(1L << 22, big.eval("len(bytearray(4 << 20))"));
            assertEquals(3L, small.eval("len([1, 2, 3])"), "the limited interpreter goes on");
            assertEquals(2L << 20, small.config().memoryLimit());
            small.close();
            assertEquals(0, small.leakedBlocks());
        }
    }

    @Test
    void invalidConfigsAndModuleNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JavaModule.builder("a.b"));
        assertThrows(IllegalArgumentException.class, () -> JavaModule.builder("m").constant("x", 1).function("x", c -> 1));
        JavaModule json = JavaModule.builder("sys").build();
        assertThrows(IllegalArgumentException.class, () -> Isola.builder().module(json).build());
        try (Isola isola = Isola.create()) {
            assertThrows(IllegalStateException.class,
                    () -> isola.interpreter().config(InterpreterConfig.legacy()).build(), "no main interpreter yet");
            assertThrows(IllegalArgumentException.class,
                    () -> isola.interpreter().config(InterpreterConfig.legacy()).memoryLimit(1000).build());
        }
    }
}

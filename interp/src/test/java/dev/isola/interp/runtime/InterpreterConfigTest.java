package dev.isola.interp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.cli.Runner;
import dev.isola.interp.modules.ModuleDef;
import dev.isola.interp.runtime.InterpreterConfig.AllocatorKind;
import dev.isola.interp.runtime.InterpreterConfig.LockMode;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link InterpreterConfig}: CPython's rules refuse invalid combinations; a legacy interpreter
 * really shares the main one's lock and allocator and goes with it; the memory limit raises
 * MemoryError in its interpreter only; threads follow allowThreads/allowDaemonThreads; modules
 * that do not declare support for several interpreters are refused where CPython refuses them.
 */
class InterpreterConfigTest {
    private static final InterpreterConfig CHECKED_DEBUG = InterpreterConfig.isolated().toBuilder().debugHooks(true).build();

    private record Made(InterpreterState interp, ByteArrayOutputStream out) {
        String text() {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static Made make(Runtime runtime, InterpreterConfig config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Made(runtime.newInterpreter(config, List.of("t"), ps, ps, new BufferedReader(new StringReader(""))),
                out);
    }

    private static int run(Made m, String source) {
        m.interp().enter();
        try {
            return Runner.runMain(m.interp(), source, "<test>");
        } finally {
            m.interp().exit();
        }
    }

    private static void close(InterpreterState i) {
        i.enter();
        try {
            i.close();
        } finally {
            i.exit();
        }
    }

    @Test
    void ownLockWithTheMainAllocatorIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> InterpreterConfig.legacy().toBuilder().lock(LockMode.OWN).build());
        assertTrue(e.getMessage().contains("own lock needs its own allocator"), e.getMessage());
    }

    @Test
    void ownAllocatorWithoutModuleChecksIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> InterpreterConfig.isolated().toBuilder().checkMultiInterpModules(false).build());
        assertTrue(e.getMessage().contains("single-phase init"), e.getMessage());
    }

    @Test
    void allocatorChoicesNeedAnOwnAllocatorAndLimitsArePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> InterpreterConfig.legacy().toBuilder().allocator(AllocatorKind.LIBC).build());
        assertThrows(IllegalArgumentException.class,
                () -> InterpreterConfig.legacy().toBuilder().memoryLimit(1 << 20).build());
        assertThrows(IllegalArgumentException.class,
                () -> InterpreterConfig.isolated().toBuilder().memoryLimit(-1).build());
        // Shared lock with an own allocator is allowed, as in CPython.
        InterpreterConfig c = InterpreterConfig.isolated().toBuilder().lock(LockMode.SHARED).build();
        assertTrue(c.sharesWithMain());
        assertFalse(c.useMainAllocator());
    }

    @Test
    void presetsHaveCPythonsValues() {
        InterpreterConfig i = InterpreterConfig.isolated();
        assertEquals(List.of(false, false, false, true, false, true), List.of(i.useMainAllocator(), i.allowFork(),
                i.allowExec(), i.allowThreads(), i.allowDaemonThreads(), i.checkMultiInterpModules()));
        assertEquals(LockMode.OWN, i.lock());
        InterpreterConfig l = InterpreterConfig.legacy();
        assertEquals(List.of(true, true, true, true, true, false), List.of(l.useMainAllocator(), l.allowFork(),
                l.allowExec(), l.allowThreads(), l.allowDaemonThreads(), l.checkMultiInterpModules()));
        assertEquals(LockMode.SHARED, l.lock());
    }

    @Test
    void legacyInterpreterSharesTheMainLockAndAllocatorAndClosesWithIt() {
        try (Runtime runtime = Runtime.create()) {
            assertThrows(IllegalStateException.class, () -> make(runtime, InterpreterConfig.legacy()),
                    "no main interpreter to share with");
            Made main = make(runtime, CHECKED_DEBUG);
            Made legacy = make(runtime, InterpreterConfig.legacy());
            Made isolated = make(runtime, CHECKED_DEBUG);
            assertSame(main.interp().lock(), legacy.interp().lock());
            assertSame(main.interp().objects().allocator(), legacy.interp().objects().allocator());
            assertNotSame(main.interp().lock(), isolated.interp().lock());
            assertNotSame(main.interp().objects().allocator(), isolated.interp().objects().allocator());
            assertEquals(0, run(legacy, "x = [i * i for i in range(100)]\nprint(sum(x))"));
            assertEquals("328350\n", legacy.text());
            close(main.interp());
            assertTrue(legacy.interp().isClosed(), "a legacy interpreter goes before the main one it shares with");
            assertFalse(isolated.interp().isClosed());
            assertEquals(0, main.interp().leakedBlocks(), "the legacy interpreter's objects were in the main allocator");
            close(isolated.interp());
            assertEquals(0, isolated.interp().leakedBlocks());
        }
    }

    @Test
    void memoryLimitRaisesMemoryErrorInItsInterpreterOnly() {
        try (Runtime runtime = Runtime.create()) {
            Made limited = make(runtime, CHECKED_DEBUG.toBuilder().memoryLimit(4L << 20).build());
            Made free = make(runtime, CHECKED_DEBUG);
            String grow = """
                    chunks = []
                    try:
                        while True:
                            chunks.append(bytearray(64 * 1024))
                    except MemoryError:
                        got = len(chunks)
                        del chunks
                        print('MemoryError', got < 64)
                    again = [bytes(1000) for _ in range(100)]
                    print('recovered', len(again))
                    """;
            assertEquals(0, run(limited, grow));
            assertEquals("MemoryError True\nrecovered 100\n", limited.text());
            assertEquals(0, run(free, "big = [bytearray(64 * 1024) for _ in range(200)]\nprint(len(big))"));
            assertEquals("200\n", free.text());
            long[] use = limited.interp().memoryLimitUse();
            assertEquals(4L << 20, use[0]);
            assertTrue(use[1] > 0 && use[1] <= use[0], "bytes in use within the limit: " + use[1]);
            // Uncaught, it ends the program with a traceback like any exception.
            assertEquals(1, run(limited, "x = 'a' * (8 << 20)"));
            assertTrue(limited.text().endsWith("MemoryError\n"), limited.text());
            close(limited.interp());
            close(free.interp());
            assertEquals(0, limited.interp().leakedBlocks());
            assertEquals(0, free.interp().leakedBlocks());
        }
    }

    @Test
    void threadsFollowTheConfig() {
        try (Runtime runtime = Runtime.create()) {
            Made main = make(runtime, InterpreterConfig.defaults());
            Made noThreads = make(runtime, InterpreterConfig.isolated().toBuilder().allowThreads(false).build());
            Made isolated = make(runtime, InterpreterConfig.isolated());
            String daemon = """
                    import threading
                    try:
                        t = threading.Thread(target=lambda: None, daemon=True)
                        t.start(); t.join()
                        print('daemon ok')
                    except RuntimeError as e:
                        print(e)
                    try:
                        t = threading.Thread(target=lambda: None)
                        t.start(); t.join()
                        print('thread ok')
                    except RuntimeError as e:
                        print(e)
                    """;
            assertEquals(0, run(main, daemon));
            assertEquals("daemon ok\nthread ok\n", main.text());
            assertEquals(0, run(isolated, daemon));
            assertEquals("daemon threads are disabled in this (sub)interpreter\nthread ok\n", isolated.text());
            assertEquals(0, run(noThreads, daemon));
            assertEquals("daemon threads are disabled in this (sub)interpreter\n"
                    + "thread is not supported for isolated subinterpreters\n", noThreads.text());
            close(noThreads.interp());
            close(isolated.interp());
            close(main.interp());
        }
    }

    private static ModuleDef module(String name, ModuleDef.MultiInterp support) {
        return new ModuleDef(name, List.of(new MethodDef("answer", (s, m, a, k) -> IntType.fromLong(s, 42))),
                List.of(), (interp, m, dict) -> { }, support);
    }

    @Test
    void modulesWithoutMultiInterpreterSupportAreRefusedWhereCPythonRefusesThem() {
        List<ModuleDef> extra = List.of(module("single_phase", ModuleDef.MultiInterp.NOT_SUPPORTED),
                module("shared_only", ModuleDef.MultiInterp.SUPPORTED),
                module("any_interp", ModuleDef.MultiInterp.PER_INTERPRETER_LOCK));
        try (Runtime runtime = Runtime.create(extra)) {
            Made main = make(runtime, InterpreterConfig.defaults());
            Made isolated = make(runtime, InterpreterConfig.isolated());
            Made sharedChecked = make(runtime, InterpreterConfig.isolated().toBuilder().lock(LockMode.SHARED).build());
            Made legacy = make(runtime, InterpreterConfig.legacy());
            String probe = """
                    for name in ('single_phase', 'shared_only', 'any_interp'):
                        try:
                            print(name, __import__(name).answer())
                        except ImportError as e:
                            print(name, type(e).__name__, e, e.name)
                    """;
            assertEquals(0, run(main, probe));
            assertEquals("single_phase 42\nshared_only 42\nany_interp 42\n", main.text(), "the main interpreter is exempt");
            assertEquals(0, run(isolated, probe));
            assertEquals("single_phase ImportError module single_phase does not support loading in subinterpreters "
                    + "single_phase\nshared_only ImportError module shared_only does not support loading in "
                    + "subinterpreters shared_only\nany_interp 42\n", isolated.text());
            assertEquals(0, run(sharedChecked, probe));
            assertEquals("single_phase ImportError module single_phase does not support loading in subinterpreters "
                    + "single_phase\nshared_only 42\nany_interp 42\n", sharedChecked.text());
            assertEquals(0, run(legacy, probe));
            assertEquals("single_phase 42\nshared_only 42\nany_interp 42\n", legacy.text(), "legacy does not check");
            close(isolated.interp());
            close(sharedChecked.interp());
            close(main.interp());
        }
    }

    @Test
    void moduleNamesMustBeFree() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Runtime.create(List.of(module("math", ModuleDef.MultiInterp.PER_INTERPRETER_LOCK))));
        assertTrue(e.getMessage().contains("builtin"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Runtime.create(List.of(
                module("twice", ModuleDef.MultiInterp.PER_INTERPRETER_LOCK),
                module("twice", ModuleDef.MultiInterp.PER_INTERPRETER_LOCK))));
    }

    @Test
    void theRuntimeRefusesToCloseUnderOpenInterpreters() {
        Runtime runtime = Runtime.create();
        Made m = make(runtime, InterpreterConfig.defaults());
        var e = assertThrows(IllegalStateException.class, runtime::close);
        assertTrue(e.getMessage().contains("1 interpreter is still open (ids " + m.interp().id() + ")"), e.getMessage());
        assertEquals(0, run(m, "print('still usable')"), "the refused close left the runtime intact");
        close(m.interp());
        runtime.close();
        assertThrows(IllegalStateException.class, () -> make(runtime, InterpreterConfig.defaults()));
    }

    @Test
    void mimallocChoiceFailsClearlyWhenMissingAndWorksWhenPresent() {
        InterpreterConfig c = InterpreterConfig.isolated().toBuilder().allocator(AllocatorKind.MIMALLOC).build();
        try (Runtime runtime = Runtime.create()) {
            if (dev.isola.natives.Mimalloc.isAvailable()) {
                Made m = make(runtime, c);
                assertEquals(0, run(m, "print(len({i: str(i) for i in range(1000)}))"));
                assertEquals("1000\n", m.text());
                assertTrue(m.interp().objects().allocator().name().contains("mimalloc"));
                close(m.interp());
            } else {
                var e = assertThrows(IllegalStateException.class, () -> make(runtime, c));
                assertTrue(e.getMessage().contains("MIMALLOC is not available"), e.getMessage());
            }
        }
    }

    @Test
    void pendingCallsRunInTheRunningCodeAndCanRaiseThere() throws Exception {
        try (Runtime runtime = Runtime.create()) {
            Made m = make(runtime, InterpreterConfig.defaults());
            Thread t = Thread.ofPlatform().start(() -> run(m, """
                    import sys
                    flag = []
                    while not flag:
                        pass
                    print('saw', flag)
                    try:
                        while True:
                            pass
                    except ValueError as e:
                        print('raised here:', e)
                    """));
            // The first call appends to the running code's list; the second raises in it.
            while (m.interp().findModule("__main__") == 0 || !m.interp().isRunning()) {
                Thread.sleep(1);
            }
            Thread.sleep(20);
            m.interp().addPendingCall(i -> {
                var s = i.objects();
                long main = dev.isola.memory.Memory.getLong(i.findModule("__main__")
                        + dev.isola.objects.CodeLayouts.MODULE_DICT_OFFSET);
                long flag = dev.isola.objects.DictType.getItemString(s, main, "flag");
                long one = IntType.fromLong(s, 1);
                dev.isola.objects.ListType.append(s, flag, one);
                dev.isola.objects.Objects.decref(s, one);
            });
            while (!m.text().contains("saw")) { // both calls queued at once would run at the same check point
                Thread.sleep(1);
            }
            m.interp().addPendingCall(i -> {
                throw dev.isola.objects.Errors.valueError(i.objects(), "from a pending call");
            });
            t.join(60_000);
            assertEquals("saw [1]\nraised here: from a pending call\n", m.text());
            close(m.interp());
        }
    }
}

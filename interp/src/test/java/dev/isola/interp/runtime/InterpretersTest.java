package dev.isola.interp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.cli.Runner;
import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.DebugHooks;
import dev.isola.memory.Domain;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many interpreters in one runtime: they run Python at the same time on different threads
 * (observed by both locks being held at once while both run loops — an overlap, not a timing),
 * they are isolated from each other, ids and the registry behave, and a thousand
 * create/exec/close cycles leave no block allocated and no interpreter registered.
 */
class InterpretersTest {
    private static Runtime runtime;

    @BeforeAll
    static void create() {
        runtime = Runtime.create();
    }

    @AfterAll
    static void close() {
        runtime.close();
    }

    private record Made(InterpreterState interp, DebugHooks hooks, ArenaAllocator arena, ByteArrayOutputStream out) {}

    private static Made make() {
        DebugHooks hooks = new DebugHooks();
        ArenaAllocator arena = new ArenaAllocator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        InterpreterState i = runtime.newInterpreter(hooks.wrap(Domain.OBJ, arena), List.of("t"), ps, ps,
                new BufferedReader(new StringReader("")));
        return new Made(i, hooks, arena, out);
    }

    private static void closeChecked(Made m) {
        m.interp().enter();
        try {
            m.interp().close();
        } finally {
            m.interp().exit();
        }
        m.hooks().checkAll();
        assertEquals(List.of(), m.hooks().liveBlocks(), "blocks left after close");
        m.hooks().close();
    }

    private static int run(Made m, String source) {
        m.interp().enter();
        try {
            return Runner.runMain(m.interp(), source, "<test>");
        } finally {
            m.interp().exit();
        }
    }

    @Test
    void twoInterpretersRunPythonAtTheSameTime(@TempDir Path dir) throws Exception {
        Made a = make();
        Made b = make();
        Path stop = dir.resolve("stop");
        Path startedA = dir.resolve("a");
        Path startedB = dir.resolve("b");
        String spin = """
                import os
                open(%s, 'w').close()
                n = 0
                while not os.path.exists(%s):
                    n += 1
                print('done')
                """;
        String spinA = spin.formatted("'" + startedA + "'", "'" + stop + "'");
        String spinB = spin.formatted("'" + startedB + "'", "'" + stop + "'");
        AtomicInteger failures = new AtomicInteger();
        Thread ta = Thread.ofPlatform().start(() -> failures.addAndGet(run(a, spinA)));
        Thread tb = Thread.ofPlatform().start(() -> failures.addAndGet(run(b, spinB)));
        // Both loops are running (each wrote its file and then only spins, holding its own
        // lock throughout): both locks must be held at once.
        boolean overlapped = false;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!overlapped && System.nanoTime() < deadline) {
            overlapped = Files.exists(startedA) && Files.exists(startedB)
                    && a.interp().lock().isLocked() && b.interp().lock().isLocked();
            Thread.sleep(1);
        }
        Files.writeString(stop, "");
        ta.join();
        tb.join();
        assertTrue(overlapped, "the two interpreters never ran at the same time");
        assertEquals(0, failures.get(), a.out() + " / " + b.out());
        assertEquals("done\n", a.out().toString(StandardCharsets.UTF_8));
        assertEquals("done\n", b.out().toString(StandardCharsets.UTF_8));
        closeChecked(a);
        closeChecked(b);
    }

    @Test
    void interpretersAreIsolated() {
        Made a = make();
        Made b = make();
        int status = run(a, """
                import builtins, sys, math
                builtins.leak = 'a'
                math.tau = 1
                sys.setrecursionlimit(123)
                class Widget: pass
                Widget.colour = 'red'
                x = 1
                """);
        assertEquals(0, status, a.out().toString(StandardCharsets.UTF_8));
        assertEquals(0, run(b, """
                import builtins, sys, math
                print(hasattr(builtins, 'leak'), math.tau, sys.getrecursionlimit(), 'Widget' in dir())
                print(hasattr(int, 'colour'))
                """));
        assertEquals("False 6.283185307179586 1000 False\nFalse\n", b.out().toString(StandardCharsets.UTF_8));
        assertTrue(a.interp().id() != b.interp().id());
        closeChecked(a);
        closeChecked(b);
    }

    @Test
    void aThousandCreateExecCloseCyclesLeaveNothing() {
        int before = runtime.interpreters().size();
        for (int i = 0; i < 1000; i++) {
            Made m = make();
            assertEquals(0, run(m, "x = [i * i for i in range(10)]\nd = {'k': x}\n"));
            assertTrue(m.arena().stats().bytesReserved() > 0, "the interpreter's objects live in its arenas");
            closeChecked(m);
            // Every arena the interpreter mapped went back to the OS: nothing accumulates over cycles.
            assertEquals(0, m.arena().stats().bytesReserved(), "arena bytes still mapped after close, cycle " + i);
        }
        assertEquals(before, runtime.interpreters().size(), "interpreters left registered");
    }

    @Test
    void subInterpretersMadeFromPythonAreClosedWithTheirCreator() {
        Made m = make();
        int before = runtime.interpreters().size();
        assertEquals(0, run(m, """
                from concurrent import interpreters
                kept = [interpreters.create() for _ in range(3)]
                kept[0].exec("big = list(range(1000))")
                print(len(interpreters.list_all()) >= 4)
                """));
        assertEquals(before + 3, runtime.interpreters().size());
        closeChecked(m);
        assertEquals(before - 1, runtime.interpreters().size(), "children left open");
    }
}

package dev.isola.interp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.Runtime;
import dev.isola.memory.ArenaAllocator;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The python-compatible command line: scripts, -c, stdin, exit statuses, and the REPL's echo. */
class PythonMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return PythonMain.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scriptGetsItsArgumentsInSysArgv(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("args.py");
        Files.writeString(script, "import sys\nprint(sys.argv[1:], sys.argv[0].endswith('args.py'))\n");
        assertEquals(0, run("", script.toString(), "a", "b c"));
        assertEquals("['a', 'b c'] True\n", out());
    }

    @Test
    void dashCSetsArgvZeroAndRuns() {
        assertEquals(0, run("", "-c", "import sys; print(sys.argv)", "x"));
        assertEquals("['-c', 'x']\n", out());
    }

    @Test
    void programOnStdinRunsWithDash() {
        assertEquals(0, run("print(sum(range(5)))\n", "-"));
        assertEquals("10\n", out());
    }

    @Test
    void syntaxErrorIsDisplayedAsCPythonAndExitsWithOne() {
        assertEquals(1, run("", "-c", "x = (1 +"));
        assertEquals("  File \"<string>\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n", err());
    }

    @Test
    void sysExitGivesTheStatusAndPrintsAMessageArgument() {
        assertEquals(3, run("", "-c", "import sys; sys.exit(3)"));
        assertEquals(1, run("", "-c", "import sys; sys.exit('bye')"));
        assertEquals("bye\n", err());
        assertEquals(0, run("", "-c", "raise SystemExit"));
    }

    @Test
    void outputBeforeAnUncaughtExceptionIsKept() {
        assertEquals(1, run("", "-c", "print('before')\n{}['k']"));
        assertEquals("before\n", out());
        assertTrue(err().endsWith("KeyError: 'k'\n"), err());
    }

    @Test
    void missingScriptIsExitStatusTwo() {
        assertEquals(2, run("", "no/such/script.py"));
        assertTrue(err().contains("[Errno 2] No such file or directory"), err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("", "-Z"));
        assertTrue(err().contains("Unknown option: -Z"), err());
    }

    @Test
    void deepRecursionIsARecursionErrorNotACrash() {
        assertEquals(1, run("", "-c", "import sys\nsys.setrecursionlimit(100000)\ndef f(n): return f(n + 1)\nf(0)"));
        assertTrue(err().endsWith("RecursionError: maximum recursion depth exceeded\n"), err());
    }

    @Test
    void javaStackOverflowBecomesACatchableRecursionError() throws InterruptedException {
        try (Runtime runtime = Runtime.create(); ArenaAllocator arena = new ArenaAllocator()) {
            InterpreterState interp = runtime.newInterpreter(arena, List.of("deep"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    new BufferedReader(new StringReader("")));
            int[] status = {-1};
            // A small Java stack and a recursion limit far beyond it: the stack runs out first.
            Thread t = new Thread(null, () -> status[0] = Runner.runMain(interp, "import sys\n"
                    + "sys.setrecursionlimit(10**8)\ndef f(n): return f(n + 1)\n"
                    + "try:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\nprint('after')\n",
                    "<deep>"), "deep", 4L << 20);
            t.start();
            t.join(60_000);
            interp.close();
            assertEquals(0, status[0], err());
            assertEquals("caught maximum recursion depth exceeded\nafter\n", out());
        }
    }

    @Test
    void interruptRaisesKeyboardInterruptAtTheNextCheckPoint() throws InterruptedException {
        try (Runtime runtime = Runtime.create(); ArenaAllocator arena = new ArenaAllocator()) {
            InterpreterState interp = runtime.newInterpreter(arena, List.of("loop"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    new BufferedReader(new StringReader("")));
            int[] status = {-1};
            Thread t = new Thread(() -> status[0] = Runner.runMain(interp,
                    "print('started', flush=True)\nn = 0\nwhile True:\n    n += 1\n", "<loop>"));
            t.start();
            while (!out().contains("started")) {
                Thread.sleep(10);
            }
            interp.interrupt();
            t.join(10_000);
            interp.close();
            assertEquals(130, status[0]);
            assertTrue(err().endsWith("KeyboardInterrupt\n"), err());
        }
    }

    @Test
    void replEchoesExpressionsAndRunsBlocks() {
        String session = "x = 6\nx * 7\nNone\nif x:\n    print('block')\n\n1/0\n'still here'\n";
        try (Runtime runtime = Runtime.create(); ArenaAllocator arena = new ArenaAllocator()) {
            InterpreterState interp = runtime.newInterpreter(arena, List.of(""),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    new BufferedReader(new StringReader(session)));
            try {
                assertEquals(0, new Repl(interp).run());
            } finally {
                interp.close();
            }
        }
        String o = out();
        assertTrue(o.contains(">>> 42\n"), o);
        assertTrue(o.contains("... ... block\n"), o);
        assertTrue(o.contains("'still here'\n"), o);
        assertTrue(err().contains("ZeroDivisionError: division by zero"), err());
        assertTrue(!o.contains("None"), "None is not echoed: " + o);
    }

    private int runWithPath(Path pythonPath, String... args) {
        return PythonMain.run(args, java.util.Map.of("PYTHONPATH", pythonPath.toString()),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    @Test
    void dashMRunsASourceModuleAsMainWithItsFullPathInArgv(@TempDir Path dir) throws IOException {
        Path mod = dir.resolve("tool.py");
        Files.writeString(mod, "import sys\nprint(__name__, __file__ == sys.argv[0], sys.argv[1:], repr(__package__))\n");
        assertEquals(0, runWithPath(dir, "-m", "tool", "x", "y"));
        assertEquals("__main__ True ['x', 'y'] ''\n", out());
        assertEquals("", err());
    }

    @Test
    void dashMOnAPackageRunsItsMainSubmoduleWithRelativeImports(@TempDir Path dir) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("app"));
        Files.writeString(pkg.resolve("__init__.py"), "print('init of', __name__)\n");
        Files.writeString(pkg.resolve("helper.py"), "WHO = 'helper'\n");
        Files.writeString(pkg.resolve("__main__.py"), "import sys\nfrom . import helper\nfrom .helper import WHO\n"
                + "print(__name__, __package__, helper.WHO, WHO, sys.argv[0].endswith('app/__main__.py'))\n");
        assertEquals(0, runWithPath(dir, "-m", "app"));
        assertEquals("init of app\n__main__ app helper helper True\n", out());
    }

    @Test
    void dashMExplainsWhatCannotRun(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib").resolve("__init__.py"), "");
        Files.writeString(dir.resolve("single.py"), "");
        assertEquals(1, runWithPath(dir, "-m", "nowhere"));
        assertEquals(1, runWithPath(dir, "-m", "lib"));
        assertEquals(1, runWithPath(dir, "-m", "single.sub"));
        assertEquals(1, runWithPath(dir, "-m", "math"));
        assertEquals("isola: No module named nowhere\n"
                + "isola: No module named lib.__main__; 'lib' is a package and cannot be directly executed\n"
                + "isola: Error while finding module specification for 'single.sub' (ModuleNotFoundError: "
                + "__path__ attribute not found on 'single' while trying to find 'single.sub')\n"
                + "isola: No code object available for math\n", err());
    }

    @Test
    void dashMShowsATracebackThroughTheModuleFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("boom.py"), "def f():\n    raise ValueError('boom')\nf()\n");
        assertEquals(1, runWithPath(dir, "-m", "boom"));
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + dir.resolve("boom.py") + "\", line 3, in <module>\n    f()\n"
                + "  File \"" + dir.resolve("boom.py") + "\", line 2, in f\n    raise ValueError('boom')\n"
                + "ValueError: boom\n", err());
    }

    @Test
    void dashMFindsTheBundledStandardLibrary() {
        assertEquals(0, run("", "-m", "keyword"));
        assertEquals("", err());
    }

    @Test
    void scriptDirectoryComesFirstOnSysPathThenPythonPath(@TempDir Path dir) throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Path extra = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(scripts.resolve("sibling.py"), "NAME = 'sibling'\n");
        Files.writeString(extra.resolve("other.py"), "NAME = 'other'\n");
        Files.writeString(scripts.resolve("main.py"), "import sys, sibling, other\n"
                + "print(sibling.NAME, other.NAME, sys.path[0] == __file__.rsplit('/', 1)[0], sys.path[-1])\n");
        assertEquals(0, runWithPath(extra, scripts.resolve("main.py").toString()));
        assertEquals("sibling other True isola://stdlib\n", out());
    }

    @Test
    void dashCPutsTheEmptyStringFirstOnSysPath(@TempDir Path dir) {
        assertEquals(0, runWithPath(dir, "-c", "import sys; print(sys.path[0] == '', sys.path[1] == sys.argv[1])",
                dir.toString()));
        assertEquals("True True\n", out());
    }

    @Test
    void dashEIgnoresPythonPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hidden.py"), "");
        assertEquals(1, runWithPath(dir, "-E", "-c", "import hidden"));
        assertTrue(err().endsWith("ModuleNotFoundError: No module named 'hidden'\n"), err());
    }
}

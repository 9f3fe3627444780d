package dev.isola.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.isola.interp.cli.Runner;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.Runtime;
import dev.isola.memory.Allocator;
import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.DebugHooks;
import dev.isola.memory.Domain;
import dev.isola.memory.LibcAllocator;
import dev.isola.memory.MimallocAllocator;
import dev.isola.natives.Mimalloc;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of Python programs under {@code src/test/resources/programs/<area>/}: each
 * {@code <name>.py} runs in a fresh interpreter and must print exactly {@code <name>.out} to
 * stdout and {@code <name>.err} (if present) to stderr, and exit with the status the corpus
 * rule gives ({@code # exit: N}, else 1 with a {@code .err}, else 0). It runs under each
 * allocator wrapped in the debug hooks, and no block may be left allocated afterwards.
 *
 * <p>Differential: where the machine has CPython 3.11 as {@code python3}, each program also
 * runs under it ({@code PYTHONHASHSEED=0}) and must give the same expected files — so the
 * expected output is CPython's, not ours. Programs starting with {@code # not-differential:}
 * are compared only against their files.
 *
 * <p>Helper modules that programs import live in directories named {@code lib} (at any depth):
 * they are not programs. A program runs under its absolute path, so that its directory is
 * {@code sys.path[0]}, and the corpus directory's absolute prefix is stripped from its output,
 * as regen.py strips it from CPython's.
 */
class ProgramCorpusTest {
    private static final Path ROOT = Path.of("src/test/resources/programs");
    private static final Pattern EXIT = Pattern.compile("(?m)^# exit: (\\d+)\\s*$");
    private static Runtime runtime;

    @BeforeAll
    static void bootstrap() {
        runtime = Runtime.create();
    }

    @AfterAll
    static void close() {
        runtime.close();
    }

    record Program(Path py, String name, String source, String expectedOut, String expectedErr, int expectedStatus,
            String stdin, boolean differential) {
    }

    record Result(String out, String err, int status) {
    }

    static List<Program> corpus() throws IOException {
        List<Program> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().equals("regen.py")
                    && !isHelper(ROOT.relativize(p))).sorted().toList()) {
                String base = py.toString().substring(0, py.toString().length() - 3);
                String source = Files.readString(py, StandardCharsets.UTF_8);
                Path err = Path.of(base + ".err");
                Path in = Path.of(base + ".in");
                Matcher m = EXIT.matcher(source);
                boolean hasErr = Files.exists(err);
                int status = m.find() ? Integer.parseInt(m.group(1)) : hasErr ? 1 : 0;
                all.add(new Program(py, ROOT.relativize(py).toString(), source,
                        Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8),
                        hasErr ? Files.readString(err, StandardCharsets.UTF_8) : "", status,
                        Files.exists(in) ? Files.readString(in, StandardCharsets.UTF_8) : "",
                        !source.startsWith("# not-differential:")));
            }
        }
        return all;
    }

    /** Whether a corpus file is a helper module: it lies under a directory named {@code lib}. */
    static boolean isHelper(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equals("lib")) {
                return true;
            }
        }
        return false;
    }

    @TestFactory
    Stream<DynamicNode> programsUnderEachAllocator() throws IOException {
        List<Program> programs = corpus();
        assertFalse(programs.isEmpty(), "the corpus under " + ROOT.toAbsolutePath() + " is empty");
        Map<String, Supplier<Allocator>> allocators = new java.util.LinkedHashMap<>();
        allocators.put("arena", ArenaAllocator::new);
        allocators.put("libc", LibcAllocator::new);
        if (Mimalloc.isAvailable()) {
            allocators.put("mimalloc", MimallocAllocator::new);
        }
        return allocators.entrySet().stream().map(a -> DynamicContainer.dynamicContainer(a.getKey(),
                programs.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> check(p, a.getValue())))));
    }

    @TestFactory
    Stream<DynamicNode> expectedFilesAreCPythons() throws IOException {
        List<Program> programs = corpus();
        return programs.stream().filter(Program::differential).map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            Assumptions.assumeTrue(CPython.available(), CPython.why());
            Result r = CPython.run(ROOT, p.name(), p.stdin());
            assertEquals(p.expectedOut(), r.out(), "CPython's stdout differs from " + p.name() + " .out");
            assertEquals(p.expectedErr(), r.err(), "CPython's stderr differs from the .err file");
            assertEquals(p.expectedStatus(), r.status(), "CPython's exit status");
        }));
    }

    private static void check(Program p, Supplier<Allocator> make) throws Exception {
        DebugHooks hooks = new DebugHooks();
        Allocator raw = make.get();
        Allocator allocator = hooks.wrap(Domain.OBJ, raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Throwable[] crash = {null};
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            Thread t = new Thread(null, () -> {
                InterpreterState interp = runtime.newInterpreter(allocator, List.of(p.name()), o, e,
                        new BufferedReader(new StringReader(p.stdin())));
                try {
                    status[0] = Runner.runMain(interp, p.source(), ROOT.toAbsolutePath().normalize().resolve(p.name()).toString());
                } finally {
                    interp.close();
                }
            }, "corpus", 256L << 20);
            t.setUncaughtExceptionHandler((th, x) -> crash[0] = x);
            t.start();
            t.join(TimeUnit.SECONDS.toMillis(60));
            if (t.isAlive()) {
                throw new AssertionError(p.name() + " did not finish in 60 s");
            }
        }
        if (crash[0] != null) {
            throw new AssertionError(p.name() + " crashed the interpreter", crash[0]);
        }
        String prefix = ROOT.toAbsolutePath().normalize() + java.io.File.separator;
        assertEquals(p.expectedOut(), out.toString(StandardCharsets.UTF_8).replace(prefix, ""), p.name() + ": stdout");
        assertEquals(p.expectedErr(), err.toString(StandardCharsets.UTF_8).replace(prefix, ""), p.name() + ": stderr");
        assertEquals(p.expectedStatus(), status[0], p.name() + ": exit status");
        hooks.checkAll();
        List<DebugHooks.Block> leaks = hooks.liveBlocks();
        hooks.close();
        raw.close();
        assertEquals(List.of(), leaks, p.name() + ": blocks left allocated");
    }
}

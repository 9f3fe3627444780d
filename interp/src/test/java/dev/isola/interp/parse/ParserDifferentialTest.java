package dev.isola.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves Isola's AST equals CPython 3.11's for every snippet under {@code parser/*.py}: the
 * {@code ast.dump} text, and the four position attributes of every node in {@code ast.walk}
 * order. CPython's side comes from one run of
 * {@code parser-dump.py}; where {@code python3} is absent or not 3.11 the comparison is skipped
 * with the reason, and {@link #corpusParsesWithoutPython()} still runs.
 */
class ParserDifferentialTest {

    static List<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(ParserDifferentialTest.class.getResource("/parser").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
            assertFalse(list.isEmpty(), "empty parser corpus in " + dir);
            return list;
        }
    }

    @TestFactory
    Stream<DynamicTest> sameAstAsCPython() throws Exception {
        List<Path> files = corpus();
        Map<String, List<String>> expected = cpython(files);
        return files.stream().map(file -> DynamicTest.dynamicTest("parser/" + file.getFileName(), () -> {
            List<String> want = expected.get(file.toString());
            Ast.Module tree = Parser.parse(Files.readString(file, StandardCharsets.UTF_8), "x.py");
            assertEquals(want.getFirst(), AstDump.dump(tree), "ast.dump of " + file.getFileName());
            {
                List<String> wantPos = want.subList(1, want.size());
                List<String> got = AstDump.positions(tree);
                for (int i = 0; i < Math.min(wantPos.size(), got.size()); i++) {
                    assertEquals(wantPos.get(i), got.get(i), "position of node " + i + " in " + file.getFileName());
                }
                assertEquals(wantPos.size(), got.size(), "node count of " + file.getFileName());
            }
        }));
    }

    @Test
    void corpusParsesWithoutPython() throws Exception {
        for (Path file : corpus()) {
            Ast.Module tree = Parser.parse(Files.readString(file, StandardCharsets.UTF_8), "x.py");
            assertFalse(tree.body().isEmpty(), file.toString());
        }
    }

    /** Runs python3 once over the whole corpus; aborts (skips) the factory if it cannot. */
    private static Map<String, List<String>> cpython(List<Path> files) throws Exception {
        Path script = Path.of(ParserDifferentialTest.class.getResource("/parser-dump.py").toURI());
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process proc;
        try {
            proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not found; differential parser test skipped: " + e.getMessage());
            throw e;
        }
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(60, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError("python3 timed out");
        }
        Assumptions.assumeFalse(output.startsWith("SKIP"), () -> "differential parser test skipped: " + output.strip());
        assertEquals(0, proc.exitValue(), output);
        Map<String, List<String>> result = new HashMap<>();
        List<String> current = null;
        for (String l : output.split("\n", -1)) {
            if (l.startsWith("### ")) {
                current = new ArrayList<>();
                result.put(l.substring(4), current);
            } else if (!l.isEmpty() && current != null) {
                current.add(l);
            }
        }
        return result;
    }
}

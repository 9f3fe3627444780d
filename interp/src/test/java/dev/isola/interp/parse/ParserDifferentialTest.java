package dev.isola.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        return CPythonReference.run("/parser-dump.py", files, "parser");
    }
}

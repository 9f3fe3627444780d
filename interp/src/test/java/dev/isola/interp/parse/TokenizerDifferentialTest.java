package dev.isola.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves Isola's token stream equals CPython 3.11's {@code tokenize.generate_tokens}, token by
 * token (kind, text, start, end), for every snippet under {@code tokenizer/*.py}. CPython's
 * tokens come from one run of {@code tokenizer-dump.py}; where {@code python3} is absent or not
 * 3.11 the comparison is skipped with the reason, and {@link #corpusTokenizesWithoutPython()}
 * still runs.
 */
class TokenizerDifferentialTest {

    static List<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(TokenizerDifferentialTest.class.getResource("/tokenizer").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
            assertFalse(list.isEmpty(), "empty tokenizer corpus in " + dir);
            return list;
        }
    }

    @TestFactory
    Stream<DynamicTest> sameTokensAsCPython() throws Exception {
        List<Path> files = corpus();
        Map<String, List<String>> expected = cpythonTokens(files);
        return files.stream().map(file -> DynamicTest.dynamicTest("tokenizer/" + file.getFileName(), () -> {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            List<String> actual = new ArrayList<>();
            for (Token t : Tokenizer.tokenize(source, file.getFileName().toString())) {
                actual.add(line(t));
            }
            assertEquals(String.join("\n", expected.get(file.toString())), String.join("\n", actual),
                    "tokens of " + file.getFileName());
        }));
    }

    @org.junit.jupiter.api.Test
    void corpusTokenizesWithoutPython() throws Exception {
        for (Path file : corpus()) {
            List<Token> tokens = Tokenizer.tokenize(Files.readString(file, StandardCharsets.UTF_8), "x.py");
            assertEquals(TokenKind.ENDMARKER, tokens.getLast().kind(), file.toString());
        }
    }

    /** Runs python3 once over the whole corpus; aborts (skips) the factory if it cannot. */
    private static Map<String, List<String>> cpythonTokens(List<Path> files) throws Exception {
        return CPythonReference.run("/tokenizer-dump.py", files, "tokenizer");
    }

    private static String line(Token t) {
        return t.kind() + " " + t.startLine() + " " + t.startColumn() + " " + t.endLine() + " "
                + t.endColumn() + " " + json(t.text());
    }

    /** Python's {@code json.dumps(s)} with its default {@code ensure_ascii=True}. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e && c != 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

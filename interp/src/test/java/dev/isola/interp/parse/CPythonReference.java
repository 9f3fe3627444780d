package dev.isola.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a reference script under the machine's python3 once over a corpus, for the differential
 * tests. The script prints {@code ### <file>} before each file's lines, or a first line starting
 * with {@code SKIP} when its Python is not a valid reference; either missing python3 or a SKIP
 * aborts (skips) the calling test with the reason.
 */
final class CPythonReference {
    private CPythonReference() {}

    /** The script's output lines, by file path as given. */
    static Map<String, List<String>> run(String scriptResource, List<Path> files, String what) throws Exception {
        Path script = Path.of(CPythonReference.class.getResource(scriptResource).toURI());
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process proc;
        try {
            proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not found; differential " + what + " test skipped: " + e.getMessage());
            throw e;
        }
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(60, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError("python3 timed out");
        }
        Assumptions.assumeFalse(output.startsWith("SKIP"),
                () -> "differential " + what + " test skipped: " + output.strip());
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

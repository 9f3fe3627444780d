package dev.isola.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code -Disola.mimalloc.library} chooses the library, and a missing one is reported with a
 * reason instead of failing: every call of a binding then throws
 * {@link UnsupportedOperationException} with that reason. The lookup happens once per JVM, so
 * each case runs {@link Probe} in a child JVM.
 */
class MimallocLibraryLookupTest {
    /** Prints what {@link Mimalloc} says about itself, one {@code key=value} per line. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("available=" + Mimalloc.isAvailable());
            System.out.println("reason=" + Mimalloc.unavailableReason());
            for (int call = 1; call <= 2; call++) { // the first call and a later one alike
                try {
                    Mimalloc.mi_version();
                    System.out.println("call=ok");
                } catch (Throwable t) {
                    System.out.println("call=" + t.getClass().getSimpleName() + ": " + t.getMessage());
                }
            }
        }
    }

    private static String codeSource(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static List<String> probe(String library) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = codeSource(Mimalloc.class) + File.pathSeparator + codeSource(Probe.class);
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1", "-Disola.mimalloc.library=" + library,
                "-cp", classPath, Probe.class.getName())
                .redirectErrorStream(true)
                .start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) { // its few lines fit in the pipe
            child.destroyForcibly();
            fail("the child JVM did not finish in 60 s");
        }
        String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), text);
        return text.lines().toList();
    }

    @Test
    void noneDisablesMimallocWithThatReason() throws Exception {
        List<String> lines = probe("none");
        String reason = "disabled by -Disola.mimalloc.library=none";
        String call = "call=UnsupportedOperationException: mi_version: " + reason;
        assertEquals(List.of("available=false", "reason=" + reason, call, call), lines);
    }

    @Test
    void aMissingLibraryIsReportedWithTheNamesTried() throws Exception {
        List<String> lines = probe("/nonexistent/libmimalloc-isola-test.so");
        assertEquals("available=false", lines.get(0), lines.toString());
        assertTrue(lines.get(1).startsWith("reason=mimalloc not found (tried /nonexistent/libmimalloc-isola-test.so)"),
                lines.toString());
        for (String call : lines.subList(2, 4)) {
            assertTrue(call.startsWith("call=UnsupportedOperationException: mi_version: mimalloc not found"),
                    lines.toString());
        }
    }
}

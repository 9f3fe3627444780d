package dev.isola.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The launcher's verbs: exit status 2 and one clear line on stderr for what it cannot do yet. */
class MainVerbsTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unknownBenchVerbIsAUsageError() {
        assertEquals(2, run("bench", "frobnicate"));
        assertTrue(err().contains("unknown verb 'frobnicate'"), err());
        assertEquals("", out());
    }

    @Test
    void benchWithoutVerbIsAUsageError() {
        assertEquals(2, run("bench"));
        assertTrue(err().contains("missing verb"), err());
    }

    @Test
    void unknownAllocArgumentIsAUsageErrorBeforeMeasuring() {
        assertEquals(2, run("bench", "alloc", "--yaml"));
        assertTrue(err().contains("unknown argument '--yaml'"), err());
        assertEquals("", out());
    }

    @Test
    void missingScriptIsReportedLikeCPython() {
        assertEquals(2, run("no-such-script.py"));
        assertTrue(err().contains("can't open file") && err().contains("No such file or directory"), err());
    }

    @Test
    void dashCRunsPython() {
        assertEquals(0, run("-c", "print(6 * 7)"));
        assertEquals("42\n", out());
    }

    @Test
    void uncaughtExceptionPrintsATracebackAndExitsWithOne() {
        assertEquals(1, run("-c", "1/0"));
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n", err());
    }

    @Test
    void helpListsTheVerbs() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("bench alloc") && out().contains("bench jmh"), out());
        assertEquals("", err());
    }

    @Test
    void versionNamesIsolaAndJava() {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("isola ") && out().contains("Java " + Runtime.version().feature()), out());
    }
}

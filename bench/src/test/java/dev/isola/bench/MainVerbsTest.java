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
    void scriptSaysPythonIsNotHereYet() {
        assertEquals(2, run("script.py"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("arrives with the language-core work"), err());
    }

    @Test
    void dashCSaysPythonIsNotHereYet() {
        assertEquals(2, run("-c", "print(1)"));
        assertTrue(err().contains("arrives with the language-core work"), err());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err().contains("arrives with the language-core work"), err());
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

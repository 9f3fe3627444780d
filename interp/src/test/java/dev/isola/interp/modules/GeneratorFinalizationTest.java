package dev.isola.interp.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.cli.Runner;
import org.junit.jupiter.api.Test;

/**
 * A generator closed by its dealloc whose close fails: the error is reported as CPython's
 * {@code PyErr_WriteUnraisable} does and dropped, the program goes on, and nothing leaks (the
 * base class checks blocks and handles). Not in the program corpus because the report names
 * the generator's address.
 */
class GeneratorFinalizationTest extends ModuleTestSupport {
    private static final String ADDRESS = "0x[0-9a-f]+";

    @Test
    void anErrorInAFinallyRunByDeallocIsReportedAndIgnored() {
        String source = """
                def raiser():
                    try:
                        yield 1
                    finally:
                        raise ValueError("in finalizer")
                r = raiser()
                next(r)
                del r
                print("after")
                """;
        assertEquals(0, Runner.runMain(interp, source, "fin.py"));
        assertEquals("after\n", stdout());
        String err = stderr();
        assertTrue(err.matches("""
                Exception ignored in: <generator object raiser at %s>
                Traceback \\(most recent call last\\):
                  File "fin.py", line 5, in raiser
                    raise ValueError\\("in finalizer"\\)
                ValueError: in finalizer
                """.formatted(ADDRESS)), err);
    }

    @Test
    void aGeneratorThatYieldsWhenDeallocatedIsReported() {
        String source = """
                def stubborn():
                    try:
                        yield 1
                    finally:
                        yield 2
                g = stubborn()
                next(g)
                g = None
                print("after")
                """;
        assertEquals(0, Runner.runMain(interp, source, "fin.py"));
        assertEquals("after\n", stdout());
        String err = stderr();
        assertTrue(err.matches("""
                Exception ignored in: <generator object stubborn at %s>
                RuntimeError: generator ignored GeneratorExit
                """.formatted(ADDRESS)), err);
    }

    @Test
    void aGeneratorResurrectedByItsFinallyStaysAlive() {
        String source = """
                saved = []
                def phoenix():
                    try:
                        yield 1
                    finally:
                        saved.append("closed")
                g = phoenix()
                next(g)
                del g
                print(saved)
                """;
        assertEquals(0, Runner.runMain(interp, source, "fin.py"));
        assertEquals("['closed']\n", stdout());
        assertEquals("", stderr());
    }
}

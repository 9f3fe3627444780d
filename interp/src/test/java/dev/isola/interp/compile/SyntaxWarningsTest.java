package dev.isola.interp.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isola.interp.parse.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CPython 3.11's compile-time SyntaxWarnings, message for message (checked against python3). */
class SyntaxWarningsTest {
    private static List<String> warnings(String source) {
        return SyntaxWarnings.check(Parser.parse(source, "x.py")).stream()
                .map(w -> w.lineno() + ": " + w.message()).toList();
    }

    @Test
    void isWithALiteral() {
        assertEquals(List.of("1: \"is\" with a literal. Did you mean \"==\"?",
                "2: \"is not\" with a literal. Did you mean \"!=\"?"), warnings("x is 1\nx is not 'a'\n"));
        assertEquals(List.of(), warnings("x is None\nx is True\nx is not ...\n"));
    }

    @Test
    void callingALiteral() {
        assertEquals(List.of("1: 'NoneType' object is not callable; perhaps you missed a comma?",
                "2: 'tuple' object is not callable; perhaps you missed a comma?",
                "3: 'str' object is not callable; perhaps you missed a comma?"),
                warnings("None()\n[(1, 2) (3, 4)]\nf'{x}'()\n"));
    }

    @Test
    void subscriptingALiteral() {
        assertEquals(List.of("1: 'int' object is not subscriptable; perhaps you missed a comma?",
                "2: list indices must be integers or slices, not float; perhaps you missed a comma?",
                "3: str indices must be integers or slices, not tuple; perhaps you missed a comma?"),
                warnings("5[0]\n[1][1.5]\n'ab'[1, 2]\n"));
        assertEquals(List.of(), warnings("[1][0]\n'ab'[::2]\nx[1.5]\n"));
    }

    @Test
    void assertOnATuple() {
        assertEquals(List.of("1: assertion is always true, perhaps remove parentheses?"),
                warnings("assert (x, 'message')\nassert ()\n"));
    }

    @Test
    void everyOccurrenceIsReportedEvenOnOneLine() {
        assertEquals(2, warnings("x is 1 or x is 1\n").size());
    }
}

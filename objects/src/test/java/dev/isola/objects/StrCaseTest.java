package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Case mappings (full, with final sigma and the title-case specials) and the character-class
 * predicates of str, against CPython 3.11, over texts of all three kinds.
 */
class StrCaseTest extends StrTestSupport {
    private static final String[] MAPPINGS = {"upper", "lower", "title", "capitalize", "swapcase", "casefold"};
    private static final String[] PREDICATES = {"isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"};

    /** {@code text.upper()}, {@code lower()}, {@code title()}, {@code capitalize()}, {@code swapcase()}, {@code casefold()}. */
    private void maps(String text, String... expected) {
        for (int i = 0; i < MAPPINGS.length; i++) {
            long r = track(Abstract.callMethod(s, str(text), MAPPINGS[i]));
            assertEquals(expected[i], StrType.toJava(r), "repr(" + repr(str(text)) + "." + MAPPINGS[i] + "())");
        }
    }

    /** One T/F per predicate of {@link #PREDICATES}. */
    private void preds(String text, String expected) {
        StringBuilder got = new StringBuilder();
        for (String p : PREDICATES) {
            got.append(Abstract.callMethod(s, str(text), p) == space.trueObject() ? 'T' : 'F');
        }
        assertEquals(expected, got.toString(), () -> repr(str(text)) + " " + String.join(" ", PREDICATES));
    }

    @Test
    void mappings() {
        maps("hello world", "HELLO WORLD", "hello world", "Hello World", "Hello world", "HELLO WORLD", "hello world");
        maps("they're bill's friends", "THEY'RE BILL'S FRIENDS", "they're bill's friends", "They'Re Bill'S Friends", "They're bill's friends", "THEY'RE BILL'S FRIENDS", "they're bill's friends");
        maps("\u01c6x \u01c5Y \u01c4Z", "\u01c4X \u01c4Y \u01c4Z", "\u01c6x \u01c6y \u01c6z", "\u01c5x \u01c5y \u01c5z", "\u01c5x \u01c6y \u01c6z", "\u01c4X \u01c5y \u01c6z", "\u01c6x \u01c6y \u01c6z");
        maps("\u00dfa \ufb01x \u0149", "SSA FIX \u02bcN", "\u00dfa \ufb01x \u0149", "Ssa Fix \u02bcN", "Ssa \ufb01x \u0149", "SSA FIX \u02bcN", "ssa fix \u02bcn");
        maps("\u03a3\u0391\u03a3", "\u03a3\u0391\u03a3", "\u03c3\u03b1\u03c2", "\u03a3\u03b1\u03c2", "\u03a3\u03b1\u03c2", "\u03c3\u03b1\u03c2", "\u03c3\u03b1\u03c3");
        maps("\u0391\u03a3 \u03a3", "\u0391\u03a3 \u03a3", "\u03b1\u03c2 \u03c3", "\u0391\u03c2 \u03a3", "\u0391\u03c2 \u03c3", "\u03b1\u03c2 \u03c3", "\u03b1\u03c3 \u03c3");
        maps("a\u03a3.b", "A\u03a3.B", "a\u03c3.b", "A\u03c3.B", "A\u03c3.b", "A\u03c3.B", "a\u03c3.b");
        maps("a\u03a3\u0301 x", "A\u03a3\u0301 X", "a\u03c2\u0301 x", "A\u03c2\u0301 X", "A\u03c2\u0301 x", "A\u03c2\u0301 X", "a\u03c3\u0301 x");
        maps("\u0130stanbul", "\u0130STANBUL", "i\u0307stanbul", "\u0130stanbul", "\u0130stanbul", "i\u0307STANBUL", "i\u0307stanbul");
        maps("\u0390", "\u0399\u0308\u0301", "\u0390", "\u0399\u0308\u0301", "\u0399\u0308\u0301", "\u0399\u0308\u0301", "\u03b9\u0308\u0301");
        maps("\u1fb3 \u1fbc", "\u0391\u0399 \u0391\u0399", "\u1fb3 \u1fb3", "\u1fbc \u1fbc", "\u1fbc \u1fb3", "\u0391\u0399 \u1fbc", "\u03b1\u03b9 \u03b1\u03b9");
        maps("\u13a0\uab70", "\u13a0\u13a0", "\uab70\uab70", "\u13a0\uab70", "\u13a0\uab70", "\uab70\u13a0", "\u13a0\u13a0");
        maps("\u1e9e \u017f \u0131", "\u1e9e S I", "\u00df \u017f \u0131", "\u1e9e S I", "\u1e9e \u017f \u0131", "\u00df S I", "ss s \u0131");
        maps("hELLo 123 wOrLd", "HELLO 123 WORLD", "hello 123 world", "Hello 123 World", "Hello 123 world", "HellO 123 WoRlD", "hello 123 world");
        maps("", "", "", "", "", "", "");
        maps("a\ud801\udc00\ud801\udc28b", "A\ud801\udc00\ud801\udc00B", "a\ud801\udc28\ud801\udc28b", "A\ud801\udc28\ud801\udc28b", "A\ud801\udc28\ud801\udc28b", "A\ud801\udc28\ud801\udc00B", "a\ud801\udc28\ud801\udc28b");
        maps("\ud800x", "\ud800X", "\ud800x", "\ud800X", "\ud800x", "\ud800X", "\ud800x");
        maps("\u01f0 \u01f1 \u01f2", "J\u030c \u01f1 \u01f1", "\u01f0 \u01f3 \u01f3", "J\u030c \u01f2 \u01f2", "J\u030c \u01f3 \u01f3", "J\u030c \u01f3 \u01f2", "j\u030c \u01f3 \u01f3");
        maps("\ufb00 \ufb03", "FF FFI", "\ufb00 \ufb03", "Ff Ffi", "Ff \ufb03", "FF FFI", "ff ffi");
    }

    @Test
    void predicates() {
        preds("", "FFFFFFFFFFTT");
        preds("abc", "FFFTTFFTFTTT");
        preds("ABC", "FFFTTFTFFTTT");
        preds("Abc Def", "FFFFFFFFTFTT");
        preds("HeLlo", "FFFTTFFFFTTT");
        preds("\u01c4", "FFFTTFTFTTTF");
        preds("\u01c5a", "FFFTTFFFTTTF");
        preds("A1", "FFFFTFTFTTTT");
        preds("\u00aa", "FFFTTFFTFTTF");
        preds("123", "TTTFTFFFFFTT");
        preds("\u0660\u0661", "TTTFTFFFFFTF");
        preds("\u00b2", "TFTFTFFFFFTF");
        preds("\u2155", "FFTFTFFFFFTF");
        preds("\u4e09", "FFTTTFFFFTTF");
        preds("\u2160", "FFTFTFTFTTTF");
        preds(" \t\n\u001c\u0085\u3000", "FFFFFTFFFFFF");
        preds("\u200b", "FFFFFFFFFFFF");
        preds("_a1", "FFFFFFFTFTTT");
        preds("1a", "FFFFTFFTFFTT");
        preds("a-b", "FFFFFFFTFFTT");
        preds("\u0301", "FFFFFFFFFFTF");
        preds("\ud83d\ude00", "FFFFFFFFFFTF");
        preds("\udb40\udc01", "FFFFFFFFFFFF");
        preds("\u00a0", "FFFFFTFFFFFF");
        preds("\u00e9", "FFFTTFFTFTTF");
        preds("a\u0301", "FFFFFFFTFTTF");
        preds("\u0e33", "FFFTTFFFFFTF");
        preds("\u037a", "FFFTTFFTFFTF");
        preds("x\u2e2f", "FFFTTFFTFFTF");
        preds("\ud801\udc00", "FFFTTFTFTTTF");
        preds("abc\u007f", "FFFFFFFTFFFT");
        preds("\u13a0", "FFFTTFTFTTTF");
        preds("\u2028", "FFFFFTFFFFFF");
        preds("a\u00b7", "FFFFFFFTFTTF");
        preds("\u1885", "FFFFFFFFFTTF");
    }

    @Test
    void argumentErrors() {
        eq("TypeError: str.upper() takes no arguments (1 given)", "a", "upper", new Object[] {1L});
        eq("TypeError: str.isdigit() takes no arguments (1 given)", "a", "isdigit", new Object[] {1L});
        eq("TypeError: str.istitle() takes no arguments (1 given)", "a", "istitle", new Object[] {"x"});
    }
}

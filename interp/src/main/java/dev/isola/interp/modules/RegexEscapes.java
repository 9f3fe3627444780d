package dev.isola.interp.modules;

/**
 * The pieces of a translated pattern that stand for one Python escape or character-set
 * member: {@code re._parser._escape} and {@code _class_escape} with their error messages, and
 * the {@code java.util.regex} text for literals and the categories {@code \d \w \s} (Unicode
 * for str patterns, ASCII for bytes or {@code re.ASCII}, spelled out so that Java's own
 * definitions never apply). Stateless.
 */
final class RegexEscapes {
    private RegexEscapes() {}

    static final String DIGITS = "0123456789";
    static final String OCTDIGITS = "01234567";
    static final String HEXDIGITS = "0123456789abcdefABCDEF";
    /** Python's {@code str.isspace()} set, which Unicode {@code \s} matches. */
    private static final String UNICODE_SPACE = "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
            + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";

    /** One escape: a literal code point ({@code category} null) or a category (class members, maybe negated). */
    record Escape(int cp, String category, boolean negated) {
        static Escape literal(int cp) {
            return new Escape(cp, null, false);
        }

        boolean isLiteral() {
            return category == null;
        }

        /** The category as a stand-alone Java class. */
        String classText() {
            return (negated ? "[^" : "[") + category + "]";
        }

        /** The category inside a Java class. */
        String member() {
            return negated ? "[^" + category + "]" : category;
        }
    }

    /** A code point as Java regex text, literal in and out of classes whatever the flags. */
    static String literal(int cp) {
        if (cp < 128 && Character.isLetterOrDigit(cp)) {
            return Character.toString(cp);
        }
        return "\\x{" + Integer.toHexString(cp) + "}";
    }

    /** The members of {@code \d}, {@code \w} or {@code \s} (letter {@code c}, lower case). */
    static String category(char c, boolean unicode) {
        return switch (c) {
            case 'd' -> unicode ? "\\p{Nd}" : "0-9";
            case 'w' -> unicode ? "\\p{L}\\p{N}_" : "a-zA-Z0-9_";
            default -> unicode ? UNICODE_SPACE : "\\x{9}-\\x{d}\\x{20}";
        };
    }

    static Escape categoryEscape(String escape, boolean unicode) {
        char c = escape.charAt(1);
        char lower = Character.toLowerCase(c);
        if (escape.length() == 2 && (lower == 'd' || lower == 'w' || lower == 's')) {
            return new Escape(0, category(lower, unicode), c != lower);
        }
        return null;
    }

    static int simpleEscape(String escape) {
        if (escape.length() != 2) {
            return -1;
        }
        return switch (escape.charAt(1)) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    /** The escapes {@code \x \\u \U \N} shared by sets, patterns; -1 when {@code escape} is none of them. */
    static int hexEscape(RegexSource source, String escape) {
        char c = escape.length() == 2 ? escape.charAt(1) : 0;
        int digits = c == 'x' ? 2 : c == 'u' && source.text ? 4 : c == 'U' && source.text ? 8 : 0;
        if (digits != 0) {
            String more = source.getWhile(digits, HEXDIGITS);
            String full = escape + more;
            if (more.length() != digits) {
                throw source.error("incomplete escape " + full, full.length());
            }
            long v = Long.parseLong(more, 16);
            if (v > Character.MAX_CODE_POINT) {
                throw source.error("bad escape " + full, full.length());
            }
            return (int) v;
        }
        if (c == 'N' && source.text) {
            if (!source.match("{")) {
                throw source.error("missing {", 0);
            }
            String name = source.getUntil('}', "character name");
            int cp;
            try {
                cp = Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                throw source.error("undefined character name " + RegexSource.repr(name),
                        name.codePointCount(0, name.length()) + 4);
            }
            return cp;
        }
        return -1;
    }

    /** {@code _class_escape}: an escape inside a character set. */
    static Escape classEscape(RegexSource source, String escape, boolean unicode) {
        int simple = simpleEscape(escape);
        if (simple >= 0) {
            return Escape.literal(simple);
        }
        Escape cat = categoryEscape(escape, unicode);
        if (cat != null) {
            return cat;
        }
        int hex = hexEscape(source, escape);
        if (hex >= 0) {
            return Escape.literal(hex);
        }
        char c = escape.length() == 2 ? escape.charAt(1) : 0;
        if (OCTDIGITS.indexOf(c) >= 0) {
            String full = escape + source.getWhile(2, OCTDIGITS);
            int v = Integer.parseInt(full.substring(1), 8);
            if (v > 0377) {
                throw source.error("octal escape value " + full + " outside of range 0-0o377", full.length());
            }
            return Escape.literal(v);
        }
        if (DIGITS.indexOf(c) >= 0) {
            throw source.error("bad escape " + escape, escape.length());
        }
        return plain(source, escape);
    }

    /** An escaped non-letter stands for itself; an escaped ASCII letter with no meaning is an error. */
    static Escape plain(RegexSource source, String escape) {
        int cp = escape.codePointAt(1);
        if (cp < 128 && Character.isLetter(cp)) {
            throw source.error("bad escape " + escape, escape.length());
        }
        return Escape.literal(cp);
    }
}

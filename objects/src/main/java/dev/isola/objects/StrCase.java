package dev.isola.objects;

/**
 * The case methods and character-class predicates of {@code str}: {@code upper lower title
 * capitalize swapcase casefold} with full (one-to-many) mappings and the final-sigma rule, and
 * {@code isX} as CPython's {@code unicodeobject.c} defines them on top of {@link UnicodeProps}.
 * Stateless.
 */
final class StrCase {
    private StrCase() {}

    private interface CharTest {
        boolean test(int c);
    }

    static void register(MethodArgs.Registrar b) {
        b.method("upper", (s, self, a, k) -> map(s, self, a, k, "upper"))
                .method("lower", (s, self, a, k) -> map(s, self, a, k, "lower"))
                .method("title", (s, self, a, k) -> map(s, self, a, k, "title"))
                .method("capitalize", (s, self, a, k) -> map(s, self, a, k, "capitalize"))
                .method("swapcase", (s, self, a, k) -> map(s, self, a, k, "swapcase"))
                .method("casefold", (s, self, a, k) -> map(s, self, a, k, "casefold"))
                .method("isdigit", (s, self, a, k) -> all(s, self, a, k, "isdigit", UnicodeProps::isDigit))
                .method("isdecimal", (s, self, a, k) -> all(s, self, a, k, "isdecimal", UnicodeProps::isDecimal))
                .method("isnumeric", (s, self, a, k) -> all(s, self, a, k, "isnumeric", UnicodeProps::isNumeric))
                .method("isalpha", (s, self, a, k) -> all(s, self, a, k, "isalpha", UnicodeProps::isAlpha))
                .method("isalnum", (s, self, a, k) -> all(s, self, a, k, "isalnum", UnicodeProps::isAlnum))
                .method("isspace", (s, self, a, k) -> all(s, self, a, k, "isspace", UnicodeProps::isSpace))
                .method("isascii", (s, self, a, k) -> {
                    MethodArgs.none(s, "str.isascii", a, k);
                    return s.space().bool(StrType.isAscii(self));
                })
                .method("isprintable", (s, self, a, k) -> {
                    MethodArgs.none(s, "str.isprintable", a, k);
                    int[] t = StrType.codePoints(self);
                    for (int c : t) {
                        if (!UnicodeProps.isPrintable(c)) {
                            return s.space().falseObject();
                        }
                    }
                    return s.space().trueObject();
                })
                .method("isupper", (s, self, a, k) -> cased(s, self, a, k, "isupper", true))
                .method("islower", (s, self, a, k) -> cased(s, self, a, k, "islower", false))
                .method("istitle", StrCase::isTitle)
                .method("isidentifier", (s, self, a, k) -> {
                    MethodArgs.none(s, "str.isidentifier", a, k);
                    return s.space().bool(isIdentifier(StrType.codePoints(self)));
                });
    }

    /** True for a non-empty str whose every code point passes {@code test}. */
    private static long all(ObjectState s, long self, long args, long kwargs, String name, CharTest test) {
        MethodArgs.none(s, "str." + name, args, kwargs);
        long n = StrType.length(self);
        if (n == 0) {
            return s.space().falseObject();
        }
        for (long i = 0; i < n; i++) {
            if (!test.test(StrType.codePointAt(self, i))) {
                return s.space().falseObject();
            }
        }
        return s.space().trueObject();
    }

    /** isupper / islower: some cased character and none of the other case (or title case). */
    private static long cased(ObjectState s, long self, long args, long kwargs, String name, boolean upper) {
        MethodArgs.none(s, "str." + name, args, kwargs);
        boolean cased = false;
        for (int c : StrType.codePoints(self)) {
            boolean mine = upper ? UnicodeProps.isUpper(c) : UnicodeProps.isLower(c);
            boolean other = upper ? UnicodeProps.isLower(c) : UnicodeProps.isUpper(c);
            if (other || UnicodeProps.isTitle(c)) {
                return s.space().falseObject();
            }
            cased |= mine;
        }
        return s.space().bool(cased);
    }

    private static long isTitle(ObjectState s, long self, long args, long kwargs) {
        MethodArgs.none(s, "str.istitle", args, kwargs);
        boolean cased = false;
        boolean previousCased = false;
        for (int c : StrType.codePoints(self)) {
            if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
                if (previousCased) {
                    return s.space().falseObject();
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeProps.isLower(c)) {
                if (!previousCased) {
                    return s.space().falseObject();
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return s.space().bool(cased);
    }

    static boolean isIdentifier(int[] t) {
        if (t.length == 0 || !(UnicodeProps.isXidStart(t[0]) || t[0] == '_')) {
            return false;
        }
        for (int i = 1; i < t.length; i++) {
            if (!UnicodeProps.isXidContinue(t[i])) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- mappings

    private static long map(ObjectState s, long self, long args, long kwargs, String name) {
        MethodArgs.none(s, "str." + name, args, kwargs);
        if (StrType.isAscii(self) && Objects.type(self) == s.space().type(BuiltinType.STR)
                && asciiUnchanged(self, name)) {
            return Objects.newRef(self);
        }
        int[] t = StrType.codePoints(self);
        StrBuilder out = new StrBuilder(t.length + 8);
        switch (name) {
            case "upper" -> {
                for (int c : t) {
                    UnicodeProps.toUpper(c, out);
                }
            }
            case "lower" -> {
                for (int i = 0; i < t.length; i++) {
                    lower(t, i, out);
                }
            }
            case "casefold" -> {
                for (int c : t) {
                    UnicodeProps.caseFold(c, out);
                }
            }
            case "swapcase" -> {
                for (int i = 0; i < t.length; i++) {
                    if (UnicodeProps.isUpper(t[i])) {
                        lower(t, i, out);
                    } else if (UnicodeProps.isLower(t[i])) {
                        UnicodeProps.toUpper(t[i], out);
                    } else {
                        out.append(t[i]);
                    }
                }
            }
            case "capitalize" -> {
                for (int i = 0; i < t.length; i++) {
                    if (i == 0) {
                        UnicodeProps.toTitle(t[0], out);
                    } else {
                        lower(t, i, out);
                    }
                }
            }
            default -> {
                boolean previousCased = false;
                for (int i = 0; i < t.length; i++) {
                    if (previousCased) {
                        lower(t, i, out);
                    } else {
                        UnicodeProps.toTitle(t[i], out);
                    }
                    previousCased = UnicodeProps.isCased(t[i]);
                }
            }
        }
        return out.build(s);
    }

    /** True when mapping an ASCII str would give the same text (returns it without copying). */
    private static boolean asciiUnchanged(long self, String name) {
        long n = StrType.length(self);
        boolean upper = false;
        boolean lower = false;
        for (long i = 0; i < n; i++) {
            int c = StrType.codePointAt(self, i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return switch (name) {
            case "upper" -> !lower;
            case "lower", "casefold" -> !upper;
            case "swapcase" -> !upper && !lower;
            default -> !upper && !lower;
        };
    }

    /** CPython's {@code lower_ucs4}: the full lower-case mapping, with Σ → ς in final position. */
    private static void lower(int[] t, int i, StrBuilder out) {
        if (t[i] != 0x3a3) {
            UnicodeProps.toLower(t[i], out);
            return;
        }
        int j = i - 1;
        while (j >= 0 && UnicodeProps.isCaseIgnorable(t[j])) {
            j--;
        }
        boolean finalSigma = j >= 0 && UnicodeProps.isCased(t[j]);
        if (finalSigma && i + 1 < t.length) {
            j = i + 1;
            while (j < t.length && UnicodeProps.isCaseIgnorable(t[j])) {
                j++;
            }
            finalSigma = j == t.length || !UnicodeProps.isCased(t[j]);
        }
        out.append(finalSigma ? 0x3c2 : 0x3c3);
    }
}

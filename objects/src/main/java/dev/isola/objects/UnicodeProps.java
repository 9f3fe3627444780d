package dev.isola.objects;

import java.util.Arrays;
import java.util.Locale;

/**
 * The character properties and case mappings {@code str} methods need, as CPython's
 * {@code unicodectype.c} defines them. Java's {@link Character} tables (Unicode 16 on JDK 25, the
 * version CPython 3.14 uses) answer most questions; the few properties Java lacks are small tables
 * here, checked against CPython 3.11 for every assigned code point:
 *
 * <ul>
 *   <li>full title-case mappings (SpecialCasing.txt: {@code 'ß'.title() == 'Ss'}), 48 entries;
 *   <li>{@code Numeric_Type=Digit} (superscripts, circled digits) for {@code isdigit}, 20 ranges;
 *   <li>Han ideographs with a numeric value ({@code '三'.isnumeric()}), 72 code points;
 *   <li>the NFKC exclusions that make XID_Start/XID_Continue narrower than Java's identifier tests;
 *   <li>case folding where it is not lower(upper(c)): Cherokee folds to upper case, {@code 'ı'} and
 *       {@code 'ẞ'}.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class UnicodeProps {
    private UnicodeProps() {}

    private static final int[][] TITLE_SPECIAL = {
        {0xdf, 0x53, 0x73}, {0x149, 0x2bc, 0x4e}, {0x1f0, 0x4a, 0x30c}, {0x390, 0x399, 0x308, 0x301},
        {0x3b0, 0x3a5, 0x308, 0x301}, {0x587, 0x535, 0x582}, {0x1e96, 0x48, 0x331}, {0x1e97, 0x54, 0x308},
        {0x1e98, 0x57, 0x30a}, {0x1e99, 0x59, 0x30a}, {0x1e9a, 0x41, 0x2be}, {0x1f50, 0x3a5, 0x313},
        {0x1f52, 0x3a5, 0x313, 0x300}, {0x1f54, 0x3a5, 0x313, 0x301}, {0x1f56, 0x3a5, 0x313, 0x342},
        {0x1fb2, 0x1fba, 0x345}, {0x1fb4, 0x386, 0x345}, {0x1fb6, 0x391, 0x342}, {0x1fb7, 0x391, 0x342, 0x345},
        {0x1fc2, 0x1fca, 0x345}, {0x1fc4, 0x389, 0x345}, {0x1fc6, 0x397, 0x342}, {0x1fc7, 0x397, 0x342, 0x345},
        {0x1fd2, 0x399, 0x308, 0x300}, {0x1fd3, 0x399, 0x308, 0x301}, {0x1fd6, 0x399, 0x342},
        {0x1fd7, 0x399, 0x308, 0x342}, {0x1fe2, 0x3a5, 0x308, 0x300}, {0x1fe3, 0x3a5, 0x308, 0x301},
        {0x1fe4, 0x3a1, 0x313}, {0x1fe6, 0x3a5, 0x342}, {0x1fe7, 0x3a5, 0x308, 0x342}, {0x1ff2, 0x1ffa, 0x345},
        {0x1ff4, 0x38f, 0x345}, {0x1ff6, 0x3a9, 0x342}, {0x1ff7, 0x3a9, 0x342, 0x345}, {0xfb00, 0x46, 0x66},
        {0xfb01, 0x46, 0x69}, {0xfb02, 0x46, 0x6c}, {0xfb03, 0x46, 0x66, 0x69}, {0xfb04, 0x46, 0x66, 0x6c},
        {0xfb05, 0x53, 0x74}, {0xfb06, 0x53, 0x74}, {0xfb13, 0x544, 0x576}, {0xfb14, 0x544, 0x565},
        {0xfb15, 0x544, 0x56b}, {0xfb16, 0x54e, 0x576}, {0xfb17, 0x544, 0x56d},
    };

    /** Inclusive ranges of Numeric_Type=Digit that are not decimal digits. */
    private static final int[] DIGIT_RANGES = {
        0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
        0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff,
        0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a,
        0x1f100, 0x1f10a,
    };

    /** Letters (category Lo) with a numeric value, sorted. */
    private static final int[] HAN_NUMERIC = {
        0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf,
        0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344,
        0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c,
        0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3,
        0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd,
        0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19,
        0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
    };

    /** Identifier characters Java accepts that XID_Continue does not (NFKC closure), sorted. */
    private static final int[] NOT_XID_CONTINUE = {
        0x37a, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70,
        0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e,
    };

    /** Additionally not XID_Start (they may continue an identifier). */
    private static final int[] NOT_XID_START_ONLY = {0xe33, 0xeb3, 0xff9e, 0xff9f};

    // ---------------------------------------------------------------- classes

    /** {@code Py_UNICODE_ISSPACE}: bidirectional WS, B or S, or category Zs. */
    static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** {@code Py_UNICODE_ISLINEBREAK}: the boundaries of {@code str.splitlines}. */
    static boolean isLineBreak(int c) {
        return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isDecimal(int c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        return isValid(c) && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        return isDecimal(c) || inRanges(DIGIT_RANGES, c);
    }

    static boolean isNumeric(int c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        if (!isValid(c)) {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || Arrays.binarySearch(HAN_NUMERIC, c) >= 0;
    }

    static boolean isAlpha(int c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return isValid(c) && Character.isLetter(c);
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    static boolean isUpper(int c) {
        return isValid(c) && Character.isUpperCase(c);
    }

    static boolean isLower(int c) {
        return isValid(c) && Character.isLowerCase(c);
    }

    static boolean isTitle(int c) {
        return isValid(c) && Character.isTitleCase(c);
    }

    /** Cased: Lowercase, Uppercase or Lt. */
    static boolean isCased(int c) {
        return isLower(c) || isUpper(c) || isTitle(c);
    }

    /** Case_Ignorable: Mn Me Cf Lm Sk, or Word_Break MidLetter, MidNumLet or Single_Quote. */
    static boolean isCaseIgnorable(int c) {
        switch (c) {
            case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55,
                 0xff07, 0xff0e, 0xff1a:
                return true;
            default:
                break;
        }
        if (!isValid(c)) {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    /** {@code str.isprintable()} for one code point: not in Cc Cf Cs Co Cn Zl Zp, nor Zs other than space. */
    static boolean isPrintable(int c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7f;
        }
        if (!isValid(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static boolean isXidStart(int c) {
        if (c < 0x80) {
            return isAlpha(c);
        }
        return isValid(c) && Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c)
                && Arrays.binarySearch(NOT_XID_CONTINUE, c) < 0 && Arrays.binarySearch(NOT_XID_START_ONLY, c) < 0;
    }

    static boolean isXidContinue(int c) {
        if (c < 0x80) {
            return isAlpha(c) || isDecimal(c) || c == '_';
        }
        return isValid(c) && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                && Arrays.binarySearch(NOT_XID_CONTINUE, c) < 0;
    }

    private static boolean isValid(int c) {
        return c >= 0 && c <= Character.MAX_CODE_POINT;
    }

    private static boolean inRanges(int[] ranges, int c) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (c < ranges[i]) {
                return false;
            }
            if (c <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- case mappings (full)

    /** Appends the full upper-case mapping of {@code c}. */
    static void toUpper(int c, StrBuilder out) {
        if (c < 0x80) {
            out.append(c >= 'a' && c <= 'z' ? c - 32 : c);
        } else if (isSurrogate(c)) {
            out.append(c);
        } else {
            out.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
        }
    }

    /** Appends the full lower-case mapping of {@code c} (without the final-sigma rule: see StrMethods). */
    static void toLower(int c, StrBuilder out) {
        if (c < 0x80) {
            out.append(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (isSurrogate(c)) {
            out.append(c);
        } else {
            out.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
        }
    }

    /** Appends the full title-case mapping of {@code c}. */
    static void toTitle(int c, StrBuilder out) {
        if (c < 0x80) {
            out.append(c >= 'a' && c <= 'z' ? c - 32 : c);
            return;
        }
        if (c >= 0xdf && c <= 0xfb17) {
            for (int[] entry : TITLE_SPECIAL) {
                if (entry[0] == c) {
                    for (int i = 1; i < entry.length; i++) {
                        out.append(entry[i]);
                    }
                    return;
                }
            }
        }
        out.append(isSurrogate(c) ? c : Character.toTitleCase(c));
    }

    /** Appends the full case folding of {@code c} (CaseFolding.txt, statuses C and F). */
    static void caseFold(int c, StrBuilder out) {
        if (c < 0x80) {
            toLower(c, out);
            return;
        }
        if (c == 0x131 || isSurrogate(c)) {
            out.append(c);
            return;
        }
        if (c == 0x1e9e) {
            out.append('s').append('s');
            return;
        }
        if ((c >= 0x13a0 && c <= 0x13ff) || (c >= 0xab70 && c <= 0xabbf)) {
            toUpper(c, out);
            return;
        }
        String upper = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); ) {
            int u = upper.codePointAt(i);
            i += Character.charCount(u);
            toLower(u, out);
        }
    }

    private static boolean isSurrogate(int c) {
        return c >= 0xd800 && c <= 0xdfff;
    }
}

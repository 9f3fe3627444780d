package dev.isola.interp.modules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java side of a {@code re.Pattern}, held in the interpreter's handle table: the translated
 * {@link Pattern}, and the search rules of CPython's {@code _sre} on top of {@link Matcher}.
 *
 * <p>Matching runs over the subject truncated at {@code endpos} (so {@code $} and {@code \Z}
 * see {@code endpos} as the end, as in Python) with a region starting at {@code pos}, transparent
 * bounds (look-behind and {@code \b} see before {@code pos}) and no anchoring bounds ({@code ^}
 * matches only at the real start). After an empty match, CPython's scanners set
 * {@code must_advance}: the next match may start at the same place only if it is not empty.
 * Java cannot say that with {@code find()}, so a second pattern, the first followed by
 * {@code (?!\G)} (not ending where the attempt began), is tried there first. Used under the
 * interpreter lock only.
 */
final class ReCompiled {
    final RegexTranslator.Result result;
    final boolean text;
    private final Pattern pattern;
    private Pattern nonEmpty;

    ReCompiled(RegexTranslator.Result result, boolean text) {
        this.result = result;
        this.text = text;
        this.pattern = Pattern.compile(result.java(), result.javaFlags());
    }

    enum Mode { MATCH, FULLMATCH, SEARCH }

    /**
     * One attempt over {@code subject} between Python positions {@code pos} and {@code endpos}
     * (already clamped); the spans as Python positions ({@code 2 * (groups + 1)} entries, -1 when
     * a group did not match), or null for no match.
     */
    long[] match(ReSubject subject, long pos, long endpos, Mode mode, boolean mustAdvance) {
        if (pos > endpos) {
            return null;
        }
        int start = subject.unit(pos);
        String input = subject.java.substring(0, subject.unit(endpos));
        Matcher m = null;
        if (mustAdvance && mode != Mode.FULLMATCH) {
            m = matcher(nonEmptyPattern(), input, start);
            if (!m.lookingAt()) {
                if (mode == Mode.MATCH || start >= input.length()) {
                    return null;
                }
                start += Character.charCount(input.codePointAt(start));
                m = null;
            }
        }
        if (m == null) {
            m = matcher(pattern, input, start);
            boolean found = switch (mode) {
                case MATCH -> m.lookingAt();
                case FULLMATCH -> m.matches() && !(mustAdvance && m.end() == start);
                case SEARCH -> m.find();
            };
            if (!found) {
                return null;
            }
        }
        int[] jg = result.javaGroup();
        long[] spans = new long[2 * jg.length];
        for (int g = 0; g < jg.length; g++) {
            int s = m.start(jg[g]);
            spans[2 * g] = s < 0 ? -1 : subject.pos(s);
            spans[2 * g + 1] = s < 0 ? -1 : subject.pos(m.end(jg[g]));
        }
        return spans;
    }

    private static Matcher matcher(Pattern p, String input, int start) {
        Matcher m = p.matcher(input);
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        m.region(start, input.length());
        return m;
    }

    private Pattern nonEmptyPattern() {
        if (nonEmpty == null) {
            nonEmpty = Pattern.compile("(?:" + result.java() + ")(?!\\G)", result.javaFlags());
        }
        return nonEmpty;
    }

    /**
     * The group that closed last, Python's {@code lastindex}, or -1: of the groups ending
     * furthest, the last one, or the outermost group around it that ends there too.
     */
    int lastIndex(long[] spans) {
        int best = -1;
        long end = -1;
        for (int g = 1; g < spans.length / 2; g++) {
            if (spans[2 * g] >= 0 && spans[2 * g + 1] >= end) {
                best = g;
                end = spans[2 * g + 1];
            }
        }
        if (best < 0) {
            return -1;
        }
        int[] parent = result.parent();
        for (int p = parent[best]; p > 0; p = parent[p]) {
            if (spans[2 * p] >= 0 && spans[2 * p + 1] == end) {
                best = p;
            }
        }
        return best;
    }
}

package dev.isola.interp.modules;

import dev.isola.interp.modules.RegexEscapes.Escape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Translates a Python regular expression into {@code java.util.regex} syntax, parsing it as
 * CPython 3.11's {@code re._parser} does so that the same patterns are refused with the same
 * messages and positions. Where the two dialects differ the output spells Python's meaning out:
 *
 * <pre>
 *   Python                     Java emitted
 *   (?P&lt;name&gt;x)                 (x)           names kept in a table; Java groups are only numbered
 *   \1  (?P=name)              (?:\1)        wrapped so a digit after it stays a literal
 *   .                          [^\n]         [\s\S] under DOTALL
 *   ^  $                       \A  (?=\n?\z)  MULTILINE: (?:\A|(?&lt;=\n))  (?=\n|\z)
 *   \Z                         \z
 *   \d \w \s                   explicit classes, Unicode or ASCII by the flags in force
 *   \b \B                      look-arounds over that \w
 *   [^...\W...]                (?:(?![...])[\s\S])  a negated set holding a negated category
 *   (?(1)yes|no)               (?:(?=\k)yes|(?!\k)no)  \k an empty group placed at the end of group 1
 *   (?i:x) (?a:x)              (?iu:x) (?-u:x)  only case-insensitivity is left to Java's flags
 * </pre>
 *
 * Literals are emitted as {@code \x{h}} unless ASCII letters or digits, so Java's specials
 * ({@code [}, {@code &&} in sets, whitespace under COMMENTS) never arise. Verbose mode is
 * handled here. Positions are code points. One translator per pattern; not thread-safe.
 */
final class RegexTranslator {
    static final int TEMPLATE = 1, IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32,
            VERBOSE = 64, DEBUG = 128, ASCII = 256;
    static final long MAXREPEAT = 4294967295L;
    private static final String FLAG_CHARS = "iLmsxatu";
    /** The flag of inline flag letter {@code c} (one of {@link #FLAG_CHARS}). */
    private static int flagValue(String c) {
        return switch (c) {
            case "i" -> IGNORECASE;
            case "L" -> LOCALE;
            case "m" -> MULTILINE;
            case "s" -> DOTALL;
            case "x" -> VERBOSE;
            case "a" -> ASCII;
            case "t" -> TEMPLATE;
            case "u" -> UNICODE;
            default -> throw new IllegalArgumentException("not a flag letter: " + c);
        };
    }

    private static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    private static final int GLOBAL_FLAGS = DEBUG | TEMPLATE;
    private static final String SPECIAL = ".\\[{()*+?^$|";

    /** The translation: Java text and flags, Python's flags and groups, and where each Python group is in Java. */
    record Result(String java, int javaFlags, int flags, int groups, Map<String, Integer> groupIndex, int[] javaGroup,
            int[] parent) {}

    enum Kind { LITERAL, SET, AT, REPEAT, GROUP, OTHER }

    /** One parsed element: its Java text (atomic for every kind), its width range, and its kind. */
    record Item(String java, Kind kind, long min, long max) {}

    private final RegexSource source;
    private final Set<Integer> markedGroups;
    private final Set<Integer> wantedMarks = new HashSet<>();
    int flags;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final List<long[]> widths = new ArrayList<>();
    private final List<Integer> javaGroup = new ArrayList<>();
    private final List<Integer> markGroup = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    private final Map<Integer, Integer> groupRefPos = new LinkedHashMap<>();
    private int javaGroups;
    private int currentGroup;
    private int lookbehindGroups = -1;

    private RegexTranslator(int[] pattern, boolean text, int flags, Set<Integer> markedGroups) {
        this.source = new RegexSource(pattern, text);
        this.flags = flags;
        this.markedGroups = markedGroups;
        widths.add(new long[] {0, 0});
        javaGroup.add(0);
        markGroup.add(-1);
        parent.add(-1);
    }

    /** Translates {@code pattern} (code points; bytes as Latin-1 when not {@code text}). */
    static Result translate(int[] pattern, boolean text, int flags) {
        RegexTranslator t = new RegexTranslator(pattern, text, flags, Set.of());
        Result r = t.run();
        if (!t.wantedMarks.isEmpty()) {
            t = new RegexTranslator(pattern, text, flags, Set.copyOf(t.wantedMarks));
            r = t.run();
        }
        return r;
    }

    private Result run() {
        Item top = parseSub((flags & VERBOSE) != 0, 0);
        fixFlags();
        if (source.next != null) {
            throw source.error("unbalanced parenthesis", 0);
        }
        for (var e : groupRefPos.entrySet()) {
            if (e.getKey() >= groupCount()) {
                throw new RegexSource.Error("invalid group reference " + e.getKey(), e.getValue());
            }
        }
        int javaFlags = 0;
        if ((flags & IGNORECASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE | (unicode() ? Pattern.UNICODE_CASE : 0);
        }
        int n = groupCount();
        int[] jg = new int[n];
        int[] par = new int[n];
        for (int i = 0; i < n; i++) {
            jg[i] = javaGroup.get(i);
            par[i] = parent.get(i);
        }
        return new Result(top.java(), javaFlags, flags, n - 1, Map.copyOf(names), jg, par);
    }

    private int groupCount() {
        return widths.size();
    }

    private void fixFlags() {
        if (source.text) {
            if ((flags & LOCALE) != 0) {
                throw new RegexValueError("cannot use LOCALE flag with a str pattern");
            }
            if ((flags & ASCII) == 0) {
                flags |= UNICODE;
            } else if ((flags & UNICODE) != 0) {
                throw new RegexValueError("ASCII and UNICODE flags are incompatible");
            }
        } else {
            if ((flags & UNICODE) != 0) {
                throw new RegexValueError("cannot use UNICODE flag with a bytes pattern");
            }
            if ((flags & LOCALE) != 0 && (flags & ASCII) != 0) {
                throw new RegexValueError("ASCII and LOCALE flags are incompatible");
            }
        }
    }

    /** A flag error CPython raises as ValueError. */
    static final class RegexValueError extends RuntimeException {
        RegexValueError(String msg) {
            super(msg, null, false, false);
        }
    }

    boolean unicode() {
        return source.text && (flags & ASCII) == 0;
    }

    // ---------------------------------------------------------------- alternation and sequence

    private Item parseSub(boolean verbose, int nested) {
        List<Item> items = new ArrayList<>();
        while (true) {
            items.add(parse(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!source.match("|")) {
                break;
            }
            if (nested == 0) {
                verbose = (flags & VERBOSE) != 0;
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        StringBuilder b = new StringBuilder("(?:");
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : "|").append(items.get(i).java());
            min = Math.min(min, items.get(i).min());
            max = Math.max(max, items.get(i).max());
        }
        return new Item(b.append(')').toString(), Kind.GROUP, min, max);
    }

    /** {@code _parse}: a sequence up to {@code |}, {@code )} or the end, as one group item. */
    private Item parse(boolean verbose, int nested, boolean first) {
        List<Item> seq = new ArrayList<>();
        while (true) {
            String t = source.next;
            if (t == null || t.equals("|") || t.equals(")")) {
                break;
            }
            source.get();
            if (verbose && t.length() == 1 && " \t\n\r\u000b\f".indexOf(t.charAt(0)) >= 0) {
                continue;
            }
            if (verbose && t.equals("#")) {
                while (true) {
                    String c = source.get();
                    if (c == null || c.equals("\n")) {
                        break;
                    }
                }
                continue;
            }
            if (t.charAt(0) == '\\') {
                seq.add(escape(t));
            } else if (t.length() > 1 || SPECIAL.indexOf(t.charAt(0)) < 0) {
                seq.add(literal(t.codePointAt(0)));
            } else if (t.equals("[")) {
                seq.add(RegexSets.parse(source, this));
            } else if ("*+?{".contains(t)) {
                repeat(t, seq);
            } else if (t.equals(".")) {
                seq.add(new Item((flags & DOTALL) != 0 ? "[\\s\\S]" : "[^\\n]", Kind.SET, 1, 1));
            } else if (t.equals("(")) {
                Item g = RegexGroups.parse(source, this, verbose, nested, first && seq.isEmpty());
                if (g == null) {
                    verbose = (flags & VERBOSE) != 0;
                } else {
                    seq.add(g);
                }
            } else if (t.equals("^")) {
                seq.add(at((flags & MULTILINE) != 0 ? "(?:\\A|(?<=\\n))" : "\\A"));
            } else {
                seq.add(at((flags & MULTILINE) != 0 ? "(?=\\n|\\z)" : "(?=\\n?\\z)"));
            }
        }
        if (seq.size() == 1) {
            return seq.get(0);
        }
        StringBuilder b = new StringBuilder("(?:");
        long min = 0;
        long max = 0;
        for (Item i : seq) {
            b.append(i.java());
            min = Math.min(MAXREPEAT, min + i.min());
            max = Math.min(MAXREPEAT, max + i.max());
        }
        return new Item(b.append(')').toString(), Kind.GROUP, min, max);
    }

    static Item at(String java) {
        return new Item(java, Kind.AT, 0, 0);
    }

    static Item literal(int cp) {
        return new Item(RegexEscapes.literal(cp), Kind.LITERAL, 1, 1);
    }

    private void repeat(String t, List<Item> seq) {
        int here = source.tell();
        long min;
        long max;
        switch (t) {
            case "?" -> { min = 0; max = 1; }
            case "*" -> { min = 0; max = MAXREPEAT; }
            case "+" -> { min = 1; max = MAXREPEAT; }
            default -> {
                if (source.nextIs("}")) {
                    seq.add(literal('{'));
                    return;
                }
                String lo = source.getWhile(Integer.MAX_VALUE, RegexEscapes.DIGITS);
                String hi;
                if (source.match(",")) {
                    hi = source.getWhile(Integer.MAX_VALUE, RegexEscapes.DIGITS);
                } else {
                    hi = lo;
                }
                if (!source.match("}")) {
                    seq.add(literal('{'));
                    source.seek(here);
                    return;
                }
                min = lo.isEmpty() ? 0 : bound(lo);
                max = hi.isEmpty() ? MAXREPEAT : bound(hi);
                if (!hi.isEmpty() && max < min) {
                    throw source.error("min repeat greater than max repeat", source.tell() - here);
                }
            }
        }
        Item item = seq.isEmpty() ? null : seq.get(seq.size() - 1);
        if (item == null || item.kind() == Kind.AT) {
            throw source.error("nothing to repeat", source.tell() - here + 1);
        }
        if (item.kind() == Kind.REPEAT) {
            throw source.error("multiple repeat", source.tell() - here + 1);
        }
        String q = min == 0 && max == MAXREPEAT ? "*" : min == 1 && max == MAXREPEAT ? "+"
                : min == 0 && max == 1 ? "?" : max == MAXREPEAT ? "{" + min + ",}"
                : min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
        if (source.match("?")) {
            q += "?";
        } else if (source.match("+")) {
            q += "+";
        }
        seq.set(seq.size() - 1, new Item(item.java() + q, Kind.REPEAT, Math.min(MAXREPEAT, item.min() * min),
                max == 0 ? 0 : item.max() >= MAXREPEAT / Math.max(1, max) ? MAXREPEAT : item.max() * max));
    }

    private static long bound(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            throw new RegexOverflow();
        }
        return Long.parseLong(digits);
    }

    /** "the repetition number is too large", an OverflowError in CPython. */
    static final class RegexOverflow extends RuntimeException {
        RegexOverflow() {
            super("the repetition number is too large", null, false, false);
        }
    }

    // ---------------------------------------------------------------- escapes outside sets

    private Item escape(String escape) {
        boolean uni = unicode();
        if (escape.length() == 2) {
            String w = "[" + RegexEscapes.category('w', uni) + "]";
            switch (escape.charAt(1)) {
                case 'A' -> { return at("\\A"); }
                case 'Z' -> { return at("\\z"); }
                case 'b' -> { return at("(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"); }
                case 'B' -> { return at("(?!\\A\\z)(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))"); }
                default -> { }
            }
        }
        Escape cat = RegexEscapes.categoryEscape(escape, uni);
        if (cat != null) {
            return new Item(cat.classText(), Kind.SET, 1, 1);
        }
        int simple = RegexEscapes.simpleEscape(escape);
        if (simple >= 0) {
            return literal(simple);
        }
        int hex = RegexEscapes.hexEscape(source, escape);
        if (hex >= 0) {
            return literal(hex);
        }
        char c = escape.length() == 2 ? escape.charAt(1) : 0;
        if (c == '0') {
            return literal(Integer.parseInt((escape + source.getWhile(2, RegexEscapes.OCTDIGITS)).substring(1), 8));
        }
        if (c >= '1' && c <= '9') {
            String full = escape;
            if (source.next != null && source.next.length() == 1 && Character.isDigit(source.next.charAt(0))
                    && source.next.charAt(0) < 128) {
                full += source.get();
                if (RegexEscapes.OCTDIGITS.indexOf(full.charAt(1)) >= 0
                        && RegexEscapes.OCTDIGITS.indexOf(full.charAt(2)) >= 0 && source.next != null
                        && source.next.length() == 1 && RegexEscapes.OCTDIGITS.indexOf(source.next.charAt(0)) >= 0) {
                    full += source.get();
                    int v = Integer.parseInt(full.substring(1), 8);
                    if (v > 0377) {
                        throw source.error("octal escape value " + full + " outside of range 0-0o377", full.length());
                    }
                    return literal(v);
                }
            }
            int group = Integer.parseInt(full.substring(1));
            if (group < groupCount()) {
                if (!groupClosed(group)) {
                    throw source.error("cannot refer to an open group", full.length());
                }
                checkLookbehindGroup(group);
                return groupRef(group);
            }
            throw source.error("invalid group reference " + group, full.length() - 1);
        }
        return literal(RegexEscapes.plain(source, escape).cp());
    }

    // ---------------------------------------------------------------- groups (used by RegexGroups)

    RegexSource source() {
        return source;
    }

    /** Opens Python group {@code gid = groups}, returning it; its Java group is the next one. */
    int openGroup(String name, int nameOffset) {
        int gid = groupCount();
        if (name != null) {
            Integer old = names.get(name);
            if (old != null) {
                throw source.error("redefinition of group name " + RegexSource.repr(name) + " as group " + gid
                        + "; was group " + old, nameOffset);
            }
            names.put(name, gid);
        }
        widths.add(null);
        javaGroup.add(++javaGroups);
        markGroup.add(-1);
        parent.add(currentGroup);
        currentGroup = gid;
        return gid;
    }

    /** Closes {@code gid} with {@code content}; returns the group's Java text (with its mark if wanted). */
    String closeGroup(int gid, Item content) {
        widths.set(gid, new long[] {content.min(), content.max()});
        currentGroup = parent.get(gid);
        if (markedGroups.contains(gid)) {
            markGroup.set(gid, ++javaGroups);
            return "(" + content.java() + "())";
        }
        return "(" + content.java() + ")";
    }

    boolean groupClosed(int gid) {
        return gid < groupCount() && widths.get(gid) != null;
    }

    void checkLookbehindGroup(int gid) {
        if (lookbehindGroups >= 0) {
            if (!groupClosed(gid)) {
                throw source.error("cannot refer to an open group", 0);
            }
            if (gid >= lookbehindGroups) {
                throw source.error("cannot refer to group defined in the same lookbehind subpattern", 0);
            }
        }
    }

    Item groupRef(int gid) {
        long[] w = widths.get(gid);
        return new Item("(?:\\" + javaGroup.get(gid) + ")", Kind.OTHER, w[0], w[1]);
    }

    Integer groupByName(String name) {
        return names.get(name);
    }

    int lookbehindGroups() {
        return lookbehindGroups;
    }

    void setLookbehindGroups(int value) {
        lookbehindGroups = value;
    }

    int groups() {
        return groupCount();
    }

    void recordGroupRef(int gid, int pos) {
        groupRefPos.putIfAbsent(gid, pos);
    }

    /** The Java group of {@code gid}'s mark, or -1 (then a second translation will place it). */
    int mark(int gid) {
        wantedMarks.add(gid);
        return gid < markGroup.size() ? markGroup.get(gid) : -1;
    }

    Item parseSubpattern(boolean verbose, int nested) {
        return parseSub(verbose, nested);
    }

    Item parseSequence(boolean verbose, int nested) {
        return parse(verbose, nested, false);
    }

    /** {@code _parse_flags}: reads inline flags after {@code (?c}; null for global flags, else {add, del}. */
    int[] parseFlags(String c) {
        int add = 0;
        int del = 0;
        if (!c.equals("-")) {
            while (true) {
                int flag = flagValue(c);
                if (source.text && c.equals("L")) {
                    throw source.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                }
                if (!source.text && c.equals("u")) {
                    throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
                    throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                c = source.get();
                if (c == null) {
                    throw source.error("missing -, : or )", 0);
                }
                if (c.equals(")") || c.equals("-") || c.equals(":")) {
                    break;
                }
                if (!isFlag(c)) {
                    throw source.error(Character.isLetter(c.codePointAt(0)) ? "unknown flag" : "missing -, : or )",
                            c.codePointCount(0, c.length()));
                }
            }
        }
        if (c.equals(")")) {
            flags |= add;
            return null;
        }
        if ((add & GLOBAL_FLAGS) != 0) {
            throw source.error("bad inline flags: cannot turn on global flag", 1);
        }
        if (c.equals("-")) {
            c = source.get();
            if (c == null) {
                throw source.error("missing flag", 0);
            }
            if (!isFlag(c)) {
                throw source.error(Character.isLetter(c.codePointAt(0)) ? "unknown flag" : "missing flag",
                        c.codePointCount(0, c.length()));
            }
            while (true) {
                int flag = flagValue(c);
                if ((flag & TYPE_FLAGS) != 0) {
                    throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                }
                del |= flag;
                c = source.get();
                if (c == null) {
                    throw source.error("missing :", 0);
                }
                if (c.equals(":")) {
                    break;
                }
                if (!isFlag(c)) {
                    throw source.error(Character.isLetter(c.codePointAt(0)) ? "unknown flag" : "missing :",
                            c.codePointCount(0, c.length()));
                }
            }
        }
        if ((del & GLOBAL_FLAGS) != 0) {
            throw source.error("bad inline flags: cannot turn off global flag", 1);
        }
        if ((add & del) != 0) {
            throw source.error("bad inline flags: flag turned on and off", 1);
        }
        return new int[] {add, del};
    }

    static boolean isFlag(String c) {
        return c != null && c.length() == 1 && FLAG_CHARS.indexOf(c.charAt(0)) >= 0;
    }
}

package dev.isola.interp.modules;

import dev.isola.interp.modules.RegexTranslator.Item;
import dev.isola.interp.modules.RegexTranslator.Kind;

/**
 * The parenthesised constructs of a Python pattern, {@code re._parser._parse}'s {@code "("}
 * branch: groups (named or not), {@code (?P=name)}, comments, look-arounds, conditionals,
 * atomic groups and inline flags, with CPython 3.11's errors. Emits Java text through the
 * {@link RegexTranslator} that owns the group table. Stateless.
 */
final class RegexGroups {
    private RegexGroups() {}

    /** Parses after {@code (}; null when it was a global flag group (nothing to emit). */
    static Item parse(RegexSource source, RegexTranslator tr, boolean verbose, int nested, boolean first) {
        int start = source.tell() - 1;
        boolean capture = true;
        boolean atomic = false;
        String name = null;
        int add = 0;
        int del = 0;
        if (source.match("?")) {
            String c = source.get();
            if (c == null) {
                throw source.error("unexpected end of pattern", 0);
            }
            switch (c) {
                case "P" -> {
                    if (source.match("<")) {
                        name = source.getUntil('>', "group name");
                        source.checkGroupName(name, 1);
                    } else if (source.match("=")) {
                        String ref = source.getUntil(')', "group name");
                        source.checkGroupName(ref, 1);
                        Integer gid = tr.groupByName(ref);
                        int len = ref.codePointCount(0, ref.length()) + 1;
                        if (gid == null) {
                            throw source.error("unknown group name " + RegexSource.repr(ref), len);
                        }
                        if (!tr.groupClosed(gid)) {
                            throw source.error("cannot refer to an open group", len);
                        }
                        tr.checkLookbehindGroup(gid);
                        return tr.groupRef(gid);
                    } else {
                        String d = source.get();
                        if (d == null) {
                            throw source.error("unexpected end of pattern", 0);
                        }
                        throw source.error("unknown extension ?P" + d, d.codePointCount(0, d.length()) + 2);
                    }
                }
                case ":" -> capture = false;
                case "#" -> {
                    while (true) {
                        if (source.next == null) {
                            throw source.error("missing ), unterminated comment", source.tell() - start);
                        }
                        if (")".equals(source.get())) {
                            return new Item("(?:)", Kind.GROUP, 0, 0);
                        }
                    }
                }
                case "=", "!", "<" -> {
                    return lookaround(source, tr, verbose, nested, c, start);
                }
                case "(" -> {
                    return conditional(source, tr, verbose, nested, start);
                }
                case ">" -> {
                    capture = false;
                    atomic = true;
                }
                default -> {
                    if (!RegexTranslator.isFlag(c) && !c.equals("-")) {
                        throw source.error("unknown extension ?" + c, c.codePointCount(0, c.length()) + 1);
                    }
                    int[] f = tr.parseFlags(c);
                    if (f == null) {
                        if (!first) {
                            throw source.error("global flags not at the start of the expression",
                                    source.tell() - start);
                        }
                        return null;
                    }
                    add = f[0];
                    del = f[1];
                    capture = false;
                }
            }
        }
        int group = capture ? tr.openGroup(name, name == null ? 0 : name.codePointCount(0, name.length()) + 1) : -1;
        boolean subVerbose = (verbose || (add & RegexTranslator.VERBOSE) != 0)
                && (del & RegexTranslator.VERBOSE) == 0;
        int outer = tr.flags;
        boolean outerCase = (outer & RegexTranslator.IGNORECASE) != 0;
        boolean outerUni = tr.unicode();
        tr.flags = (outer | add) & ~del;
        Item p;
        try {
            p = tr.parseSubpattern(subVerbose, nested + 1);
        } finally {
            tr.flags = outer;
        }
        if (!source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
        }
        if (group >= 0) {
            return new Item(tr.closeGroup(group, p), Kind.GROUP, p.min(), p.max());
        }
        if (atomic) {
            return new Item("(?>" + p.java() + ")", Kind.GROUP, p.min(), p.max());
        }
        if (add == 0 && del == 0) {
            return p.kind() == Kind.LITERAL || p.kind() == Kind.SET ? p
                    : new Item("(?:" + p.java() + ")", Kind.GROUP, p.min(), p.max());
        }
        boolean innerCase = ((outer | add) & ~del & RegexTranslator.IGNORECASE) != 0;
        boolean innerUni = innerCase && source.text && ((outer | add) & RegexTranslator.ASCII) == 0;
        return new Item(javaFlagGroup(outerCase, outerUni && outerCase, innerCase, innerUni) + p.java() + ")",
                Kind.GROUP, p.min(), p.max());
    }

    private static String javaFlagGroup(boolean outerCase, boolean outerUni, boolean innerCase, boolean innerUni) {
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        if (innerCase != outerCase) {
            (innerCase ? on : off).append('i');
        }
        if (innerUni != outerUni) {
            (innerUni ? on : off).append('u');
        }
        return "(?" + on + (off.isEmpty() ? "" : "-" + off) + ":";
    }

    private static Item lookaround(RegexSource source, RegexTranslator tr, boolean verbose, int nested, String c,
            int start) {
        boolean behind = false;
        if (c.equals("<")) {
            c = source.get();
            if (c == null) {
                throw source.error("unexpected end of pattern", 0);
            }
            if (!c.equals("=") && !c.equals("!")) {
                throw source.error("unknown extension ?<" + c, c.codePointCount(0, c.length()) + 2);
            }
            behind = true;
        }
        int saved = tr.lookbehindGroups();
        if (behind && saved < 0) {
            tr.setLookbehindGroups(tr.groups());
        }
        Item p = tr.parseSubpattern(verbose, nested + 1);
        if (behind && saved < 0) {
            tr.setLookbehindGroups(-1);
        }
        if (!source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
        }
        if (behind && p.min() != p.max()) {
            throw new RegexSource.Error("look-behind requires fixed-width pattern", -1);
        }
        String open = (behind ? "(?<" : "(?") + c;
        return new Item(open + p.java() + ")", Kind.OTHER, 0, 0);
    }

    private static Item conditional(RegexSource source, RegexTranslator tr, boolean verbose, int nested, int start) {
        String cond = source.getUntil(')', "group name");
        int len = cond.codePointCount(0, cond.length()) + 1;
        int gid;
        if (RegexSource.isIdentifier(cond)) {
            Integer g = tr.groupByName(cond);
            if (g == null) {
                throw source.error("unknown group name " + RegexSource.repr(cond), len);
            }
            gid = g;
        } else {
            if (!cond.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw source.error("bad character in group name " + RegexSource.repr(cond), len);
            }
            if (cond.length() > 9) {
                throw source.error("invalid group reference " + cond, len);
            }
            gid = Integer.parseInt(cond);
            if (gid == 0) {
                throw source.error("bad group number", len);
            }
            tr.recordGroupRef(gid, source.tell() - len);
        }
        tr.checkLookbehindGroup(gid);
        Item yes = tr.parseSequence(verbose, nested + 1);
        Item no = null;
        if (source.match("|")) {
            no = tr.parseSequence(verbose, nested + 1);
            if (source.nextIs("|")) {
                throw source.error("conditional backref with more than two branches", 0);
            }
        }
        if (!source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
        }
        String noText = no == null ? "" : no.java();
        long min = Math.min(yes.min(), no == null ? 0 : no.min());
        long max = Math.max(yes.max(), no == null ? 0 : no.max());
        int mark = tr.groupClosed(gid) ? tr.mark(gid) : -1;
        if (mark < 0) {
            return new Item("(?:" + noText + ")", Kind.GROUP, min, max);
        }
        return new Item("(?:(?=\\" + mark + ")" + yes.java() + "|(?!\\" + mark + ")" + noText + ")", Kind.GROUP,
                min, max);
    }
}

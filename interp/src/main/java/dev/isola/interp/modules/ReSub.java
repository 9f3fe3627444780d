package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.ref;

import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TupleType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sub}, {@code subn}, {@code split} and {@code Match.expand}, as CPython 3.11's
 * {@code pattern_subx} and {@code pattern_split}: every match found left to right, the next
 * search starting where the last match ended, and after an empty match the next one may start
 * there only if it is not empty (so {@code sub('x*', '-', 'abxd') == '-a-b--d-'}).
 * Replacement templates follow {@code re._parser.parse_template}: {@code \1}, {@code \g<1>},
 * {@code \g<name>}, the escapes of {@code \n} and friends, octal {@code \0} and {@code \123};
 * an unknown ASCII-letter escape is an error; an unmatched group expands to nothing.
 */
final class ReSub {
    private ReSub() {}

    /** A parsed template: literal pieces (Java text) and group numbers (as {@code Integer}). */
    private static List<Object> template(ObjectState s, ReCompiled c, long pattern, long repl) {
        String text = ReSubject.javaText(s, repl, c.text);
        int[] cps = text.codePoints().toArray();
        List<Object> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        try {
            RegexSource src = new RegexSource(cps, c.text);
            while (true) {
                String t = src.get();
                if (t == null) {
                    break;
                }
                if (t.charAt(0) != '\\') {
                    lit.append(t);
                    continue;
                }
                char ch = t.length() == 2 ? t.charAt(1) : 0;
                int group = -1;
                int refLen = 0;
                if (ch == 'g') {
                    if (!src.match("<")) {
                        throw src.error("missing <", 0);
                    }
                    String name = src.getUntil('>', "group name");
                    refLen = name.codePointCount(0, name.length()) + 1;
                    if (RegexSource.isIdentifier(name)) {
                        Integer g = c.result.groupIndex().get(name);
                        if (g == null) {
                            throw Errors.indexError(s, "unknown group name " + RegexSource.repr(name));
                        }
                        group = g;
                    } else {
                        if (name.isEmpty() || !name.chars().allMatch(d -> d >= '0' && d <= '9')) {
                            throw src.error("bad character in group name " + RegexSource.repr(name), refLen);
                        }
                        if (name.length() > 9) {
                            throw src.error("invalid group reference " + name, refLen);
                        }
                        group = Integer.parseInt(name);
                    }
                } else if (ch == '0') {
                    String oct = t + src.getWhile(2, RegexEscapes.OCTDIGITS);
                    lit.append((char) (Integer.parseInt(oct.substring(1), 8) & 0xff));
                } else if (ch >= '1' && ch <= '9') {
                    String num = t;
                    if (src.next != null && src.next.length() == 1 && RegexEscapes.DIGITS.indexOf(src.next.charAt(0)) >= 0) {
                        num += src.get();
                        if (ch <= '7' && num.charAt(2) <= '7' && src.next != null && src.next.length() == 1
                                && RegexEscapes.OCTDIGITS.indexOf(src.next.charAt(0)) >= 0) {
                            num += src.get();
                            int v = Integer.parseInt(num.substring(1), 8);
                            if (v > 0377) {
                                throw src.error("octal escape value " + num + " outside of range 0-0o377", num.length());
                            }
                            lit.append((char) v);
                            continue;
                        }
                    }
                    group = Integer.parseInt(num.substring(1));
                    refLen = num.length() - 1;
                } else {
                    int simple = RegexEscapes.simpleEscape(t);
                    if (simple >= 0) {
                        lit.append((char) simple);
                    } else if (ch < 128 && Character.isLetter(ch)) {
                        throw src.error("bad escape " + t, t.length());
                    } else {
                        lit.append(t);
                    }
                }
                if (group >= 0) {
                    if (group > c.result.groups()) {
                        throw src.error("invalid group reference " + group, refLen);
                    }
                    if (!lit.isEmpty()) {
                        out.add(lit.toString());
                        lit.setLength(0);
                    }
                    out.add(group);
                }
            }
        } catch (RegexSource.Error e) {
            throw ReModule.error(s, e.msg, repl, e.pos, cps);
        }
        if (!lit.isEmpty()) {
            out.add(lit.toString());
        }
        return out;
    }

    private static String expandJava(ObjectState s, List<Object> template, ReSubject subject, long[] spans) {
        StringBuilder b = new StringBuilder();
        for (Object piece : template) {
            if (piece instanceof Integer g) {
                if (spans[2 * g] >= 0) {
                    b.append(subject.java, subject.unit(spans[2 * g]), subject.unit(spans[2 * g + 1]));
                }
            } else {
                b.append((String) piece);
            }
        }
        return b.toString();
    }

    /** {@code Match.expand(template)}. */
    static long expand(ObjectState s, long m, long templ) {
        long pattern = ref(m, 0);
        ReCompiled c = RePattern.compiled(s, pattern);
        ReSubject subject = ReSubject.of(s, ref(m, 1), c.text);
        List<Object> t = template(s, c, pattern, templ);
        long[] spans = new long[2 * (c.result.groups() + 1)];
        for (int g = 0; g <= c.result.groups(); g++) {
            spans[2 * g] = ReMatch.start(m, g);
            spans[2 * g + 1] = ReMatch.end(m, g);
        }
        return subject.make(s, expandJava(s, t, subject, spans));
    }

    static long sub(ObjectState s, long pattern, long repl, long string, long count, boolean subn) {
        ReCompiled c = RePattern.compiled(s, pattern);
        ReSubject subject = ReSubject.of(s, string, c.text);
        boolean callable = s.slotsOf(repl).call != null;
        List<Object> template = null;
        if (!callable) {
            String text = ReSubject.javaText(s, repl, c.text);
            template = text.indexOf('\\') < 0 ? List.of(text) : template(s, c, pattern, repl);
        }
        StringBuilder b = new StringBuilder();
        long pos = 0;
        long last = 0;
        long n = 0;
        int pieces = 0;
        boolean mustAdvance = false;
        while (count == 0 || n < count) {
            long[] spans = c.match(subject, pos, subject.length, ReCompiled.Mode.SEARCH, mustAdvance);
            if (spans == null) {
                break;
            }
            if (last < spans[0]) {
                b.append(subject.java, subject.unit(last), subject.unit(spans[0]));
                pieces++;
            }
            if (callable) {
                long m = ReMatch.create(s, pattern, string, 0, subject.length, spans, c.lastIndex(spans));
                long r;
                try {
                    r = Invoke.call(s, repl, m);
                } finally {
                    Objects.decref(s, m);
                }
                try {
                    if (r != s.space().none()) {
                        b.append(joinItem(s, r, c.text, pieces++));
                    }
                } finally {
                    Objects.decref(s, r);
                }
            } else {
                b.append(expandJava(s, template, subject, spans));
                pieces++;
            }
            n++;
            mustAdvance = spans[0] == spans[1];
            last = pos = spans[1];
        }
        if (last < subject.length) {
            b.append(subject.java, subject.unit(last), subject.java.length());
        }
        long result = subject.make(s, b.toString());
        if (!subn) {
            return result;
        }
        long k = IntType.fromLong(s, n);
        try {
            return TupleType.pack(s, result, k);
        } finally {
            Objects.decref(s, result);
            Objects.decref(s, k);
        }
    }

    private static String joinItem(ObjectState s, long item, boolean text, int index) {
        try {
            return ReSubject.javaText(s, item, text);
        } catch (PyException e) {
            e.release(s);
            throw Errors.typeError(s, "sequence item " + index + ": " + (text ? "expected str instance, "
                    : "expected a bytes-like object, ") + Objects.typeNameOf(item) + " found");
        }
    }

    static long split(ObjectState s, long pattern, long string, long maxsplit) {
        ReCompiled c = RePattern.compiled(s, pattern);
        ReSubject subject = ReSubject.of(s, string, c.text);
        long list = ListType.newList(s);
        try {
            long pos = 0;
            long last = 0;
            long n = 0;
            boolean mustAdvance = false;
            int groups = c.result.groups();
            while (maxsplit == 0 || n < maxsplit) {
                long[] spans = c.match(subject, pos, subject.length, ReCompiled.Mode.SEARCH, mustAdvance);
                if (spans == null) {
                    break;
                }
                append(s, list, subject.slice(s, last, spans[0]));
                for (int g = 1; g <= groups; g++) {
                    append(s, list, spans[2 * g] < 0 ? Objects.newRef(s.space().none())
                            : subject.slice(s, spans[2 * g], spans[2 * g + 1]));
                }
                n++;
                mustAdvance = spans[0] == spans[1];
                last = pos = spans[1];
            }
            append(s, list, subject.slice(s, last, subject.length));
            return list;
        } catch (RuntimeException e) {
            Objects.decref(s, list);
            throw e;
        }
    }

    private static void append(ObjectState s, long list, long item) {
        try {
            ListType.append(s, list, item);
        } finally {
            Objects.decref(s, item);
        }
    }
}

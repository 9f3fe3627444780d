package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;
import static dev.isola.objects.ModuleObjectLayout.setRef;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CompareOp;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.Map;

/**
 * {@code re.Pattern} and the iterator {@code finditer} returns. A Pattern is a
 * {@link ModuleObjectLayout} object whose compiled form, a {@link ReCompiled}, sits in the
 * interpreter's handle table; the scanner keeps its subject's Java text there too, so that
 * iterating does not convert the string again for each match.
 *
 * <pre>
 *   type      ref 0                 ref 1                  long 0      long 1     long 2        long 3
 *   Pattern   pattern (str/bytes)   groupindex (dict)      flags       groups     handle + 1    -
 *   scanner   Pattern               string (0 when done)   next pos    endpos     pos * 2 +     handle + 1
 *                                                                                 must_advance
 * </pre>
 */
final class RePattern {
    private RePattern() {}

    static long create(ObjectState s, long pattern, ReCompiled compiled) {
        long p = ModuleObjectLayout.create(s, BuiltinType.RE_PATTERN);
        setRef(s, p, 0, Objects.newRef(pattern));
        putLong(p, 0, compiled.result.flags());
        putLong(p, 1, compiled.result.groups());
        putLong(p, 2, InterpreterState.of(s).handles().add(compiled) + 1L);
        long index = DictType.newDict(s);
        setRef(s, p, 1, index);
        for (Map.Entry<String, Integer> e : compiled.result.groupIndex().entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList()) {
            long v = IntType.fromLong(s, e.getValue());
            try {
                DictType.setItemString(s, index, e.getKey(), v);
            } finally {
                Objects.decref(s, v);
            }
        }
        return p;
    }

    static ReCompiled compiled(ObjectState s, long p) {
        return (ReCompiled) InterpreterState.of(s).handles().get((int) getLong(p, 2) - 1);
    }

    static TypeSlots slots() {
        return ModuleObjectLayout.builder()
                .dealloc((s, p) -> {
                    if (getLong(p, 2) != 0) {
                        InterpreterState.of(s).handles().remove((int) getLong(p, 2) - 1);
                    }
                    ModuleObjectLayout.dealloc(s, p);
                })
                .repr(RePattern::repr)
                .richCompare(RePattern::compare)
                .hash((s, p) -> Abstract.hash(s, ref(p, 0)) ^ getLong(p, 0))
                .getAttr((s, p, name) -> switch (StrType.toJava(name)) {
                    case "pattern" -> Objects.newRef(ref(p, 0));
                    case "flags" -> IntType.fromLong(s, getLong(p, 0));
                    case "groups" -> IntType.fromLong(s, getLong(p, 1));
                    case "groupindex" -> DictType.copy(s, ref(p, 1));
                    default -> FunctoolsTypes.genericGetAttr(s, p, name);
                })
                .method("match", (s, p, a, k) -> searchMethod(s, p, "match", a, k))
                .method("search", (s, p, a, k) -> searchMethod(s, p, "search", a, k))
                .method("fullmatch", (s, p, a, k) -> searchMethod(s, p, "fullmatch", a, k))
                .method("findall", (s, p, a, k) -> searchMethod(s, p, "findall", a, k))
                .method("finditer", (s, p, a, k) -> searchMethod(s, p, "finditer", a, k))
                .method("split", (s, p, a, k) -> {
                    long[] v = Args.parse(s, "split", a, k, 0, 1, "string", "maxsplit");
                    return ReSub.split(s, p, v[0], v[1] == 0 ? 0 : Args.ssize(s, v[1]));
                })
                .method("sub", (s, p, a, k) -> subMethod(s, p, "sub", a, k))
                .method("subn", (s, p, a, k) -> subMethod(s, p, "subn", a, k))
                .method("__copy__", (s, p, a, k) -> Objects.newRef(p))
                .method("__deepcopy__", (s, p, a, k) -> Objects.newRef(p))
                .build();
    }

    private static long subMethod(ObjectState s, long p, String name, long args, long kwargs) {
        long[] v = Args.parse(s, name, args, kwargs, 0, 2, "repl", "string", "count");
        return ReSub.sub(s, p, v[0], v[1], v[2] == 0 ? 0 : Args.ssize(s, v[2]), name.equals("subn"));
    }

    private static long searchMethod(ObjectState s, long p, String name, long args, long kwargs) {
        long[] v = Args.parse(s, name, args, kwargs, 0, 1, "string", "pos", "endpos");
        long pos = v[1] == 0 ? 0 : Args.ssize(s, v[1]);
        long endpos = v[2] == 0 ? Long.MAX_VALUE : Args.ssize(s, v[2]);
        return run(s, p, name, v[0], pos, endpos);
    }

    /** The module function {@code name} on a compiled pattern, over the whole string. */
    static long dispatch(ObjectState s, long p, String name, long string) {
        return run(s, p, name, string, 0, Long.MAX_VALUE);
    }

    private static long run(ObjectState s, long p, String name, long string, long pos, long endpos) {
        ReCompiled c = compiled(s, p);
        ReSubject subject = ReSubject.of(s, string, c.text);
        pos = Math.max(0, Math.min(pos, subject.length));
        endpos = Math.max(0, Math.min(endpos, subject.length));
        return switch (name) {
            case "match", "search", "fullmatch" -> {
                long[] spans = c.match(subject, pos, endpos, name.equals("match") ? ReCompiled.Mode.MATCH
                        : name.equals("search") ? ReCompiled.Mode.SEARCH : ReCompiled.Mode.FULLMATCH, false);
                yield spans == null ? Objects.newRef(s.space().none())
                        : ReMatch.create(s, p, string, pos, endpos, spans, c.lastIndex(spans));
            }
            case "findall" -> findall(s, c, subject, pos, endpos);
            default -> {
                long it = ModuleObjectLayout.create(s, BuiltinType.RE_SCANNER);
                setRef(s, it, 0, Objects.newRef(p));
                setRef(s, it, 1, Objects.newRef(string));
                putLong(it, 0, pos);
                putLong(it, 1, endpos);
                putLong(it, 2, pos * 2);
                putLong(it, 3, InterpreterState.of(s).handles().add(subject) + 1L);
                yield it;
            }
        };
    }

    private static long findall(ObjectState s, ReCompiled c, ReSubject subject, long pos, long endpos) {
        long list = ListType.newList(s);
        try {
            boolean mustAdvance = false;
            int groups = c.result.groups();
            while (pos <= endpos) {
                long[] spans = c.match(subject, pos, endpos, ReCompiled.Mode.SEARCH, mustAdvance);
                if (spans == null) {
                    break;
                }
                long item;
                if (groups == 0) {
                    item = subject.slice(s, spans[0], spans[1]);
                } else if (groups == 1) {
                    item = groupOrEmpty(s, subject, spans, 1);
                } else {
                    item = TupleType.allocate(s, groups);
                    for (int g = 1; g <= groups; g++) {
                        TupleType.initItem(s, item, g - 1, groupOrEmpty(s, subject, spans, g));
                    }
                }
                try {
                    ListType.append(s, list, item);
                } finally {
                    Objects.decref(s, item);
                }
                mustAdvance = spans[0] == spans[1];
                pos = spans[1];
            }
            return list;
        } catch (RuntimeException e) {
            Objects.decref(s, list);
            throw e;
        }
    }

    private static long groupOrEmpty(ObjectState s, ReSubject subject, long[] spans, int g) {
        return spans[2 * g] < 0 ? subject.slice(s, 0, 0) : subject.slice(s, spans[2 * g], spans[2 * g + 1]);
    }

    private static long repr(ObjectState s, long p) {
        String text = Abstract.reprJava(s, ref(p, 0));
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        String flags = ReModule.flagsRepr(getLong(p, 0), StrType.check(ref(p, 0)));
        return StrType.fromJava(s, "re.compile(" + text + (flags.isEmpty() ? "" : ", " + flags) + ")");
    }

    private static long compare(ObjectState s, long a, long b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || Objects.type(b) != Objects.type(a)) {
            return Objects.newRef(s.space().notImplemented());
        }
        boolean eq = a == b || getLong(a, 0) == getLong(b, 0) && Objects.type(ref(a, 0)) == Objects.type(ref(b, 0))
                && Abstract.equal(s, ref(a, 0), ref(b, 0));
        return Objects.newRef(s.space().bool(eq == (op == CompareOp.EQ)));
    }

    // ---------------------------------------------------------------- finditer's iterator

    static TypeSlots scannerSlots() {
        return ModuleObjectLayout.iteratorBuilder()
                .dealloc((s, it) -> {
                    if (getLong(it, 3) != 0) {
                        InterpreterState.of(s).handles().remove((int) getLong(it, 3) - 1);
                    }
                    ModuleObjectLayout.dealloc(s, it);
                })
                .next(RePattern::scannerNext)
                .build();
    }

    private static long scannerNext(ObjectState s, long it) {
        long string = ref(it, 1);
        if (string == 0 || ref(it, 0) == 0) {
            return 0;
        }
        long p = ref(it, 0);
        ReCompiled c = compiled(s, p);
        ReSubject subject = (ReSubject) InterpreterState.of(s).handles().get((int) getLong(it, 3) - 1);
        long endpos = getLong(it, 1);
        long pos = getLong(it, 2) >> 1;
        long[] spans = c.match(subject, getLong(it, 0), endpos, ReCompiled.Mode.SEARCH, (getLong(it, 2) & 1) != 0);
        if (spans == null) {
            setRef(s, it, 1, 0);
            return 0;
        }
        putLong(it, 0, spans[1]);
        putLong(it, 2, pos * 2 + (spans[0] == spans[1] ? 1 : 0));
        return ReMatch.create(s, p, string, pos, endpos, spans, c.lastIndex(spans));
    }
}

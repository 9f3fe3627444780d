package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.buffer;
import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;
import static dev.isola.objects.ModuleObjectLayout.setRef;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;

/**
 * {@code re.Match}: one successful match, its spans fixed at creation (Python positions), the
 * strings sliced from the subject on demand. Fields over {@link ModuleObjectLayout}:
 *
 * <pre>
 *   ref 0    the Pattern
 *   ref 1    the string matched (str, bytes or bytearray)
 *   long 0   pos        long 1   endpos        long 2   lastindex, -1 for None
 *   buffer   start, end of group 0, 1, ... groups (-1, -1 for a group that did not match)
 * </pre>
 */
final class ReMatch {
    private ReMatch() {}

    static long create(ObjectState s, long pattern, long string, long pos, long endpos, long[] spans, int lastIndex) {
        long m = ModuleObjectLayout.create(s, BuiltinType.RE_MATCH);
        setRef(s, m, 0, Objects.newRef(pattern));
        setRef(s, m, 1, Objects.newRef(string));
        putLong(m, 0, pos);
        putLong(m, 1, endpos);
        putLong(m, 2, lastIndex);
        long b = ModuleObjectLayout.allocBuffer(s, m, spans.length);
        for (int i = 0; i < spans.length; i++) {
            Memory.putLong(b + 8L * i, spans[i]);
        }
        return m;
    }

    static int groups(long m) {
        return (int) getLong(ref(m, 0), 1);
    }

    static long start(long m, int g) {
        return Memory.getLong(buffer(m) + 16L * g);
    }

    static long end(long m, int g) {
        return Memory.getLong(buffer(m) + 16L * g + 8);
    }

    /** Group {@code g} as a new reference: the matched text, or {@code dflt} (borrowed) when it did not match. */
    static long group(ObjectState s, long m, int g, long dflt) {
        if (start(m, g) < 0) {
            return Objects.newRef(dflt);
        }
        return ReSubject.slice(s, ref(m, 1), start(m, g), end(m, g));
    }

    /** The group number {@code key} names (an int or a group name); IndexError "no such group" otherwise. */
    static int index(ObjectState s, long m, long key) {
        if (IntType.check(key)) {
            long v = IntType.fitsLong(key) ? IntType.longValue(key) : -1;
            if (v >= 0 && v <= groups(m)) {
                return (int) v;
            }
        } else if (StrType.check(key)) {
            long v = DictType.getItem(s, ref(ref(m, 0), 1), key);
            if (v != 0) {
                return (int) IntType.longValue(v);
            }
        } else if (s.slotsOf(key).index != null) {
            long i = Abstract.index(s, key);
            try {
                return index(s, m, i);
            } finally {
                Objects.decref(s, i);
            }
        }
        throw Errors.indexError(s, "no such group");
    }

    static TypeSlots slots() {
        return ModuleObjectLayout.builder()
                .repr(ReMatch::repr)
                .subscript((s, m, key) -> group(s, m, index(s, m, key), s.space().none()))
                .getAttr(ReMatch::getAttr)
                .method("group", ReMatch::groupMethod)
                .method("groups", (s, m, a, k) -> groupsTuple(s, m,
                        Args.parse(s, "groups", a, k, 0, 0, "default")[0]))
                .method("groupdict", (s, m, a, k) -> groupdict(s, m,
                        Args.parse(s, "groupdict", a, k, 0, 0, "default")[0]))
                .method("start", (s, m, a, k) -> IntType.fromLong(s, start(m, groupArg(s, m, "start", a, k))))
                .method("end", (s, m, a, k) -> IntType.fromLong(s, end(m, groupArg(s, m, "end", a, k))))
                .method("span", (s, m, a, k) -> span(s, m, groupArg(s, m, "span", a, k)))
                .method("expand", (s, m, a, k) -> ReSub.expand(s, m, Args.parse(s, "expand", a, k, 0, 1, "template")[0]))
                .method("__copy__", (s, m, a, k) -> Objects.newRef(m))
                .method("__deepcopy__", (s, m, a, k) -> Objects.newRef(m))
                .build();
    }

    private static int groupArg(ObjectState s, long m, String name, long args, long kwargs) {
        long[] v = Args.positional(s, name, args, kwargs, 0, 1);
        return v[0] == 0 ? 0 : index(s, m, v[0]);
    }

    private static long groupMethod(ObjectState s, long m, long args, long kwargs) {
        Args.noKeywords(s, "group", kwargs);
        long n = TupleType.size(args);
        if (n == 0) {
            return group(s, m, 0, s.space().none());
        }
        if (n == 1) {
            return group(s, m, index(s, m, TupleType.getItem(args, 0)), s.space().none());
        }
        int[] idx = new int[(int) n];
        for (int i = 0; i < n; i++) {
            idx[i] = index(s, m, TupleType.getItem(args, i));
        }
        long t = TupleType.allocate(s, n);
        for (int i = 0; i < n; i++) {
            TupleType.initItem(s, t, i, group(s, m, idx[i], s.space().none()));
        }
        return t;
    }

    private static long groupsTuple(ObjectState s, long m, long dflt) {
        long d = dflt == 0 ? s.space().none() : dflt;
        int n = groups(m);
        long t = TupleType.allocate(s, n);
        for (int g = 1; g <= n; g++) {
            TupleType.initItem(s, t, g - 1, group(s, m, g, d));
        }
        return t;
    }

    private static long groupdict(ObjectState s, long m, long dflt) {
        long d = dflt == 0 ? s.space().none() : dflt;
        long out = DictType.newDict(s);
        try {
            long[] cursor = new long[3];
            while (DictType.next(ref(ref(m, 0), 1), cursor)) {
                long v = group(s, m, (int) IntType.longValue(cursor[2]), d);
                try {
                    DictType.setItem(s, out, cursor[1], v);
                } finally {
                    Objects.decref(s, v);
                }
            }
        } catch (RuntimeException e) {
            Objects.decref(s, out);
            throw e;
        }
        return out;
    }

    private static long span(ObjectState s, long m, int g) {
        long a = IntType.fromLong(s, start(m, g));
        long b = IntType.fromLong(s, end(m, g));
        try {
            return TupleType.pack(s, a, b);
        } finally {
            Objects.decref(s, a);
            Objects.decref(s, b);
        }
    }

    private static long getAttr(ObjectState s, long m, long name) {
        return switch (StrType.toJava(name)) {
            case "string" -> Objects.newRef(ref(m, 1));
            case "re" -> Objects.newRef(ref(m, 0));
            case "pos" -> IntType.fromLong(s, getLong(m, 0));
            case "endpos" -> IntType.fromLong(s, getLong(m, 1));
            case "lastindex" -> getLong(m, 2) < 0 ? Objects.newRef(s.space().none()) : IntType.fromLong(s, getLong(m, 2));
            case "lastgroup" -> lastGroup(s, m);
            case "regs" -> {
                int n = groups(m) + 1;
                long t = TupleType.allocate(s, n);
                for (int g = 0; g < n; g++) {
                    TupleType.initItem(s, t, g, span(s, m, g));
                }
                yield t;
            }
            default -> FunctoolsTypes.genericGetAttr(s, m, name);
        };
    }

    private static long lastGroup(ObjectState s, long m) {
        long last = getLong(m, 2);
        if (last >= 0) {
            long[] cursor = new long[3];
            while (DictType.next(ref(ref(m, 0), 1), cursor)) {
                if (IntType.longValue(cursor[2]) == last) {
                    return Objects.newRef(cursor[1]);
                }
            }
        }
        return Objects.newRef(s.space().none());
    }

    private static long repr(ObjectState s, long m) {
        long g = group(s, m, 0, s.space().none());
        String text;
        try {
            text = Abstract.reprJava(s, g);
        } finally {
            Objects.decref(s, g);
        }
        if (text.length() > 50) {
            text = text.substring(0, 50);
        }
        return StrType.fromJava(s, "<re.Match object; span=(" + start(m, 0) + ", " + end(m, 0) + "), match=" + text
                + ">");
    }
}

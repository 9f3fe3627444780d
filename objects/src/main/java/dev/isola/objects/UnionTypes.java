package dev.isola.objects;

import dev.isola.memory.Memory;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code int | str}: {@code types.UnionType} (PEP 604), what {@code |} between classes (and
 * {@code None}) makes — for annotations and for {@code isinstance}/{@code issubclass}.
 *
 * <pre>
 *   types.UnionType   ModuleObjectLayout: ref 0 the member classes (a tuple, no duplicates,
 *                     None stored as NoneType)
 * </pre>
 */
public final class UnionTypes {
    private UnionTypes() {}

    /** True for an operand {@code |} may join: a class, None, or a union. */
    private static boolean joinable(ObjectState s, long o) {
        return o == s.space().none() || Objects.isInstance(o, s.space().type(BuiltinType.TYPE))
                || Objects.type(o) == s.space().type(BuiltinType.UNION_TYPE)
                || Objects.type(o) == s.space().type(BuiltinType.GENERIC_ALIAS);
    }

    /** {@code a | b} for classes, None and unions; NotImplemented otherwise. */
    static long or(ObjectState s, long a, long b) {
        if (!joinable(s, a) || !joinable(s, b)) {
            return s.space().notImplemented();
        }
        List<Long> members = new ArrayList<>();
        add(s, members, a);
        add(s, members, b);
        if (members.size() == 1) {
            return Objects.newRef(members.get(0));
        }
        long args = TupleType.allocate(s, members.size());
        for (int i = 0; i < members.size(); i++) {
            TupleType.initItem(s, args, i, Objects.newRef(members.get(i)));
        }
        long u = ModuleObjectLayout.create(s, BuiltinType.UNION_TYPE);
        ModuleObjectLayout.setRef(s, u, 0, args);
        return u;
    }

    private static void add(ObjectState s, List<Long> members, long o) {
        if (Objects.type(o) == s.space().type(BuiltinType.UNION_TYPE)) {
            long args = ModuleObjectLayout.ref(o, 0);
            for (long i = 0; i < TupleType.size(args); i++) {
                add(s, members, TupleType.getItem(args, i));
            }
            return;
        }
        long t = o == s.space().none() ? s.space().type(BuiltinType.NONE) : o;
        if (!members.contains(t)) {
            members.add(t);
        }
    }

    /** The member classes (borrowed tuple). */
    public static long args(long u) {
        return ModuleObjectLayout.ref(u, 0);
    }

    static TypeSlots slots() {
        return ModuleObjectLayout.builder()
                .number(NumberOp.OR, UnionTypes::or)
                .repr((s, u) -> {
                    long args = args(u);
                    StringBuilder b = new StringBuilder();
                    for (long i = 0; i < TupleType.size(args); i++) {
                        long t = TupleType.getItem(args, i);
                        b.append(i == 0 ? "" : " | ");
                        if (t == s.space().type(BuiltinType.NONE)) {
                            b.append("None");
                        } else if (Objects.isInstance(t, s.space().type(BuiltinType.TYPE))) {
                            String module = StrType.toJava(Memory.getLong(t + TypeLayout.MODULE_OFFSET));
                            String qual = StrType.toJava(Memory.getLong(t + TypeLayout.QUALNAME_OFFSET));
                            b.append(module.equals("builtins") ? qual : module + "." + qual);
                        } else {
                            b.append(Abstract.reprJava(s, t));
                        }
                    }
                    return StrType.fromJava(s, b.toString());
                })
                .hash((s, u) -> {
                    long h = 0x345678;
                    long args = args(u);
                    for (long i = 0; i < TupleType.size(args); i++) {
                        h ^= Abstract.hash(s, TupleType.getItem(args, i));
                    }
                    return h == -1 ? -2 : h;
                })
                .richCompare((s, a, b, op) -> {
                    if ((op != CompareOp.EQ && op != CompareOp.NE)
                            || Objects.type(b) != s.space().type(BuiltinType.UNION_TYPE)) {
                        return s.space().notImplemented();
                    }
                    long x = args(a);
                    long y = args(b);
                    boolean eq = TupleType.size(x) == TupleType.size(y);
                    for (long i = 0; eq && i < TupleType.size(x); i++) {
                        boolean found = false;
                        for (long j = 0; j < TupleType.size(y); j++) {
                            found |= TupleType.getItem(x, i) == TupleType.getItem(y, j);
                        }
                        eq = found;
                    }
                    return s.space().bool(eq == (op == CompareOp.EQ));
                })
                .getAttr((s, u, name) -> switch (StrType.toJava(name)) {
                    case "__args__" -> Objects.newRef(args(u));
                    case "__parameters__" -> Objects.newRef(s.space().emptyTuple());
                    default -> ObjectType.genericGetAttr(s, u, name);
                })
                .build();
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code list[int]}: {@code types.GenericAlias} (PEP 585), what subscribing a builtin container
 * class makes — for annotations: it prints as written, remembers {@code __origin__} and
 * {@code __args__}, calls its origin, joins unions, and stands for its origin as a base class.
 *
 * <pre>
 *   types.GenericAlias   ModuleObjectLayout: ref 0 the origin class, ref 1 the args (a tuple)
 * </pre>
 */
public final class GenericAliases {
    private GenericAliases() {}

    /** {@code origin[item]}: a new alias. */
    static long of(ObjectState s, long origin, long item) {
        long args = TupleType.check(item) ? Objects.newRef(item) : TupleType.pack(s, item);
        long a = ModuleObjectLayout.create(s, BuiltinType.GENERIC_ALIAS);
        ModuleObjectLayout.setRef(s, a, 0, Objects.newRef(origin));
        ModuleObjectLayout.setRef(s, a, 1, args);
        return a;
    }

    /** A class, alias or other annotation as it appears inside brackets (CPython's ga_repr_item). */
    private static String item(ObjectState s, long o) {
        if (o == s.space().ellipsis()) {
            return "...";
        }
        if (Objects.type(o) != s.space().type(BuiltinType.GENERIC_ALIAS)
                && Objects.isInstance(o, s.space().type(BuiltinType.TYPE))) {
            String module = StrType.toJava(Memory.getLong(o + TypeLayout.MODULE_OFFSET));
            String qual = StrType.toJava(Memory.getLong(o + TypeLayout.QUALNAME_OFFSET));
            return module.equals("builtins") ? qual : module + "." + qual;
        }
        return Abstract.reprJava(s, o);
    }

    static TypeSlots slots() {
        return ModuleObjectLayout.builder()
                .newInstance((s, type, args, kwargs) -> {
                    if (TupleType.size(args) != 2 || kwargs != 0 && DictType.size(kwargs) != 0) {
                        throw Errors.typeError(s, "GenericAlias expected 2 arguments, got " + TupleType.size(args));
                    }
                    return of(s, TupleType.getItem(args, 0), TupleType.getItem(args, 1));
                })
                .repr((s, a) -> {
                    long args = ModuleObjectLayout.ref(a, 1);
                    StringBuilder b = new StringBuilder(item(s, ModuleObjectLayout.ref(a, 0))).append('[');
                    if (TupleType.size(args) == 0) {
                        b.append("()");
                    }
                    for (long i = 0; i < TupleType.size(args); i++) {
                        b.append(i == 0 ? "" : ", ").append(item(s, TupleType.getItem(args, i)));
                    }
                    return StrType.fromJava(s, b.append(']').toString());
                })
                .call((s, a, args, kwargs) -> Abstract.call(s, ModuleObjectLayout.ref(a, 0), args, kwargs))
                .number(NumberOp.OR, UnionTypes::or)
                .hash((s, a) -> {
                    long h = Abstract.hash(s, ModuleObjectLayout.ref(a, 0)) ^ Abstract.hash(s, ModuleObjectLayout.ref(a, 1));
                    return h == -1 ? -2 : h;
                })
                .richCompare((s, a, b, op) -> {
                    if ((op != CompareOp.EQ && op != CompareOp.NE)
                            || Objects.type(b) != s.space().type(BuiltinType.GENERIC_ALIAS)) {
                        return s.space().notImplemented();
                    }
                    boolean eq = ModuleObjectLayout.ref(a, 0) == ModuleObjectLayout.ref(b, 0)
                            && Abstract.richCompareBool(s, ModuleObjectLayout.ref(a, 1), ModuleObjectLayout.ref(b, 1),
                            CompareOp.EQ);
                    return s.space().bool(eq == (op == CompareOp.EQ));
                })
                .getAttr((s, a, name) -> switch (StrType.toJava(name)) {
                    case "__origin__" -> Objects.newRef(ModuleObjectLayout.ref(a, 0));
                    case "__args__" -> Objects.newRef(ModuleObjectLayout.ref(a, 1));
                    case "__parameters__" -> Objects.newRef(s.space().emptyTuple());
                    case "__mro_entries__", "__class__", "__repr__", "__call__", "__eq__", "__hash__", "__or__" ->
                            ObjectType.genericGetAttr(s, a, name);
                    default -> Abstract.getAttr(s, ModuleObjectLayout.ref(a, 0), name);
                })
                .method("__mro_entries__", (s, a, args, kwargs) -> TupleType.pack(s, ModuleObjectLayout.ref(a, 0)))
                .method("__instancecheck__", (s, a, args, kwargs) -> {
                    throw Errors.typeError(s, "isinstance() argument 2 cannot be a parameterized generic");
                })
                .method("__subclasscheck__", (s, a, args, kwargs) -> {
                    throw Errors.typeError(s, "issubclass() argument 2 cannot be a parameterized generic");
                })
                .build();
    }
}

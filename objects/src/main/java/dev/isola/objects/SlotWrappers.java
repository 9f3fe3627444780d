package dev.isola.objects;

import dev.isola.memory.Memory;
import java.util.ArrayList;
import java.util.List;

/**
 * The dunder methods of builtin types as attributes ({@code (5).__add__}, {@code "x".__len__},
 * {@code [].__setitem__}): CPython's slot wrappers, each calling the type's slot. One method
 * table shared by every type; {@link #applies} says whether a type has the slot behind a name,
 * so {@code dir()}-like lookups see only real methods.
 *
 * <p>Binary wrappers return whatever the slot returns, {@code NotImplemented} included, as
 * CPython's {@code wrap_binaryfunc_l}/{@code _r} do; the reflected forms swap the operands.
 */
public final class SlotWrappers {
    private SlotWrappers() {
    }

    /** The wrapper table, built once at bootstrap. */
    static TypeSlots table() {
        TypeSlots.Builder b = TypeSlots.builder();
        b.method("__repr__", (s, self, a, k) -> slot(s, self, "__repr__").repr.apply(s, self));
        b.method("__str__", (s, self, a, k) -> {
            TypeSlots t = slot(s, self, "__str__");
            return t.str != null ? t.str.apply(s, self) : t.repr.apply(s, self);
        });
        b.method("__hash__", (s, self, a, k) -> {
            TypeSlots t = slot(s, self, "__hash__");
            if (t.hash == null) {
                throw Errors.typeError(s, "unhashable type: '" + Objects.typeNameOf(self) + "'");
            }
            return IntType.fromLong(s, t.hash.apply(s, self));
        });
        b.method("__len__", (s, self, a, k) -> IntType.fromLong(s, slot(s, self, "__len__").length.apply(s, self)));
        b.method("__bool__", (s, self, a, k) -> {
            TypeSlots t = slot(s, self, "__bool__");
            return s.space().bool(t.bool != null ? t.bool.apply(s, self) : t.length.apply(s, self) > 0);
        });
        b.method("__getitem__", (s, self, a, k) -> {
            TypeSlots t = slot(s, self, "__getitem__");
            long key = arg(s, "__getitem__", a, k, 1)[0];
            return t.subscript != null ? t.subscript.apply(s, self, key) : t.item.apply(s, self, Abstract.asSize(s, key));
        });
        b.method("__setitem__", (s, self, a, k) -> {
            long[] x = arg(s, "__setitem__", a, k, 2);
            slot(s, self, "__setitem__").assignSubscript.apply(s, self, x[0], x[1]);
            return Objects.newRef(s.space().none());
        });
        b.method("__delitem__", (s, self, a, k) -> {
            slot(s, self, "__delitem__").assignSubscript.apply(s, self, arg(s, "__delitem__", a, k, 1)[0], 0);
            return Objects.newRef(s.space().none());
        });
        b.method("__contains__", (s, self, a, k) ->
                s.space().bool(slot(s, self, "__contains__").contains.apply(s, self, arg(s, "__contains__", a, k, 1)[0])));
        b.method("__iter__", (s, self, a, k) -> slot(s, self, "__iter__").iter.apply(s, self));
        b.method("__next__", (s, self, a, k) -> {
            long v = slot(s, self, "__next__").next.apply(s, self);
            if (v == 0) {
                throw Errors.stopIteration(s, 0);
            }
            return v;
        });
        b.method("__call__", (s, self, a, k) -> slot(s, self, "__call__").call.apply(s, self, a, k));
        b.method("__get__", (s, self, a, k) -> {
            long n = TupleType.size(a);
            if (n < 1 || n > 2 || k != 0 && DictType.size(k) != 0) {
                throw Errors.typeError(s, "expected 1 or 2 arguments, got " + n);
            }
            long obj = TupleType.getItem(a, 0);
            long type = n == 2 ? TupleType.getItem(a, 1) : 0;
            obj = obj == s.space().none() ? 0 : obj;
            type = type == s.space().none() ? 0 : type;
            if (obj == 0 && type == 0) {
                throw Errors.typeError(s, "__get__(None, None) is invalid");
            }
            return slot(s, self, "__get__").descrGet.apply(s, self, obj, type);
        });
        b.method("__set__", (s, self, a, k) -> {
            long[] v = arg(s, "__set__", a, k, 2);
            slot(s, self, "__set__").descrSet.apply(s, self, v[0], v[1]);
            return Objects.newRef(s.space().none());
        });
        b.method("__delete__", (s, self, a, k) -> {
            long[] v = arg(s, "__delete__", a, k, 1);
            slot(s, self, "__delete__").descrSet.apply(s, self, v[0], 0);
            return Objects.newRef(s.space().none());
        });
        b.method("__getattribute__", (s, self, a, k) -> {
            long name = arg(s, "__getattribute__", a, k, 1)[0];
            if (!StrType.check(name)) {
                throw Errors.typeError(s, "attribute name must be string, not '" + Objects.typeNameOf(name) + "'");
            }
            return Abstract.getAttr(s, self, name);
        });
        for (CompareOp op : CompareOp.values()) {
            b.method(op.dunder(), (s, self, a, k) ->
                    slot(s, self, op.dunder()).richCompare.apply(s, self, arg(s, op.dunder(), a, k, 1)[0], op));
        }
        for (NumberOp op : NumberOp.values()) {
            String d = op.dunder();
            String r = "__r" + d.substring(2);
            String i = "__i" + d.substring(2);
            b.method(d, (s, self, a, k) -> binary(s, self, arg(s, d, a, k, 1)[0], op, false));
            b.method(r, (s, self, a, k) -> binary(s, self, arg(s, r, a, k, 1)[0], op, true));
            b.method(i, (s, self, a, k) -> slot(s, self, i).inplace(op).apply(s, self, arg(s, i, a, k, 1)[0]));
        }
        b.method("__neg__", (s, self, a, k) -> slot(s, self, "__neg__").negative.apply(s, self));
        b.method("__pos__", (s, self, a, k) -> slot(s, self, "__pos__").positive.apply(s, self));
        b.method("__abs__", (s, self, a, k) -> slot(s, self, "__abs__").absolute.apply(s, self));
        b.method("__invert__", (s, self, a, k) -> slot(s, self, "__invert__").invert.apply(s, self));
        b.method("__int__", (s, self, a, k) -> slot(s, self, "__int__").toInt.apply(s, self));
        b.method("__float__", (s, self, a, k) -> slot(s, self, "__float__").toFloat.apply(s, self));
        b.method("__index__", (s, self, a, k) -> slot(s, self, "__index__").index.apply(s, self));
        return b.build();
    }

    // ---------------------------------------------------------------- wrapper_descriptor

    static final int OWNER_OFFSET = 16;
    static final int INDEX_OFFSET = 24;
    static final int DESCRIPTOR_SIZE = 32;

    /**
     * {@code dict.__len__}: a {@code wrapper_descriptor} for wrapper {@code name} of builtin type
     * {@code owner} (immortal, so not referenced), or 0 when the type has no such slot. Layout:
     * {@code +16 owner type, +24 wrapper index (int64)}.
     */
    static long descriptor(ObjectState s, long owner, String name) {
        if (!name.startsWith("__") || !name.endsWith("__") || !applies(s.slots(owner), name)) {
            return 0;
        }
        int w = s.space().slotTable(ObjectSpace.wrapperTableIndex()).methodIndex(name);
        if (w < 0) {
            return 0;
        }
        long d = s.allocObject(s.space().type(BuiltinType.WRAPPER_DESCRIPTOR), DESCRIPTOR_SIZE);
        Memory.putLong(d + OWNER_OFFSET, owner);
        Memory.putLong(d + INDEX_OFFSET, w);
        return d;
    }

    static TypeSlots descriptorSlots() {
        return TypeSlots.builder()
                .call((s, d, args, kwargs) -> {
                    MethodDef m = wrapperOf(s, d);
                    long owner = Memory.getLong(d + OWNER_OFFSET);
                    long n = TupleType.size(args);
                    if (n == 0) {
                        throw Errors.typeError(s, "descriptor '" + m.name() + "' of '" + Objects.typeName(owner)
                                + "' object needs an argument");
                    }
                    long self = TupleType.getItem(args, 0);
                    if (!Objects.isInstance(self, owner)) {
                        throw Errors.typeError(s, "descriptor '" + m.name() + "' requires a '" + Objects.typeName(owner)
                                + "' object but received a '" + Objects.typeNameOf(self) + "'");
                    }
                    long rest = TupleType.getSlice(s, args, 1, n);
                    try {
                        return m.impl().apply(s, self, rest, kwargs);
                    } finally {
                        Objects.decref(s, rest);
                    }
                })
                .descrGet((s, d, obj, type) -> obj == 0 || obj == s.space().none() ? Objects.newRef(d)
                        : CodeLayouts.bindBuiltin(s, obj, ObjectSpace.wrapperTableIndex(),
                                (int) Memory.getLong(d + INDEX_OFFSET)))
                .repr((s, d) -> StrType.fromJava(s, "<slot wrapper '" + wrapperOf(s, d).name() + "' of '"
                        + Objects.typeName(Memory.getLong(d + OWNER_OFFSET)) + "' objects>"))
                .getAttr((s, d, name) -> {
                    String n = StrType.toJava(name);
                    return switch (n) {
                        case "__name__" -> StrType.fromJava(s, wrapperOf(s, d).name());
                        case "__qualname__" -> StrType.fromJava(s, Objects.typeName(Memory.getLong(d + OWNER_OFFSET))
                                + "." + wrapperOf(s, d).name());
                        case "__objclass__" -> Objects.newRef(Memory.getLong(d + OWNER_OFFSET));
                        default -> ObjectType.genericGetAttr(s, d, name);
                    };
                })
                .dealloc((s, d) -> s.freeObject(d))
                .build();
    }

    private static MethodDef wrapperOf(ObjectState s, long d) {
        return s.space().slotTable(ObjectSpace.wrapperTableIndex()).methods().get((int) Memory.getLong(d + INDEX_OFFSET));
    }

    /** True when {@code slots} has the slot that wrapper {@code name} calls. */
    /**
     * The wrapper names ({@code __add__}, {@code __len__} …) static type {@code type} has a
     * {@code wrapper_descriptor} for: what {@code dir(int)} lists beyond the type's methods.
     */
    public static java.util.List<String> names(ObjectState s, long type) {
        TypeSlots slots = s.slots(type);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (MethodDef m : s.space().slotTable(ObjectSpace.wrapperTableIndex()).methods()) {
            if (applies(slots, m.name())) {
                out.add(m.name());
            }
        }
        return out;
    }

    static boolean applies(TypeSlots slots, String name) {
        return switch (name) {
            case "__repr__" -> slots.repr != null;
            case "__str__" -> slots.str != null || slots.repr != null;
            case "__hash__" -> slots.hash != null;
            case "__len__" -> slots.length != null;
            case "__bool__" -> slots.bool != null;
            case "__getitem__" -> slots.subscript != null || slots.item != null;
            case "__setitem__", "__delitem__" -> slots.assignSubscript != null;
            case "__contains__" -> slots.contains != null;
            case "__iter__" -> slots.iter != null;
            case "__next__" -> slots.next != null;
            case "__call__" -> slots.call != null;
            case "__get__" -> slots.descrGet != null;
            case "__set__", "__delete__" -> slots.descrSet != null;
            case "__getattribute__" -> slots.getAttr != null;
            case "__neg__" -> slots.negative != null;
            case "__pos__" -> slots.positive != null;
            case "__abs__" -> slots.absolute != null;
            case "__invert__" -> slots.invert != null;
            case "__int__" -> slots.toInt != null;
            case "__float__" -> slots.toFloat != null;
            case "__index__" -> slots.index != null;
            default -> numberApplies(slots, name);
        };
    }

    private static boolean numberApplies(TypeSlots slots, String name) {
        for (CompareOp op : CompareOp.values()) {
            if (op.dunder().equals(name)) {
                return slots.richCompare != null;
            }
        }
        for (NumberOp op : NumberOp.values()) {
            String d = op.dunder();
            if (d.equals(name) || ("__r" + d.substring(2)).equals(name)) {
                return slots.number(op) != null || op == NumberOp.ADD && slots.concat != null && d.equals(name)
                        || op == NumberOp.MULTIPLY && slots.repeat != null;
            }
            if (("__i" + d.substring(2)).equals(name)) {
                return slots.inplace(op) != null;
            }
        }
        return false;
    }

    private static long binary(ObjectState s, long self, long other, NumberOp op, boolean reflected) {
        TypeSlots slots = slot(s, self, op.dunder());
        SlotFunctions.BinaryFunc f = slots.number(op);
        if (f != null) {
            return reflected ? f.apply(s, other, self) : f.apply(s, self, other);
        }
        if (op == NumberOp.ADD && slots.concat != null && !reflected) {
            return slots.concat.apply(s, self, other);
        }
        if (op == NumberOp.MULTIPLY && slots.repeat != null) {
            if (s.slotsOf(other).index == null) {
                return Objects.newRef(s.space().notImplemented());
            }
            return slots.repeat.apply(s, self, Abstract.asSize(s, other, BuiltinType.OVERFLOW_ERROR));
        }
        return Objects.newRef(s.space().notImplemented());
    }

    /**
     * The slots a wrapper calls: those of the builtin type in {@code self}'s class chain, so that
     * {@code super().__repr__()} in a class reaches the builtin behaviour, not the class's own.
     */
    private static TypeSlots slot(ObjectState s, long self, String name) {
        return s.slots(HeapTypes.staticBase(Objects.type(self)));
    }

    private static long[] arg(ObjectState s, String name, long args, long kwargs, int n) {
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, "wrapper " + name + "() takes no keyword arguments");
        }
        long given = TupleType.size(args);
        if (given != n) {
            throw Errors.typeError(s, "expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + given);
        }
        List<Long> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(TupleType.getItem(args, i));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}

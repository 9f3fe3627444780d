package dev.isola.objects;

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
final class SlotWrappers {
    private SlotWrappers() {
    }

    /** The wrapper table, built once at bootstrap. */
    static TypeSlots table() {
        TypeSlots.Builder b = TypeSlots.builder();
        b.method("__repr__", (s, self, a, k) -> slot(s, self, "__repr__").repr.apply(s, self));
        b.method("__str__", (s, self, a, k) -> Abstract.str(s, self));
        b.method("__hash__", (s, self, a, k) -> IntType.fromLong(s, Abstract.hash(s, self)));
        b.method("__len__", (s, self, a, k) -> IntType.fromLong(s, Abstract.length(s, self)));
        b.method("__bool__", (s, self, a, k) -> s.space().bool(Abstract.isTrue(s, self)));
        b.method("__getitem__", (s, self, a, k) -> Abstract.getItem(s, self, arg(s, "__getitem__", a, k, 1)[0]));
        b.method("__setitem__", (s, self, a, k) -> {
            long[] x = arg(s, "__setitem__", a, k, 2);
            Abstract.setItem(s, self, x[0], x[1]);
            return Objects.newRef(s.space().none());
        });
        b.method("__delitem__", (s, self, a, k) -> {
            Abstract.delItem(s, self, arg(s, "__delitem__", a, k, 1)[0]);
            return Objects.newRef(s.space().none());
        });
        b.method("__contains__", (s, self, a, k) ->
                s.space().bool(Abstract.contains(s, self, arg(s, "__contains__", a, k, 1)[0])));
        b.method("__iter__", (s, self, a, k) -> Abstract.iter(s, self));
        b.method("__next__", (s, self, a, k) -> {
            long v = Abstract.next(s, self);
            if (v == 0) {
                throw Errors.stopIteration(s, 0);
            }
            return v;
        });
        b.method("__call__", (s, self, a, k) -> Abstract.call(s, self, a, k));
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
            b.method(i, (s, self, a, k) -> s.slotsOf(self).inplace(op).apply(s, self, arg(s, i, a, k, 1)[0]));
        }
        b.method("__neg__", (s, self, a, k) -> Abstract.negative(s, self));
        b.method("__pos__", (s, self, a, k) -> Abstract.positive(s, self));
        b.method("__abs__", (s, self, a, k) -> Abstract.absolute(s, self));
        b.method("__invert__", (s, self, a, k) -> Abstract.invert(s, self));
        b.method("__int__", (s, self, a, k) -> s.slotsOf(self).toInt.apply(s, self));
        b.method("__float__", (s, self, a, k) -> s.slotsOf(self).toFloat.apply(s, self));
        b.method("__index__", (s, self, a, k) -> s.slotsOf(self).index.apply(s, self));
        return b.build();
    }

    /** True when {@code slots} has the slot that wrapper {@code name} calls. */
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
        TypeSlots slots = s.slotsOf(self);
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

    private static TypeSlots slot(ObjectState s, long self, String name) {
        return s.slotsOf(self);
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

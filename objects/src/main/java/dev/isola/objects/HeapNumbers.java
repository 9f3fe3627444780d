package dev.isola.objects;

import java.util.Set;

/**
 * The number slots of classes: binary operators with their reflected forms (CPython's
 * {@code SLOT1BINFULL}), in-place operators, unary operators and the conversions
 * ({@code __int__}, {@code __float__}, {@code __index__}). Each binary dispatcher is an enum
 * constant, one Java object for every class, so {@link Abstract#binaryOp} calls it once per
 * operation and it decides which side's method runs.
 */
final class HeapNumbers {
    private HeapNumbers() {
    }

    static void install(TypeSlots.Builder b, Set<String> names) {
        for (NumberOp op : NumberOp.values()) {
            String d = op.dunder();
            if (names.contains(d) || names.contains(reflected(op))) {
                b.number(op, Binary.values()[op.ordinal()]);
            }
            if (names.contains("__i" + d.substring(2))) {
                b.inplace(op, Inplace.values()[op.ordinal()]);
            }
        }
        if (names.contains("__pow__") || names.contains("__rpow__")) {
            b.power(HeapNumbers::power);
        }
        unary(b, names, "__neg__", UnaryKind.NEGATIVE);
        unary(b, names, "__pos__", UnaryKind.POSITIVE);
        unary(b, names, "__abs__", UnaryKind.ABSOLUTE);
        unary(b, names, "__invert__", UnaryKind.INVERT);
        unary(b, names, "__int__", UnaryKind.INT);
        unary(b, names, "__float__", UnaryKind.FLOAT);
        unary(b, names, "__index__", UnaryKind.INDEX);
    }

    static String reflected(NumberOp op) {
        return "__r" + op.dunder().substring(2);
    }

    /** {@code a op b} by the left operand's method; its builtin base's slot when the class has none. */
    private static long left(ObjectState s, long a, long b, NumberOp op) {
        long descr = HeapSlots.find(s, a, op.dunder());
        if (descr != 0) {
            return HeapSlots.callDunder(s, a, descr, b);
        }
        SlotFunctions.BinaryFunc f = s.slots(HeapTypes.staticBase(Objects.type(a))).number(op);
        return f != null ? f.apply(s, a, b) : Objects.newRef(s.space().notImplemented());
    }

    /** {@code a op b} by the right operand's reflected method. */
    private static long right(ObjectState s, long a, long b, NumberOp op) {
        long descr = HeapSlots.find(s, b, reflected(op));
        if (descr != 0) {
            return HeapSlots.callDunder(s, b, descr, a);
        }
        SlotFunctions.BinaryFunc f = s.slots(HeapTypes.staticBase(Objects.type(b))).number(op);
        return f != null ? f.apply(s, a, b) : Objects.newRef(s.space().notImplemented());
    }

    static long binary(ObjectState s, long a, long b, NumberOp op, SlotFunctions.BinaryFunc self) {
        long ta = Objects.type(a);
        long tb = Objects.type(b);
        long notImpl = s.space().notImplemented();
        boolean doOther = ta != tb && s.slots(tb).number(op) == self;
        if (s.slots(ta).number(op) == self) {
            if (doOther && Objects.isSubtype(tb, ta)
                    && HeapSlots.find(s, b, reflected(op)) != HeapSlots.find(s, a, reflected(op))) {
                long r = right(s, a, b, op);
                if (r != notImpl) {
                    return r;
                }
                doOther = false;
            }
            long r = left(s, a, b, op);
            if (r != notImpl || ta == tb) {
                return r;
            }
        }
        return doOther ? right(s, a, b, op) : notImpl;
    }

    /** One dispatcher per operator, shared by every class. */
    enum Binary implements SlotFunctions.BinaryFunc {
        ADD, SUBTRACT, MULTIPLY, REMAINDER, DIVMOD, POWER, LSHIFT, RSHIFT, AND, XOR, OR, FLOOR_DIVIDE, TRUE_DIVIDE,
        MATRIX_MULTIPLY;

        @Override
        public long apply(ObjectState s, long a, long b) {
            return binary(s, a, b, NumberOp.values()[ordinal()], this);
        }
    }

    /** {@code a op= b}: the class's {@code __iop__}, else NotImplemented (the binary form follows). */
    enum Inplace implements SlotFunctions.BinaryFunc {
        ADD, SUBTRACT, MULTIPLY, REMAINDER, DIVMOD, POWER, LSHIFT, RSHIFT, AND, XOR, OR, FLOOR_DIVIDE, TRUE_DIVIDE,
        MATRIX_MULTIPLY;

        @Override
        public long apply(ObjectState s, long a, long b) {
            NumberOp op = NumberOp.values()[ordinal()];
            long descr = HeapSlots.find(s, a, "__i" + op.dunder().substring(2));
            if (descr != 0) {
                return HeapSlots.callDunder(s, a, descr, b);
            }
            SlotFunctions.BinaryFunc f = s.slots(HeapTypes.staticBase(Objects.type(a))).inplace(op);
            return f != null ? f.apply(s, a, b) : Objects.newRef(s.space().notImplemented());
        }
    }

    private static long power(ObjectState s, long a, long b, long c) {
        if (c == s.space().none()) {
            return binary(s, a, b, NumberOp.POWER, Binary.POWER);
        }
        long descr = HeapSlots.find(s, a, "__pow__");
        if (descr != 0 && HeapTypes.isHeapType(Objects.type(a))) {
            return HeapSlots.callDunder(s, a, descr, b, c);
        }
        return Objects.newRef(s.space().notImplemented());
    }

    private enum UnaryKind { NEGATIVE, POSITIVE, ABSOLUTE, INVERT, INT, FLOAT, INDEX }

    private static void unary(TypeSlots.Builder b, Set<String> names, String name, UnaryKind kind) {
        if (!names.contains(name)) {
            return;
        }
        SlotFunctions.UnaryFunc f = (s, o) -> {
            long descr = HeapSlots.find(s, o, name);
            if (descr == 0) {
                SlotFunctions.UnaryFunc base = baseUnary(s.slots(HeapTypes.staticBase(Objects.type(o))), kind);
                if (base == null) {
                    throw Errors.typeError(s, "bad operand type for " + name + ": '" + Objects.typeNameOf(o) + "'");
                }
                return base.apply(s, o);
            }
            return check(s, HeapSlots.callDunder(s, o, descr), name, kind);
        };
        switch (kind) {
            case NEGATIVE -> b.negative(f);
            case POSITIVE -> b.positive(f);
            case ABSOLUTE -> b.absolute(f);
            case INVERT -> b.invert(f);
            case INT -> b.toInt(f);
            case FLOAT -> b.toFloat(f);
            case INDEX -> b.index(f);
        }
    }

    private static SlotFunctions.UnaryFunc baseUnary(TypeSlots t, UnaryKind kind) {
        return switch (kind) {
            case NEGATIVE -> t.negative;
            case POSITIVE -> t.positive;
            case ABSOLUTE -> t.absolute;
            case INVERT -> t.invert;
            case INT -> t.toInt;
            case FLOAT -> t.toFloat;
            case INDEX -> t.index;
        };
    }

    /** The result checks of {@code __int__}, {@code __index__} and {@code __float__}. */
    private static long check(ObjectState s, long r, String name, UnaryKind kind) {
        boolean ok = switch (kind) {
            case INT, INDEX -> Objects.hasFlag(Objects.type(r), TypeFlags.LONG_SUBCLASS);
            case FLOAT -> Objects.isInstance(r, s.space().type(BuiltinType.FLOAT));
            default -> true;
        };
        if (!ok) {
            String t = Objects.typeNameOf(r);
            Objects.decref(s, r);
            throw Errors.typeError(s, kind == UnaryKind.FLOAT
                    ? name.substring(0) + " returned non-float (type " + t + ")"
                    : name + " returned non-int (type " + t + ")");
        }
        return r;
    }
}

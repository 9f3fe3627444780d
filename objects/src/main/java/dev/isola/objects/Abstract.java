package dev.isola.objects;

import dev.isola.objects.SlotFunctions.BinaryFunc;

/**
 * The object protocols every caller uses (CPython's {@code abstract.c} and {@code object.c}):
 * dispatch to the type's slots with Python's rules for reflected operands, fallbacks and error
 * messages. Arguments are borrowed; results are new references.
 */
public final class Abstract {
    private Abstract() {}

    // ---------------------------------------------------------------- repr, str, hash, bool

    public static long repr(ObjectState s, long a) {
        long r = s.slotsOf(a).repr.apply(s, a);
        return checkStr(s, r, "__repr__");
    }

    public static long str(ObjectState s, long a) {
        if (Objects.type(a) == s.space().type(BuiltinType.STR)) {
            return Objects.newRef(a);
        }
        TypeSlots slots = s.slotsOf(a);
        long r = slots.str != null ? slots.str.apply(s, a) : slots.repr.apply(s, a);
        return checkStr(s, r, "__str__");
    }

    private static long checkStr(ObjectState s, long r, String method) {
        if (!Objects.hasFlag(Objects.type(r), TypeFlags.UNICODE_SUBCLASS)) {
            String got = Objects.typeNameOf(r);
            Objects.decref(s, r);
            throw Errors.typeError(s, method + " returned non-string (type " + got + ")");
        }
        return r;
    }

    /** {@code repr(a)} as a Java string. */
    public static String reprJava(ObjectState s, long a) {
        long r = repr(s, a);
        try {
            return StrType.toJava(r);
        } finally {
            Objects.decref(s, r);
        }
    }

    /** {@code str(a)} as a Java string. */
    public static String strJava(ObjectState s, long a) {
        long r = str(s, a);
        try {
            return StrType.toJava(r);
        } finally {
            Objects.decref(s, r);
        }
    }

    /** {@code ascii(a)}: the repr with non-ASCII code points escaped. */
    public static long ascii(ObjectState s, long a) {
        return StrFormatter.ascii(s, a);
    }

    public static long hash(ObjectState s, long a) {
        TypeSlots slots = s.slotsOf(a);
        if (slots.hash == null) {
            throw Errors.typeError(s, "unhashable type: '" + Objects.typeNameOf(a) + "'");
        }
        return slots.hash.apply(s, a);
    }

    public static boolean isTrue(ObjectState s, long a) {
        ObjectSpace space = s.space();
        if (a == space.trueObject()) {
            return true;
        }
        if (a == space.falseObject() || a == space.none()) {
            return false;
        }
        TypeSlots slots = s.slotsOf(a);
        if (slots.bool != null) {
            return slots.bool.apply(s, a);
        }
        if (slots.length != null) {
            return slots.length.apply(s, a) > 0;
        }
        return true;
    }

    // ---------------------------------------------------------------- comparison

    public static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        long ta = Objects.type(a);
        long tb = Objects.type(b);
        TypeSlots sa = s.slots(ta);
        TypeSlots sb = s.slots(tb);
        long notImpl = s.space().notImplemented();
        boolean checkedReverse = false;
        if (ta != tb && Objects.isSubtype(tb, ta) && sb.richCompare != null) {
            checkedReverse = true;
            long r = sb.richCompare.apply(s, b, a, op.swapped());
            if (r != notImpl) {
                return r;
            }
        }
        if (sa.richCompare != null) {
            long r = sa.richCompare.apply(s, a, b, op);
            if (r != notImpl) {
                return r;
            }
        }
        if (!checkedReverse && sb.richCompare != null) {
            long r = sb.richCompare.apply(s, b, a, op.swapped());
            if (r != notImpl) {
                return r;
            }
        }
        return switch (op) {
            case EQ -> s.space().bool(a == b);
            case NE -> s.space().bool(a != b);
            default -> throw Errors.typeError(s, "'" + op.symbol() + "' not supported between instances of '"
                    + Objects.typeName(ta) + "' and '" + Objects.typeName(tb) + "'");
        };
    }

    /** Comparison as a Java boolean; identity implies equality for EQ/NE, as CPython's containers assume. */
    public static boolean richCompareBool(ObjectState s, long a, long b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        long r = richCompare(s, a, b, op);
        try {
            return isTrue(s, r);
        } finally {
            Objects.decref(s, r);
        }
    }

    public static boolean equal(ObjectState s, long a, long b) {
        return richCompareBool(s, a, b, CompareOp.EQ);
    }

    // ---------------------------------------------------------------- numbers

    /** {@code a <op> b} with Python's reflected-operand rules. */
    public static long binaryOp(ObjectState s, long a, long b, NumberOp op) {
        long ta = Objects.type(a);
        if (ta == Objects.type(b) && ta == s.space().intType()) {
            // Two exact ints: the slot is known, so skip the slot-table dispatch.
            switch (op) {
                case ADD:
                    return IntOps.add(s, a, b);
                case SUBTRACT:
                    return IntOps.subtract(s, a, b);
                case MULTIPLY:
                    return IntOps.multiply(s, a, b);
                default:
                    break;
            }
        }
        long r = binaryOp1(s, a, b, op);
        if (r != s.space().notImplemented()) {
            return r;
        }
        if (op == NumberOp.ADD) {
            TypeSlots sa = s.slotsOf(a);
            if (sa.concat != null) {
                return sa.concat.apply(s, a, b);
            }
        } else if (op == NumberOp.MULTIPLY) {
            long seq = s.slotsOf(a).repeat != null ? a : s.slotsOf(b).repeat != null ? b : 0;
            if (seq != 0) {
                long count = seq == a ? b : a;
                if (s.slotsOf(count).index != null) {
                    return s.slotsOf(seq).repeat.apply(s, seq, asSize(s, count, BuiltinType.OVERFLOW_ERROR));
                }
                throw Errors.typeError(s, "can't multiply sequence by non-int of type '" + Objects.typeNameOf(count)
                        + "'");
            }
        }
        throw unsupported(s, a, b, op.symbol());
    }

    private static long binaryOp1(ObjectState s, long a, long b, NumberOp op) {
        long ta = Objects.type(a);
        long tb = Objects.type(b);
        BinaryFunc slotA = s.slots(ta).number(op);
        BinaryFunc slotB = ta != tb ? s.slots(tb).number(op) : null;
        if (slotB == slotA) {
            slotB = null;
        }
        long notImpl = s.space().notImplemented();
        if (slotA != null) {
            if (slotB != null && Objects.isSubtype(tb, ta)) {
                long r = slotB.apply(s, a, b);
                if (r != notImpl) {
                    return r;
                }
                slotB = null;
            }
            long r = slotA.apply(s, a, b);
            if (r != notImpl) {
                return r;
            }
        }
        if (slotB != null) {
            return slotB.apply(s, a, b);
        }
        return notImpl;
    }

    /** {@code a <op>= b}: the in-place slot first, then the binary operation. */
    public static long inplaceOp(ObjectState s, long a, long b, NumberOp op) {
        BinaryFunc inplace = s.slotsOf(a).inplace(op);
        if (inplace != null) {
            long r = inplace.apply(s, a, b);
            if (r != s.space().notImplemented()) {
                return r;
            }
        }
        long r = binaryOp1(s, a, b, op);
        if (r != s.space().notImplemented()) {
            return r;
        }
        if (op == NumberOp.ADD || op == NumberOp.MULTIPLY) {
            return binaryOp(s, a, b, op);
        }
        throw unsupported(s, a, b, op.symbol() + "=");
    }

    private static PyException unsupported(ObjectState s, long a, long b, String symbol) {
        return Errors.typeError(s, "unsupported operand type(s) for " + symbol + ": '" + Objects.typeNameOf(a)
                + "' and '" + Objects.typeNameOf(b) + "'");
    }

    /** {@code pow(a, b, c)}; {@code c} is None for two-argument pow. */
    public static long power(ObjectState s, long a, long b, long c) {
        return power(s, a, b, c, "** or pow()");
    }

    /** {@code a **= b}: no builtin type has an in-place power, so this is power with its own message. */
    public static long inplacePower(ObjectState s, long a, long b) {
        return power(s, a, b, s.space().none(), "**=");
    }

    private static long power(ObjectState s, long a, long b, long c, String symbol) {
        TypeSlots sa = s.slotsOf(a);
        long notImpl = s.space().notImplemented();
        if (sa.power != null) {
            long r = sa.power.apply(s, a, b, c);
            if (r != notImpl) {
                return r;
            }
        }
        TypeSlots sb = s.slotsOf(b);
        if (sb.power != null && sb.power != sa.power) {
            long r = sb.power.apply(s, a, b, c);
            if (r != notImpl) {
                return r;
            }
        }
        if (c == s.space().none()) {
            throw unsupported(s, a, b, symbol);
        }
        throw Errors.typeError(s, "unsupported operand type(s) for ** or pow(): '" + Objects.typeNameOf(a) + "', '"
                + Objects.typeNameOf(b) + "', '" + Objects.typeNameOf(c) + "'");
    }

    public static long negative(ObjectState s, long a) {
        return unary(s, a, s.slotsOf(a).negative, "-");
    }

    public static long positive(ObjectState s, long a) {
        return unary(s, a, s.slotsOf(a).positive, "+");
    }

    public static long invert(ObjectState s, long a) {
        return unary(s, a, s.slotsOf(a).invert, "~");
    }

    public static long absolute(ObjectState s, long a) {
        SlotFunctions.UnaryFunc f = s.slotsOf(a).absolute;
        if (f == null) {
            throw Errors.typeError(s, "bad operand type for abs(): '" + Objects.typeNameOf(a) + "'");
        }
        return f.apply(s, a);
    }

    private static long unary(ObjectState s, long a, SlotFunctions.UnaryFunc f, String symbol) {
        if (f == null) {
            throw Errors.typeError(s, "bad operand type for unary " + symbol + ": '" + Objects.typeNameOf(a) + "'");
        }
        return f.apply(s, a);
    }

    /** {@code operator.index(a)}: an int (new reference). */
    public static long index(ObjectState s, long a) {
        if (Objects.hasFlag(Objects.type(a), TypeFlags.LONG_SUBCLASS)) {
            return Objects.newRef(a);
        }
        SlotFunctions.UnaryFunc f = s.slotsOf(a).index;
        if (f == null) {
            throw Errors.typeError(s, "'" + Objects.typeNameOf(a) + "' object cannot be interpreted as an integer");
        }
        return f.apply(s, a);
    }

    /** {@code a.__index__()} as a Java long for indexing: IndexError when it does not fit. */
    public static long asSize(ObjectState s, long a) {
        return asSize(s, a, BuiltinType.INDEX_ERROR);
    }

    /**
     * {@code a.__index__()} as a Java long; {@code error} (IndexError for indexing, OverflowError
     * for counts such as a repeat) when it does not fit, as CPython's {@code PyNumber_AsSsize_t}.
     */
    public static long asSize(ObjectState s, long a, BuiltinType error) {
        long i = index(s, a);
        try {
            if (!IntType.fitsLong(i)) {
                throw Errors.raise(s, error,
                        "cannot fit '" + Objects.typeNameOf(a) + "' into an index-sized integer");
            }
            return IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    // ---------------------------------------------------------------- containers

    public static long length(ObjectState s, long a) {
        TypeSlots slots = s.slotsOf(a);
        if (slots.length == null) {
            throw Errors.typeError(s, "object of type '" + Objects.typeNameOf(a) + "' has no len()");
        }
        return slots.length.apply(s, a);
    }

    public static long getItem(ObjectState s, long a, long key) {
        TypeSlots slots = s.slotsOf(a);
        if (slots.subscript != null) {
            return slots.subscript.apply(s, a, key);
        }
        if (slots.item != null) {
            if (s.slotsOf(key).index == null && !Objects.hasFlag(Objects.type(key), TypeFlags.LONG_SUBCLASS)) {
                throw Errors.typeError(s, "sequence index must be integer, not '" + Objects.typeNameOf(key) + "'");
            }
            return slots.item.apply(s, a, asSize(s, key));
        }
        throw Errors.typeError(s, "'" + Objects.typeNameOf(a) + "' object is not subscriptable");
    }

    public static void setItem(ObjectState s, long a, long key, long value) {
        TypeSlots slots = s.slotsOf(a);
        if (slots.assignSubscript == null) {
            throw Errors.typeError(s, "'" + Objects.typeNameOf(a) + "' object does not support item assignment");
        }
        slots.assignSubscript.apply(s, a, key, value);
    }

    public static void delItem(ObjectState s, long a, long key) {
        TypeSlots slots = s.slotsOf(a);
        if (slots.assignSubscript == null) {
            // CPython words it by the path taken: PySequence_DelItem for a sequence and an index.
            boolean sequence = slots.item != null || slots.contains != null || slots.concat != null
                    || slots.repeat != null;
            boolean index = s.slotsOf(key).index != null;
            throw Errors.typeError(s, "'" + Objects.typeNameOf(a) + "' object "
                    + (sequence && index ? "doesn't" : "does not") + " support item deletion");
        }
        slots.assignSubscript.apply(s, a, key, 0);
    }

    /** {@code item in container}. */
    public static boolean contains(ObjectState s, long container, long item) {
        TypeSlots slots = s.slotsOf(container);
        if (slots.contains != null) {
            return slots.contains.apply(s, container, item);
        }
        long it = iterForSearch(s, container);
        try {
            for (long x = next(s, it); x != 0; x = next(s, it)) {
                boolean found;
                try {
                    found = equal(s, x, item);
                } finally {
                    Objects.decref(s, x);
                }
                if (found) {
                    return true;
                }
            }
            return false;
        } finally {
            Objects.decref(s, it);
        }
    }

    /**
     * {@code iter(seq)} for a search ({@code in}, {@code operator.countOf}): CPython's
     * {@code _PySequence_IterSearch} rewords a TypeError as "argument of type ... is not iterable".
     */
    public static long iterForSearch(ObjectState s, long seq) {
        try {
            return iter(s, seq);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                throw e;
            }
            e.release(s);
            throw Errors.typeError(s, "argument of type '" + Objects.typeNameOf(seq) + "' is not iterable");
        }
    }

    public static long iter(ObjectState s, long a) {
        TypeSlots slots = s.slotsOf(a);
        if (slots.iter != null) {
            long it = slots.iter.apply(s, a);
            if (s.slotsOf(it).next == null) {
                String got = Objects.typeNameOf(it);
                Objects.decref(s, it);
                throw Errors.typeError(s, "iter() returned non-iterator of type '" + got + "'");
            }
            return it;
        }
        throw Errors.typeError(s, "'" + Objects.typeNameOf(a) + "' object is not iterable");
    }

    /** The next item (new reference), or 0 when the iterator is exhausted. */
    public static long next(ObjectState s, long it) {
        SlotFunctions.NextFunc f = s.slotsOf(it).next;
        if (f == null) {
            throw Errors.typeError(s, "'" + Objects.typeNameOf(it) + "' object is not an iterator");
        }
        return f.apply(s, it);
    }

    // ---------------------------------------------------------------- attributes, calls

    /** {@code getattr(a, name)}; {@code name} is a str. */
    public static long getAttr(ObjectState s, long a, long name) {
        SlotFunctions.BinaryFunc f = s.slotsOf(a).getAttr;
        if (f == null) {
            throw Errors.attributeError(s, a, StrType.toJava(name));
        }
        return f.apply(s, a, name);
    }

    public static long getAttr(ObjectState s, long a, String name) {
        long n = s.intern(name);
        try {
            return getAttr(s, a, n);
        } finally {
            Objects.decref(s, n);
        }
    }

    /** Calls {@code callable(*args, **kwargs)}; {@code args} a tuple, {@code kwargs} a dict or 0. */
    public static long call(ObjectState s, long callable, long args, long kwargs) {
        SlotFunctions.TernaryFunc f = s.slotsOf(callable).call;
        if (f == null) {
            throw Errors.typeError(s, "'" + Objects.typeNameOf(callable) + "' object is not callable");
        }
        return f.apply(s, callable, args, kwargs);
    }

    /** Calls the method {@code name} of {@code self} with positional {@code args} (borrowed). */
    public static long callMethod(ObjectState s, long self, String name, long... args) {
        long method = getAttr(s, self, name);
        try {
            long tuple = TupleType.pack(s, args);
            try {
                return call(s, method, tuple, 0);
            } finally {
                Objects.decref(s, tuple);
            }
        } finally {
            Objects.decref(s, method);
        }
    }

    /**
     * CPython's {@code PyObject_LengthHint}: {@code len(o)} if it has one, else its
     * {@code __length_hint__()}, else {@code defaultValue}; a TypeError from either counts as
     * "no hint". Used to presize containers built from iterables.
     */
    public static long lengthHint(ObjectState s, long o, long defaultValue) {
        TypeSlots slots = s.slotsOf(o);
        if (slots.length != null) {
            try {
                return slots.length.apply(s, o);
            } catch (PyException e) {
                if (!e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                    throw e;
                }
                e.release(s);
            }
        }
        MethodDef hint = slots.method("__length_hint__");
        if (hint == null) {
            return defaultValue;
        }
        long r;
        try {
            r = hint.impl().apply(s, o, s.space().emptyTuple(), 0);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                throw e;
            }
            e.release(s);
            return defaultValue;
        }
        try {
            if (r == s.space().notImplemented()) {
                return defaultValue;
            }
            if (!IntType.check(r)) {
                throw Errors.typeError(s, "__length_hint__ must be an integer, not " + Objects.typeNameOf(r));
            }
            if (!IntType.fitsLong(r)) {
                throw Errors.overflowError(s, "Python int too large to convert to C ssize_t");
            }
            long n = IntType.longValue(r);
            if (n < 0) {
                throw Errors.valueError(s, "__length_hint__() should return >= 0");
            }
            return n;
        } finally {
            Objects.decref(s, r);
        }
    }

    // ---------------------------------------------------------------- number conversions

    /** {@code int(a)} (CPython's {@code PyNumber_Long}): an exact int, new reference. */
    public static long numberInt(ObjectState s, long a) {
        return IntMethods.value(s, a, 0);
    }

    /** {@code float(a)} as a Java double (CPython's {@code PyNumber_Float}). */
    public static double numberDouble(ObjectState s, long a) {
        return FloatMethods.value(s, a);
    }

    /**
     * CPython's {@code PyFloat_AsDouble}: a float's value, else {@code __float__}, else
     * {@code __index__} converted exactly as {@code float(int)}; TypeError "must be real number"
     * for anything else. Unlike {@link #numberDouble} it does not parse strings.
     */
    public static double asDouble(ObjectState s, long a) {
        return FloatMethods.asDouble(s, a);
    }

    /** CPython's {@code PyLong_FromDouble}: {@code int(d)}, truncating; errors for NaN and infinities. */
    public static long intFromDouble(ObjectState s, double d) {
        return FloatOps.toInt(s, d);
    }

    /**
     * {@code format(value, spec)} (CPython's {@code PyObject_Format}): the value's
     * {@code __format__} with a str spec; a new str.
     */
    public static long format(ObjectState s, long value, long spec) {
        long text;
        if (Objects.isInstance(value, s.space().type(BuiltinType.TYPE))) {
            // A class: __format__ is looked up on its metaclass, not found as its instances' method.
            long meta = Objects.type(value);
            long descr = HeapTypes.isHeapType(meta) ? HeapTypes.lookup(s, meta, "__format__") : 0;
            if (descr != 0) {
                long bound = Descriptors.get(s, descr, value, meta);
                try {
                    long args = TupleType.pack(s, spec);
                    try {
                        text = call(s, bound, args, 0);
                    } finally {
                        Objects.decref(s, args);
                    }
                } finally {
                    Objects.decref(s, bound);
                }
            } else if (StrType.check(spec) && StrType.length(spec) == 0) {
                text = str(s, value);
            } else {
                throw Errors.typeError(s, "unsupported format string passed to "
                        + Objects.typeName(meta) + ".__format__");
            }
        } else {
            text = callMethod(s, value, "__format__", spec);
        }
        if (!StrType.check(text)) {
            String got = Objects.typeNameOf(text);
            Objects.decref(s, text);
            throw Errors.typeError(s, "__format__ must return a str, not " + got);
        }
        return text;
    }
}

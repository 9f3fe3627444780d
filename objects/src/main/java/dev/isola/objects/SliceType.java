package dev.isola.objects;

import dev.isola.memory.Memory;
import java.math.BigInteger;

/**
 * {@code slice}: three references, as CPython's {@code PySliceObject}, and the index arithmetic
 * every sliceable sequence shares.
 *
 * <pre>
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  start   object   owned; None when omitted
 *   +24  stop    object   owned; None when omitted
 *   +32  step    object   owned; None when omitted
 *   (40 bytes; CPython's is 56 with its GC prefix)
 * </pre>
 *
 * <p>Invariant: the three fields are never 0. Not GC-tracked: a slice can only take part in a
 * cycle through a container stored as one of its bounds, which no builtin does.
 *
 * <p>Two ways to resolve a slice against a length, as CPython:
 * <ul>
 *   <li>{@link #indices(ObjectState, long, long)} — {@code PySlice_Unpack} then
 *       {@code PySlice_AdjustIndices}: Java longs, bounds clamped, for the sequences' slicing;
 *   <li>{@link #bigIndices} — {@code _PySlice_GetLongIndices}: exact for any int, for
 *       {@code slice.indices()} and {@code range} slicing.
 * </ul>
 * Hash follows CPython 3.12+ (slices are hashable): tuplehash's lanes without the length term.
 */
public final class SliceType {
    public static final int START_OFFSET = 16;
    public static final int STOP_OFFSET = 24;
    public static final int STEP_OFFSET = 32;
    public static final int SIZE = 40;

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private SliceType() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr(SliceType::repr)
                .hash(SliceType::hash)
                .richCompare(SliceType::richCompare)
                .getAttr(SliceType::getAttr)
                .newInstance(SliceType::newInstance)
                .dealloc(SliceType::dealloc)
                .traverse((s, sl, visitor) -> {
                    visitor.visit(start(sl));
                    visitor.visit(stop(sl));
                    visitor.visit(step(sl));
                })
                .method("indices", SliceType::indicesMethod)
                .build();
    }

    public static long start(long slice) {
        return Memory.getLong(slice + START_OFFSET);
    }

    public static long stop(long slice) {
        return Memory.getLong(slice + STOP_OFFSET);
    }

    public static long step(long slice) {
        return Memory.getLong(slice + STEP_OFFSET);
    }

    /** True when {@code addr} is a slice ({@code slice} cannot be subclassed). */
    public static boolean check(long addr) {
        return Memory.getInt(Objects.type(addr) + TypeLayout.STATIC_INDEX_OFFSET) == BuiltinType.SLICE.ordinal();
    }

    /** A new slice of {@code start}, {@code stop}, {@code step} (borrowed; 0 means None). */
    public static long newSlice(ObjectState s, long start, long stop, long step) {
        long none = s.space().none();
        long sl = s.allocObject(s.space().type(BuiltinType.SLICE), SIZE);
        store(s, sl, START_OFFSET, start == 0 ? none : start);
        store(s, sl, STOP_OFFSET, stop == 0 ? none : stop);
        store(s, sl, STEP_OFFSET, step == 0 ? none : step);
        return sl;
    }

    private static void store(ObjectState s, long sl, int offset, long item) {
        Objects.checkReference(s, sl, item);
        Memory.putLong(sl + offset, Objects.newRef(item));
    }

    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, "slice() takes no keyword arguments");
        }
        long n = TupleType.size(args);
        if (n == 0) {
            throw Errors.typeError(s, "slice expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw Errors.typeError(s, "slice expected at most 3 arguments, got " + n);
        }
        if (n == 1) {
            return newSlice(s, 0, TupleType.getItem(args, 0), 0);
        }
        return newSlice(s, TupleType.getItem(args, 0), TupleType.getItem(args, 1),
                n == 3 ? TupleType.getItem(args, 2) : 0);
    }

    static void dealloc(ObjectState s, long sl) {
        Objects.decref(s, start(sl));
        Objects.decref(s, stop(sl));
        Objects.decref(s, step(sl));
        s.freeObject(sl);
    }

    static long repr(ObjectState s, long sl) {
        return StrType.fromJava(s, "slice(" + Abstract.reprJava(s, start(sl)) + ", " + Abstract.reprJava(s, stop(sl))
                + ", " + Abstract.reprJava(s, step(sl)) + ")");
    }

    /** CPython 3.12's {@code slicehash}. */
    static long hash(ObjectState s, long sl) {
        long acc = XXPRIME_5;
        for (long item : new long[] {start(sl), stop(sl), step(sl)}) {
            long lane = Abstract.hash(s, item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        return acc == -1 ? 1546275796L : acc;
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!check(b)) {
            return s.space().notImplemented();
        }
        if (a == b) {
            return s.space().bool(op == CompareOp.EQ || op == CompareOp.LE || op == CompareOp.GE);
        }
        long ta = TupleType.pack(s, start(a), stop(a), step(a));
        try {
            long tb = TupleType.pack(s, start(b), stop(b), step(b));
            try {
                return Abstract.richCompare(s, ta, tb, op);
            } finally {
                Objects.decref(s, tb);
            }
        } finally {
            Objects.decref(s, ta);
        }
    }

    static long getAttr(ObjectState s, long sl, long name) {
        return switch (StrType.toJava(name)) {
            case "start" -> Objects.newRef(start(sl));
            case "stop" -> Objects.newRef(stop(sl));
            case "step" -> Objects.newRef(step(sl));
            default -> ObjectType.genericGetAttr(s, sl, name);
        };
    }

    // ---------------------------------------------------------------- indices as Java longs

    /**
     * CPython's {@code PySlice_Unpack} followed by {@code PySlice_AdjustIndices}: the slice
     * resolved against a sequence of {@code length} items, as {@code {start, stop, step,
     * slicelength}}. Bounds that do not fit a long are clamped (they select the same items).
     */
    public static long[] indices(ObjectState s, long slice, long length) {
        long[] r = unpack(s, slice);
        long n = adjustIndices(length, r);
        return new long[] {r[0], r[1], r[2], n};
    }

    /**
     * {@code PySlice_Unpack}: {@code {start, stop, step}} with None replaced by the defaults for
     * the step's sign and every bound clamped to the long range (step to ≥ -Long.MAX_VALUE).
     */
    public static long[] unpack(ObjectState s, long slice) {
        long none = s.space().none();
        long step = 1;
        if (step(slice) != none) {
            step = sliceIndex(s, step(slice));
            if (step == 0) {
                throw Errors.valueError(s, "slice step cannot be zero");
            }
            if (step < -Long.MAX_VALUE) {
                step = -Long.MAX_VALUE;
            }
        }
        long start = start(slice) == none ? (step < 0 ? Long.MAX_VALUE : 0) : sliceIndex(s, start(slice));
        long stop = stop(slice) == none ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(s, stop(slice));
        return new long[] {start, stop, step};
    }

    /**
     * {@code PySlice_AdjustIndices}: clips {@code sss = {start, stop, step}} in place to a
     * sequence of {@code length} items; returns the number of items the slice selects.
     */
    public static long adjustIndices(long length, long[] sss) {
        long start = sss[0];
        long stop = sss[1];
        long step = sss[2];
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        sss[0] = start;
        sss[1] = stop;
        if (step < 0) {
            return stop < start ? (start - stop - 1) / -step + 1 : 0;
        }
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /**
     * CPython's {@code _PyEval_SliceIndex} for a non-None bound: its {@code __index__} value,
     * clamped to the long range.
     */
    public static long sliceIndex(ObjectState s, long v) {
        long i = indexOf(s, v);
        try {
            if (IntType.fitsLong(i)) {
                return IntType.longValue(i);
            }
            return IntType.toBig(i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } finally {
            Objects.decref(s, i);
        }
    }

    private static long indexOf(ObjectState s, long v) {
        if (!IntType.check(v) && s.slotsOf(v).index == null) {
            throw Errors.typeError(s, "slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(s, v);
    }

    // ---------------------------------------------------------------- indices of any size

    /**
     * {@code _PySlice_GetLongIndices}: {@code {start, stop, step}} exact for any ints, start and
     * stop clipped to the bounds a sequence of {@code length} (≥ 0) items allows.
     */
    public static BigInteger[] bigIndices(ObjectState s, long slice, BigInteger length) {
        long none = s.space().none();
        BigInteger step = BigInteger.ONE;
        if (step(slice) != none) {
            step = bigIndex(s, step(slice));
            if (step.signum() == 0) {
                throw Errors.valueError(s, "slice step cannot be zero");
            }
        }
        boolean negative = step.signum() < 0;
        BigInteger lower = negative ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = negative ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = start(slice) == none ? (negative ? upper : lower)
                : clip(bigIndex(s, start(slice)), length, lower, upper);
        BigInteger stop = stop(slice) == none ? (negative ? lower : upper)
                : clip(bigIndex(s, stop(slice)), length, lower, upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger clip(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    private static BigInteger bigIndex(ObjectState s, long v) {
        long i = indexOf(s, v);
        try {
            return IntType.toBig(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    /** {@code slice.indices(length)}. */
    static long indicesMethod(ObjectState s, long sl, long args, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) > 0) {
            throw Errors.typeError(s, "slice.indices() takes no keyword arguments");
        }
        long n = TupleType.size(args);
        if (n != 1) {
            throw Errors.typeError(s, "slice.indices() takes exactly one argument (" + n + " given)");
        }
        long len = Abstract.index(s, TupleType.getItem(args, 0));
        BigInteger length;
        try {
            length = IntType.toBig(len);
        } finally {
            Objects.decref(s, len);
        }
        if (length.signum() < 0) {
            throw Errors.valueError(s, "length should not be negative");
        }
        BigInteger[] r = bigIndices(s, sl, length);
        long[] items = new long[3];
        try {
            for (int i = 0; i < 3; i++) {
                items[i] = IntType.fromBig(s, r[i]);
            }
            return TupleType.pack(s, items);
        } finally {
            for (long item : items) {
                Objects.xdecref(s, item);
            }
        }
    }
}

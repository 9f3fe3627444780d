package dev.isola.objects;

/**
 * Index and slice arithmetic shared by {@code str}, {@code bytes} and {@code bytearray}
 * (CPython's {@code PySlice_Unpack}, {@code PySlice_AdjustIndices} and {@code _PyEval_SliceIndex}).
 *
 * <p>Slices are resolved by {@link SliceType#indices}; {@link #NONE} stands for a missing
 * bound of the find/count family. Stateless.
 */
final class SeqIndex {
    /** A bound that was None. */
    static final long NONE = Long.MIN_VALUE;


    private SeqIndex() {}

    static boolean isSlice(ObjectState s, long obj) {
        return SliceType.check(obj);
    }

    /** True when {@code obj} is an int or has {@code __index__}. */
    static boolean isIndex(ObjectState s, long obj) {
        return IntType.check(obj) || s.slotsOf(obj).index != null;
    }

    /**
     * {@code slice.indices(length)} plus the slice length: {start, stop, step, count}, ready to
     * walk {@code start, start+step, …} {@code count} times ({@link SliceType#indices}).
     */
    static long[] sliceIndices(ObjectState s, long slice, long length) {
        return SliceType.indices(s, slice, length);
    }

    /** A slice bound: None gives {@link #NONE}, an index-able object its value clamped to a long. */
    static long bound(ObjectState s, long obj) {
        return obj == s.space().none() ? NONE : clampedIndex(s, obj);
    }

    /** {@code _PyEval_SliceIndex}: the object's {@code __index__}, clamped to the long range. */
    static long clampedIndex(ObjectState s, long obj) {
        if (!isIndex(s, obj)) {
            throw Errors.typeError(s, "slice indices must be integers or None or have an __index__ method");
        }
        long i = Abstract.index(s, obj);
        try {
            if (IntType.fitsLong(i)) {
                long v = IntType.longValue(i);
                return v == NONE ? NONE + 1 : v;
            }
            return IntType.toBig(i).signum() < 0 ? NONE + 1 : Long.MAX_VALUE;
        } finally {
            Objects.decref(s, i);
        }
    }

    /**
     * The start/end arguments of find, count, startswith …: clamped as a slice of {@code length}
     * without step. Returns {start, end}; {@code start > end} means an empty range.
     */
    static long[] range(ObjectState s, long startObj, long endObj, long length) {
        long start = startObj == 0 ? NONE : bound(s, startObj);
        long end = endObj == 0 ? NONE : bound(s, endObj);
        if (start == NONE) {
            start = 0;
        }
        if (end == NONE) {
            end = Long.MAX_VALUE;
        }
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end = Math.max(end + length, 0);
        }
        if (start < 0) {
            start = Math.max(start + length, 0);
        }
        return new long[] {start, end};
    }

    /**
     * The object's {@code __index__} as a long for a sequence subscript; IndexError "cannot fit
     * 'int' into an index-sized integer" when it does not fit, as {@code PyNumber_AsSsize_t(x, IndexError)}.
     */
    static long subscriptIndex(ObjectState s, long obj) {
        long i = Abstract.index(s, obj);
        try {
            if (!IntType.fitsLong(i)) {
                throw Errors.indexError(s, "cannot fit '" + Objects.typeNameOf(obj) + "' into an index-sized integer");
            }
            return IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    /** The object's {@code __index__} as a long; OverflowError when it does not fit ({@code PyNumber_AsSsize_t}). */
    static long sizeIndex(ObjectState s, long obj) {
        long i = Abstract.index(s, obj);
        try {
            if (!IntType.fitsLong(i)) {
                throw Errors.overflowError(s, "cannot fit '" + Objects.typeNameOf(obj)
                        + "' into an index-sized integer");
            }
            return IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    /** An Argument Clinic {@code Py_ssize_t} parameter: OverflowError "… too large to convert to C ssize_t". */
    static long ssizeArg(ObjectState s, long obj) {
        long i = Abstract.index(s, obj);
        try {
            if (!IntType.fitsLong(i)) {
                throw Errors.overflowError(s, "Python int too large to convert to C ssize_t");
            }
            return IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    /** An Argument Clinic {@code int} parameter: OverflowError "Python int too large to convert to C int". */
    static int intArg(ObjectState s, long obj) {
        long i = Abstract.index(s, obj);
        try {
            if (!IntType.fitsLong(i) || IntType.longValue(i) != (int) IntType.longValue(i)) {
                throw Errors.overflowError(s, "Python int too large to convert to C int");
            }
            return (int) IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }
}

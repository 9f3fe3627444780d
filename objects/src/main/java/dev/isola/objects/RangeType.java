package dev.isola.objects;

import dev.isola.memory.Memory;
import java.math.BigInteger;

/**
 * {@code range}: an immutable arithmetic sequence of ints of any size, as CPython's
 * {@code rangeobject} — four int objects.
 *
 * <pre>
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  start    int   owned
 *   +24  stop     int   owned
 *   +32  step     int   owned, never 0
 *   +40  length   int   owned, ≥ 0: the number of items
 *   (48 bytes, as CPython)
 * </pre>
 *
 * <p>Invariant: {@code length = max(0, ceil((stop - start) / step))}, computed once. The fields
 * are exact ints (the arguments' {@code __index__}). Operations take a {@code long} fast path
 * when all four are compact ints ({@code |v| < 2**62}): then every item {@code start + i*step}
 * and every difference of two bounds fits a long, so the arithmetic cannot overflow. Anything
 * else goes through {@link BigInteger}. Not GC-tracked: it refers only to ints.
 */
public final class RangeType {
    public static final int START_OFFSET = 16;
    public static final int STOP_OFFSET = 24;
    public static final int STEP_OFFSET = 32;
    public static final int LENGTH_OFFSET = 40;
    public static final int SIZE = 48;

    private RangeType() {}

    static TypeSlots slots() {
        return RangeOps.slots();
    }

    public static long start(long r) {
        return Memory.getLong(r + START_OFFSET);
    }

    public static long stop(long r) {
        return Memory.getLong(r + STOP_OFFSET);
    }

    public static long step(long r) {
        return Memory.getLong(r + STEP_OFFSET);
    }

    /** The number of items, an int object (borrowed). */
    public static long length(long r) {
        return Memory.getLong(r + LENGTH_OFFSET);
    }

    /** True when {@code addr} is a range ({@code range} cannot be subclassed). */
    public static boolean check(long addr) {
        return Memory.getInt(Objects.type(addr) + TypeLayout.STATIC_INDEX_OFFSET) == BuiltinType.RANGE.ordinal();
    }

    /** True when start, stop, step and length are all compact ints: the long fast path applies. */
    static boolean isCompact(long r) {
        return IntType.isCompact(start(r)) && IntType.isCompact(stop(r)) && IntType.isCompact(step(r))
                && IntType.isCompact(length(r));
    }

    /** {@code range(start, stop, step)} of three Java longs; {@code step != 0}. */
    public static long fromLongs(ObjectState s, long start, long stop, long step) {
        return make(s, BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
    }

    /** A new range of exact values; {@code step != 0}. */
    static long make(ObjectState s, BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger length = lengthOf(start, stop, step);
        long r = s.allocObject(s.space().type(BuiltinType.RANGE), SIZE);
        Memory.putLong(r + START_OFFSET, 0);
        Memory.putLong(r + STOP_OFFSET, 0);
        Memory.putLong(r + STEP_OFFSET, 0);
        Memory.putLong(r + LENGTH_OFFSET, 0);
        try {
            Memory.putLong(r + START_OFFSET, IntType.fromBig(s, start));
            Memory.putLong(r + STOP_OFFSET, IntType.fromBig(s, stop));
            Memory.putLong(r + STEP_OFFSET, IntType.fromBig(s, step));
            Memory.putLong(r + LENGTH_OFFSET, IntType.fromBig(s, length));
        } catch (PyException e) {
            dealloc(s, r);
            throw e;
        }
        return r;
    }

    /** CPython's {@code compute_range_length}: the number of items, ≥ 0. */
    static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() > 0 ? start.compareTo(stop) >= 0 : start.compareTo(stop) <= 0) {
            return BigInteger.ZERO;
        }
        if (step.signum() > 0) {
            return stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        return start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
    }

    static void dealloc(ObjectState s, long r) {
        Objects.xdecref(s, start(r));
        Objects.xdecref(s, stop(r));
        Objects.xdecref(s, step(r));
        Objects.xdecref(s, length(r));
        s.freeObject(r);
    }

    /** Bytes the range occupies ({@code sys.getsizeof}). */
    public static long sizeOf(long r) {
        return SIZE;
    }
}

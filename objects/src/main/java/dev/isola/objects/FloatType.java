package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code float}: an IEEE 754 double.
 *
 * <pre>
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  value      double
 *   (24 bytes, as CPython)
 * </pre>
 *
 * <p>Immutable after creation; no invariant beyond the header. Behaviour: {@link FloatOps}
 * (arithmetic, comparison, hash), {@link FloatText} (repr, parsing, hex), {@link FloatMethods}.
 */
public final class FloatType {
    public static final int VALUE_OFFSET = 16;
    public static final int SIZE = 24;

    private FloatType() {}

    static TypeSlots slots() {
        return FloatOps.slots();
    }

    public static long fromDouble(ObjectState s, double v) {
        long addr = s.allocObject(s.space().type(BuiltinType.FLOAT), SIZE);
        Memory.putDouble(addr + VALUE_OFFSET, v);
        return addr;
    }

    /** An instance of {@code type} (float or a subclass) with value {@code v}. */
    public static long fromDouble(ObjectState s, long type, double v) {
        long addr = s.allocInstance(type);
        Memory.putDouble(addr + VALUE_OFFSET, v);
        return addr;
    }

    public static double value(long addr) {
        return Memory.getDouble(addr + VALUE_OFFSET);
    }

    /** True when {@code addr} is a float or an instance of a subclass. */
    public static boolean check(ObjectState s, long addr) {
        long floatType = s.space().type(BuiltinType.FLOAT);
        long type = Objects.type(addr);
        return type == floatType || Objects.isSubtype(type, floatType);
    }

    /** Bytes a float occupies ({@code sys.getsizeof}; floats have no GC prefix). */
    public static long sizeOf(long addr) {
        return SIZE;
    }
}

package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code complex}: a pair of IEEE 754 doubles.
 *
 * <pre>
 *   +0   ob_refcnt
 *   +8   ob_type
 *   +16  real       double
 *   +24  imag       double
 *   (32 bytes, as CPython)
 * </pre>
 *
 * <p>Immutable after creation. Behaviour: {@link ComplexOps} (arithmetic, comparison, hash,
 * repr, {@code complex()}), after CPython's {@code complexobject.c}.
 */
public final class ComplexType {
    public static final int REAL_OFFSET = 16;
    public static final int IMAG_OFFSET = 24;
    public static final int SIZE = 32;

    private ComplexType() {}

    static TypeSlots slots() {
        return ComplexOps.slots();
    }

    public static long fromParts(ObjectState s, double real, double imag) {
        long addr = s.allocObject(s.space().type(BuiltinType.COMPLEX), SIZE);
        Memory.putDouble(addr + REAL_OFFSET, real);
        Memory.putDouble(addr + IMAG_OFFSET, imag);
        return addr;
    }

    /** An instance of {@code type} (complex or a subclass). */
    static long fromParts(ObjectState s, long type, double real, double imag) {
        long addr = s.allocInstance(type);
        Memory.putDouble(addr + REAL_OFFSET, real);
        Memory.putDouble(addr + IMAG_OFFSET, imag);
        return addr;
    }

    /** CPython's repr of the complex number {@code real + imag*j}. */
    public static String repr(double real, double imag) {
        return ComplexOps.repr(real, imag);
    }

    public static double real(long addr) {
        return Memory.getDouble(addr + REAL_OFFSET);
    }

    public static double imag(long addr) {
        return Memory.getDouble(addr + IMAG_OFFSET);
    }

    /** True when {@code addr} is a complex or an instance of a subclass. */
    public static boolean check(ObjectState s, long addr) {
        return Objects.isInstance(addr, s.space().type(BuiltinType.COMPLEX));
    }
}

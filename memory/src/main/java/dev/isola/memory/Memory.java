package dev.isola.memory;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import jdk.internal.misc.Unsafe;

/**
 * The one access path to off-heap bytes by absolute address (DESIGN §3).
 *
 * <p>Two implementations, chosen once when the class loads (C2 folds the choice away):
 * <ul>
 *   <li>{@code jdk.internal.misc.Unsafe}, when {@code java.base} exports that package to us
 *       (the launcher's jar manifest says {@code Add-Exports}, the tests pass
 *       {@code --add-exports}). Each accessor is one intrinsic: a plain load or store, no
 *       checks, no inlining depth. This matters in the interpreter's large methods, where C2
 *       runs out of inlining budget and a memory-segment access left out of line costs a call
 *       plus its bounds and liveness checks (about a quarter of the samples of a class-heavy
 *       profile before this path existed).</li>
 *   <li>Otherwise (an embedder that did not add the export, or {@code -Disola.memory.unsafe=false}),
 *       a single {@code static final} segment that spans the whole address space: where C2
 *       inlines it, one load or store with no allocation.</li>
 * </ul>
 * Accesses are unaligned-tolerant and native-endian. There is no bounds check beyond "the
 * address is non-negative": reading an unmapped address crashes the process, so callers must
 * only touch memory they own — the debug hooks exist to prove they do.
 *
 * <p>Thread-safety: plain (non-volatile) accesses. Ordering between threads is the caller's
 * job (DESIGN §8: an interpreter's memory is touched only under its lock).
 */
public final class Memory {
    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    /** Null when the package is not exported to us or the property turns it off. */
    private static final Unsafe U = internalUnsafe();
    private static final boolean FAST = U != null;

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private Memory() {}

    public static long getLong(long addr) {
        return FAST ? U.getLongUnaligned(null, addr) : ALL.get(LONG, addr);
    }

    public static void putLong(long addr, long value) {
        if (FAST) {
            U.putLongUnaligned(null, addr, value);
        } else {
            ALL.set(LONG, addr, value);
        }
    }

    public static int getInt(long addr) {
        return FAST ? U.getIntUnaligned(null, addr) : ALL.get(INT, addr);
    }

    public static void putInt(long addr, int value) {
        if (FAST) {
            U.putIntUnaligned(null, addr, value);
        } else {
            ALL.set(INT, addr, value);
        }
    }

    public static short getShort(long addr) {
        return FAST ? U.getShortUnaligned(null, addr) : ALL.get(SHORT, addr);
    }

    public static void putShort(long addr, short value) {
        if (FAST) {
            U.putShortUnaligned(null, addr, value);
        } else {
            ALL.set(SHORT, addr, value);
        }
    }

    public static byte getByte(long addr) {
        return FAST ? U.getByte(null, addr) : ALL.get(BYTE, addr);
    }

    public static void putByte(long addr, byte value) {
        if (FAST) {
            U.putByte(null, addr, value);
        } else {
            ALL.set(BYTE, addr, value);
        }
    }

    public static double getDouble(long addr) {
        return FAST ? Double.longBitsToDouble(U.getLongUnaligned(null, addr)) : ALL.get(DOUBLE, addr);
    }

    public static void putDouble(long addr, double value) {
        if (FAST) {
            U.putLongUnaligned(null, addr, Double.doubleToRawLongBits(value));
        } else {
            ALL.set(DOUBLE, addr, value);
        }
    }

    /** Sets {@code size} bytes from {@code addr} to {@code value}. */
    public static void fill(long addr, long size, byte value) {
        if (FAST) {
            U.setMemory(addr, size, value);
            return;
        }
        ALL.asSlice(addr, size).fill(value);
    }

    /** Copies {@code size} bytes; the ranges may overlap. */
    public static void copy(long srcAddr, long dstAddr, long size) {
        if (FAST) {
            U.copyMemory(srcAddr, dstAddr, size); // memmove semantics: overlap is handled
            return;
        }
        MemorySegment.copy(ALL, srcAddr, ALL, dstAddr, size);
    }

    /** Offset of the first byte in {@code [addr, addr+size)} that differs from {@code value}, or -1. */
    public static long findNot(long addr, long size, byte value) {
        long i = 0;
        long pattern = (value & 0xFFL) * 0x0101010101010101L;
        for (; i + 8 <= size; i += 8) {
            if (getLong(addr + i) != pattern) {
                break;
            }
        }
        for (; i < size; i++) {
            if (getByte(addr + i) != value) {
                return i;
            }
        }
        return -1;
    }

    /** A view of {@code [addr, addr+size)} for bulk operations (copying to and from Java arrays). */
    public static MemorySegment segment(long addr, long size) {
        return ALL.asSlice(addr, size);
    }

    /** True when accesses go through {@code jdk.internal.misc.Unsafe} (see the class comment). */
    public static boolean usesUnsafe() {
        return FAST;
    }

    private static Unsafe internalUnsafe() {
        if (!Boolean.parseBoolean(System.getProperty("isola.memory.unsafe", "true"))) {
            return null;
        }
        if (!Object.class.getModule().isExported("jdk.internal.misc", Memory.class.getModule())) {
            return null;
        }
        return Unsafe.getUnsafe();
    }

    /** {@code 0x7f3a5c001020}-style text for messages. */
    public static String hex(long addr) {
        return "0x" + Long.toHexString(addr);
    }
}

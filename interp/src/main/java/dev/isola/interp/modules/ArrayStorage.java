package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.buffer;
import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.math.BigInteger;

/**
 * The items of an {@code array.array}: raw machine values in the object's off-heap buffer, as
 * CPython keeps them, over {@link ModuleObjectLayout}:
 *
 * <pre>
 *   long 0   typecode (a char of "bBuhHiIlLqQfd")
 *   long 1   length: items in use
 *   long 2   capacity: items the buffer holds
 *   buffer   capacity * itemsize bytes (allocBytes), or 0 while the capacity is 0
 * </pre>
 *
 * <p>Invariant: {@code 0 <= length <= capacity}; the buffer is owned and freed with the object.
 * Item sizes are x86-64 Linux's: {@code u} is a 4-byte wchar_t, {@code l}/{@code L} 8 bytes.
 * {@link #store} converts a Python value with CPython 3.11's checks and messages; nothing is
 * written when it fails. Not thread-safe (interpreter lock).
 */
final class ArrayStorage {
    private ArrayStorage() {}

    static final String TYPECODES = "bBuhHiIlLqQfd";

    static boolean check(ObjectState s, long o) {
        return Objects.type(o) == s.space().type(BuiltinType.ARRAY);
    }

    static char typecode(long a) {
        return (char) getLong(a, 0);
    }

    static long length(long a) {
        return getLong(a, 1);
    }

    static long data(long a) {
        return buffer(a);
    }

    static int itemSize(char typecode) {
        return switch (typecode) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'u', 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    static int itemSize(long a) {
        return itemSize(typecode(a));
    }

    static long byteLength(long a) {
        return length(a) * itemSize(a);
    }

    /** A new empty array of {@code typecode}. */
    static long create(ObjectState s, char typecode) {
        long a = ModuleObjectLayout.create(s, BuiltinType.ARRAY);
        putLong(a, 0, typecode);
        return a;
    }

    /** Sets the length to {@code n}, growing the buffer as lists do; new items are zero bytes. */
    static void resize(ObjectState s, long a, long n) {
        int size = itemSize(a);
        long capacity = getLong(a, 2);
        if (n > capacity || n < capacity / 4) {
            long newCapacity = n <= capacity ? n : n + (n >> 3) + (n < 9 ? 3 : 6);
            if (newCapacity > Long.MAX_VALUE / 8 / size) {
                throw Errors.raise(s, BuiltinType.MEMORY_ERROR, "");
            }
            long old = buffer(a);
            long b = old == 0 ? s.allocBytes(Math.max(size, newCapacity * size))
                    : s.reallocBytes(old, Math.max(size, newCapacity * size));
            Memory.putLong(a + ModuleObjectLayout.BUFFER_OFFSET, b);
            putLong(a, 2, newCapacity);
        }
        long length = length(a);
        if (n > length) {
            Memory.fill(buffer(a) + length * size, (n - length) * size, (byte) 0);
        }
        putLong(a, 1, n);
    }

    /** Item {@code i} (in range) as a new Python object. */
    static long load(ObjectState s, long a, long i) {
        char t = typecode(a);
        long addr = buffer(a) + i * itemSize(t);
        return switch (t) {
            case 'b' -> IntType.fromLong(s, Memory.getByte(addr));
            case 'B' -> IntType.fromLong(s, Memory.getByte(addr) & 0xff);
            case 'h' -> IntType.fromLong(s, Memory.getShort(addr));
            case 'H' -> IntType.fromLong(s, Memory.getShort(addr) & 0xffff);
            case 'i' -> IntType.fromLong(s, Memory.getInt(addr));
            case 'I' -> IntType.fromLong(s, Memory.getInt(addr) & 0xffffffffL);
            case 'l', 'q' -> IntType.fromLong(s, Memory.getLong(addr));
            case 'L', 'Q' -> {
                long v = Memory.getLong(addr);
                yield v >= 0 ? IntType.fromLong(s, v) : IntType.fromBig(s, BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
            }
            case 'f' -> FloatType.fromDouble(s, Float.intBitsToFloat(Memory.getInt(addr)));
            case 'd' -> FloatType.fromDouble(s, Memory.getDouble(addr));
            default -> StrType.fromCodePoints(s, new int[] {Memory.getInt(addr)});
        };
    }

    /** Stores Python value {@code v} (borrowed) as item {@code i} (in range), or raises as CPython does. */
    static void store(ObjectState s, long a, long i, long v) {
        char t = typecode(a);
        long addr = buffer(a) + i * itemSize(t);
        switch (t) {
            case 'u' -> {
                if (!StrType.check(v) || StrType.length(v) != 1) {
                    throw Errors.typeError(s, "array item must be unicode character");
                }
                Memory.putInt(addr, StrType.codePointAt(v, 0));
            }
            case 'f' -> Memory.putInt(addr, Float.floatToRawIntBits((float) Abstract.asDouble(s, v)));
            case 'd' -> Memory.putDouble(addr, Abstract.asDouble(s, v));
            default -> {
                long bits = integerBits(s, t, v);
                switch (itemSize(t)) {
                    case 1 -> Memory.putByte(addr, (byte) bits);
                    case 2 -> Memory.putShort(addr, (short) bits);
                    case 4 -> Memory.putInt(addr, (int) bits);
                    default -> Memory.putLong(addr, bits);
                }
            }
        }
    }

    /** The machine value of integer {@code v} for typecode {@code t}, with CPython's checks. */
    private static long integerBits(ObjectState s, char t, long v) {
        long index = Abstract.index(s, v);
        BigInteger b;
        try {
            b = IntType.toBig(index);
        } finally {
            Objects.decref(s, index);
        }
        boolean fitsLong = b.bitLength() <= 63;
        switch (t) {
            case 'b', 'B', 'h', 'H', 'i', 'l' -> {
                if (!fitsLong) {
                    throw Errors.overflowError(s, "Python int too large to convert to C long");
                }
                long x = b.longValue();
                if (t == 'b') {
                    range(s, x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                    range(s, x, Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char");
                } else if (t == 'B') {
                    range(s, x, 0, 255, "unsigned byte integer");
                } else if (t == 'h') {
                    range(s, x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                } else if (t == 'H') {
                    range(s, x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                    range(s, x, 0, 65535, "unsigned short");
                } else if (t == 'i') {
                    range(s, x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                }
                return x;
            }
            case 'I', 'L' -> {
                if (b.signum() < 0) {
                    throw Errors.overflowError(s, "can't convert negative value to unsigned int");
                }
                if (b.bitLength() > 64) {
                    throw Errors.overflowError(s, "Python int too large to convert to C unsigned long");
                }
                if (t == 'I' && b.bitLength() > 32) {
                    throw Errors.overflowError(s, "unsigned int is greater than maximum");
                }
                return b.longValue();
            }
            case 'q' -> {
                if (!fitsLong) {
                    throw Errors.overflowError(s, "int too big to convert");
                }
                return b.longValue();
            }
            default -> {
                if (b.signum() < 0) {
                    throw Errors.overflowError(s, "can't convert negative int to unsigned");
                }
                if (b.bitLength() > 64) {
                    throw Errors.overflowError(s, "int too big to convert");
                }
                return b.longValue();
            }
        }
    }

    private static void range(ObjectState s, long x, long min, long max, String what) {
        if (x < min) {
            throw Errors.overflowError(s, what + " is less than minimum");
        }
        if (x > max) {
            throw Errors.overflowError(s, what + " is greater than maximum");
        }
    }

    /** Appends {@code v} (borrowed); the array is unchanged when the conversion fails. */
    static void append(ObjectState s, long a, long v) {
        long n = length(a);
        resize(s, a, n + 1);
        try {
            store(s, a, n, v);
        } catch (RuntimeException e) {
            putLong(a, 1, n);
            throw e;
        }
    }

    /** Inserts raw bytes {@code count} items long at item {@code at}, moving the tail. */
    static void insertRaw(ObjectState s, long a, long at, long src, long count) {
        long n = length(a);
        int size = itemSize(a);
        resize(s, a, n + count);
        long base = buffer(a);
        Memory.copy(base + at * size, base + (at + count) * size, (n - at) * size);
        if (src != 0) {
            Memory.copy(src, base + at * size, count * size);
        }
    }

    /** Removes items {@code [from, from + count)}, moving the tail. */
    static void deleteRange(ObjectState s, long a, long from, long count) {
        long n = length(a);
        int size = itemSize(a);
        long base = buffer(a);
        Memory.copy(base + (from + count) * size, base + from * size, (n - from - count) * size);
        resize(s, a, n - count);
    }

    static long sizeOf(long a) {
        return ModuleObjectLayout.SIZE + getLong(a, 2) * itemSize(a);
    }
}

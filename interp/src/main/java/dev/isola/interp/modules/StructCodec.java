package dev.isola.interp.modules;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.ByteArrayType;
import dev.isola.objects.BytesType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.TypeFlags;
import java.math.BigInteger;

/**
 * Packing one value into, and unpacking one from, raw memory by a {@code struct} letter and a
 * byte order. Integers go through {@link #integerBits}, which applies CPython 3.11's range rules
 * and messages; those differ by table because CPython reuses its native pack functions for the
 * standard little-endian codes whose sizes agree with the native ones (b B h H i I q Q), and the
 * single-byte native ones for big-endian b and B. Stateless.
 */
final class StructCodec {
    private StructCodec() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    static void putBits(long addr, int size, long bits, boolean big) {
        for (int i = 0; i < size; i++) {
            int shift = 8 * (big ? size - 1 - i : i);
            Memory.putByte(addr + i, (byte) (bits >>> shift));
        }
    }

    static long getBits(long addr, int size, boolean big) {
        long bits = 0;
        for (int i = 0; i < size; i++) {
            long b = Memory.getByte(addr + (big ? i : size - 1 - i)) & 0xff;
            bits = bits << 8 | b;
        }
        return bits;
    }

    /** Packs {@code value} (borrowed) as one {@code letter} of {@code size} bytes at {@code addr}. */
    static void pack(ObjectState s, char order, char letter, int size, long addr, long value) {
        boolean big = order == '>';
        switch (letter) {
            case '?' -> Memory.putByte(addr, (byte) (Abstract.isTrue(s, value) ? 1 : 0));
            case 'c' -> {
                if (!BytesType.check(value) || BytesType.size(value) != 1) {
                    throw StructFormat.error(s, "char format requires a bytes object of length 1");
                }
                Memory.putByte(addr, Memory.getByte(BytesType.data(value)));
            }
            case 'e' -> putBits(addr, 2, HalfFloat.pack(s, floatArgument(s, value), value), big);
            case 'f' -> {
                double d = floatArgument(s, value);
                float f = (float) d;
                if (order != '@' && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw overflow(s, value, "float too large to pack with f format");
                }
                putBits(addr, 4, Float.floatToRawIntBits(f) & 0xffffffffL, big);
            }
            case 'd' -> putBits(addr, 8, Double.doubleToRawLongBits(floatArgument(s, value)), big);
            default -> putBits(addr, size, integerBits(s, order, letter, size, value), big);
        }
    }

    /** CPython turns an OverflowError into struct.error "int too large to convert" when the value was an int. */
    static PyException overflow(ObjectState s, long value, String message) {
        if (Objects.hasFlag(Objects.type(value), TypeFlags.LONG_SUBCLASS)) {
            return StructFormat.error(s, "int too large to convert");
        }
        return Errors.overflowError(s, message);
    }

    private static double floatArgument(ObjectState s, long value) {
        try {
            return Abstract.asDouble(s, value);
        } catch (PyException e) {
            e.release(s);
            throw StructFormat.error(s, "required argument is not a float");
        }
    }

    /** The bits of integer {@code value} for {@code letter}, after CPython's range checks. */
    private static long integerBits(ObjectState s, char order, char letter, int size, long value) {
        long i;
        if (Objects.hasFlag(Objects.type(value), TypeFlags.LONG_SUBCLASS)) {
            i = Objects.newRef(value);
        } else if (s.slotsOf(value).index != null) {
            i = Abstract.index(s, value);
        } else {
            throw StructFormat.error(s, "required argument is not an integer");
        }
        BigInteger v;
        try {
            v = IntType.toBig(i);
        } finally {
            Objects.decref(s, i);
        }
        boolean fits64 = v.bitLength() <= 63;
        boolean big = order == '>';
        boolean signed = Character.isLowerCase(letter);
        if (letter == 'P' || big && size == 8) {
            boolean ok = letter == 'P' ? v.bitLength() <= 63 || v.signum() > 0 && v.bitLength() <= 64
                    : signed ? fits64 : v.signum() >= 0 && v.bitLength() <= 64;
            if (!ok) {
                throw StructFormat.error(s, "int too large to convert");
            }
            return v.longValue();
        }
        boolean nativeSmall = (letter == 'b' || letter == 'B') || !big && (letter == 'h' || letter == 'H');
        if (nativeSmall || signed) {
            if (!fits64) {
                throw StructFormat.error(s, "argument out of range");
            }
        } else if (v.signum() < 0 || v.bitLength() > 64) {
            throw StructFormat.error(s, "argument out of range");
        }
        long bits = v.longValue();
        if (size == 8) {
            return bits;
        }
        long lo = signed ? -(1L << (8 * size - 1)) : 0;
        long hi = signed ? (1L << (8 * size - 1)) - 1 : (1L << (8 * size)) - 1;
        if (v.compareTo(BigInteger.valueOf(lo)) < 0 || v.compareTo(BigInteger.valueOf(hi)) > 0) {
            String bounds = lo + " <= number <= " + hi;
            if (nativeSmall) {
                String name = switch (letter) {
                    case 'b' -> "byte";
                    case 'B' -> "ubyte";
                    case 'h' -> "short";
                    default -> "ushort";
                };
                throw StructFormat.error(s, name + " format requires " + bounds);
            }
            throw StructFormat.error(s, "'" + letter + "' format requires " + bounds);
        }
        return bits;
    }

    /** The value of one {@code letter} of {@code size} bytes at {@code addr}: a new reference. */
    static long unpack(ObjectState s, char order, char letter, int size, long addr) {
        boolean big = order == '>';
        return switch (letter) {
            case '?' -> Objects.newRef(s.space().bool(Memory.getByte(addr) != 0));
            case 'c' -> BytesType.fromMemory(s, addr, 1);
            case 'e' -> FloatType.fromDouble(s, HalfFloat.unpack((int) getBits(addr, 2, big)));
            case 'f' -> FloatType.fromDouble(s, Float.intBitsToFloat((int) getBits(addr, 4, big)));
            case 'd' -> FloatType.fromDouble(s, Double.longBitsToDouble(getBits(addr, 8, big)));
            default -> {
                long bits = getBits(addr, size, big);
                if (Character.isLowerCase(letter)) {
                    yield IntType.fromLong(s, bits << (64 - 8 * size) >> (64 - 8 * size));
                }
                yield bits >= 0 ? IntType.fromLong(s, bits)
                        : IntType.fromBig(s, BigInteger.valueOf(bits).add(TWO_64));
            }
        };
    }

    /** The data address and length of an s or p argument (bytes or bytearray), else struct.error. */
    static long[] bytesArgument(ObjectState s, char letter, long value) {
        if (BytesType.check(value)) {
            return new long[] {BytesType.data(value), BytesType.size(value)};
        }
        if (ByteArrayType.check(s, value)) {
            return new long[] {ByteArrayType.data(value), ByteArrayType.size(value)};
        }
        throw StructFormat.error(s, "argument for '" + letter + "' must be a bytes object");
    }

    static boolean isStructError(ObjectState s, PyException e) {
        return e.matches(s.space().type(BuiltinType.STRUCT_ERROR));
    }
}

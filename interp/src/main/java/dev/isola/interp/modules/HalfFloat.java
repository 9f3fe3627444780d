package dev.isola.interp.modules;

import dev.isola.objects.ObjectState;

/**
 * IEEE 754 binary16, as CPython's {@code PyFloat_Pack2}/{@code PyFloat_Unpack2} convert it:
 * straight from a double, rounding half to even (no double rounding through float); NaN packs
 * as the quiet NaN 0x7e00 with the sign kept. Stateless.
 *
 * <pre>
 *   bit 15 sign | bits 14-10 exponent (bias 15; 31 = inf/NaN) | bits 9-0 fraction
 * </pre>
 */
final class HalfFloat {
    private HalfFloat() {}

    /** The 16 bits of {@code x}; OverflowError (or struct.error for an int {@code value}) when too large. */
    static long pack(ObjectState s, double x, long value) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
        int e;
        long bits;
        if (x == 0.0) {
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            e = 0x1f;
            bits = 512;
        } else {
            double a = Math.abs(x);
            int exp = Math.getExponent(a);
            double f;
            if (exp == Double.MIN_EXPONENT - 1) {
                exp = Math.getExponent(a * 0x1p54) - 54;
            }
            f = a / Math.scalb(1.0, exp);
            e = exp;
            if (e >= 16) {
                throw StructCodec.overflow(s, value, "float too large to pack with e format");
            } else if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (long) f;
            if (f - bits > 0.5 || f - bits == 0.5 && bits % 2 == 1) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw StructCodec.overflow(s, value, "float too large to pack with e format");
                    }
                }
            }
        }
        return bits | (long) e << 10 | (long) sign << 15;
    }

    static double unpack(int bits) {
        int sign = (bits >> 15) & 1;
        int e = (bits >> 10) & 0x1f;
        int f = bits & 0x3ff;
        double x;
        if (e == 0x1f) {
            x = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            x = Math.scalb((double) f, -24);
        } else {
            x = Math.scalb(1.0 + f / 1024.0, e - 15);
        }
        return sign == 1 ? -x : x;
    }
}

package dev.isola.objects;

import java.math.BigInteger;

/**
 * {@code int(…)}, the methods of {@code int} ({@code bit_length}, {@code to_bytes},
 * {@code from_bytes} …) and its number-protocol attributes ({@code real}, {@code imag},
 * {@code numerator}, {@code denominator}). Argument errors carry CPython's texts.
 *
 * <p>{@code from_bytes} is a class method in CPython; until builtin class methods exist it is an
 * ordinary method that also accepts being reached through the type, where its first argument
 * arrives as self ({@code int.from_bytes(b'\x01', 'big')}). It always returns an exact int.
 */
final class IntMethods {
    private IntMethods() {}

    static void addMethods(TypeSlots.Builder b) {
        b.method("bit_length", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "int.bit_length", args, kwargs);
            long w = IntType.word(self);
            return IntType.fromLong(s, IntType.isCompactWord(w) ? 64 - Long.numberOfLeadingZeros(Math.abs(w))
                    : IntType.toBig(self).abs().bitLength());
        });
        b.method("bit_count", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "int.bit_count", args, kwargs);
            long w = IntType.word(self);
            return IntType.fromLong(s, IntType.isCompactWord(w) ? Long.bitCount(Math.abs(w))
                    : IntType.toBig(self).abs().bitCount());
        });
        b.method("to_bytes", IntMethods::toBytes);
        b.classMethod("from_bytes", IntMethods::fromBytes);
        b.method("as_integer_ratio", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "int.as_integer_ratio", args, kwargs);
            return IntDivision.pair(s, IntOps.intExact(s, self), IntType.fromLong(s, 1));
        });
        b.method("conjugate", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "int.conjugate", args, kwargs);
            return IntOps.intExact(s, self);
        });
        b.method("is_integer", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "int.is_integer", args, kwargs);
            return s.space().trueObject();
        });
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__"}) {
            b.method(name, (s, self, args, kwargs) -> {
                NumberArgs.none(s, "int." + name, args, kwargs);
                return IntOps.intExact(s, self);
            });
        }
        b.method("__round__", IntMethods::round);
        b.method("__sizeof__", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "int.__sizeof__", args, kwargs);
            return IntType.fromLong(s, IntType.sizeOf(self));
        });
    }

    /** {@code real}, {@code imag}, {@code numerator}, {@code denominator}, then the methods. */
    static long getAttr(ObjectState s, long a, long name) {
        long length = StrType.length(name);
        if (length == 4 || length == 9 || length == 11) {
            switch (StrType.toJava(name)) {
                case "real", "numerator" -> {
                    return IntOps.intExact(s, a);
                }
                case "imag" -> {
                    return IntType.fromLong(s, 0);
                }
                case "denominator" -> {
                    return IntType.fromLong(s, 1);
                }
                default -> { }
            }
        }
        return ObjectType.genericGetAttr(s, a, name);
    }

    // ---------------------------------------------------------------- int(x), int(x, base)

    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        long n = TupleType.size(args) + (NumberArgs.hasKeywords(kwargs) ? DictType.size(kwargs) : 0);
        if (n > 2) {
            throw Errors.typeError(s, "int() takes at most 2 arguments (" + n + " given)");
        }
        // x is positional-only: a name no keyword can match keeps it out of the keyword table.
        long[] a = NumberArgs.parse(s, "int", args, kwargs, 0, 2, "\0x", "base");
        long value = value(s, a[0], a[1]);
        if (type == s.space().type(BuiltinType.INT)) {
            return value;
        }
        try {
            return IntType.fromBig(s, type, IntType.toBig(value));
        } finally {
            Objects.decref(s, value);
        }
    }

    /** The exact int {@code int(x)} or {@code int(x, base)} gives; {@code x}/{@code base} 0 when absent. */
    static long value(ObjectState s, long x, long base) {
        if (base != 0) {
            return parseWithBase(s, x, base);
        }
        if (x == 0) {
            return IntType.fromLong(s, 0);
        }
        if (Objects.type(x) == s.space().type(BuiltinType.INT)) {
            return Objects.newRef(x);
        }
        TypeSlots slots = s.slotsOf(x);
        if (slots.toInt != null) {
            long r = slots.toInt.apply(s, x);
            return exactResult(s, r, "__int__");
        }
        if (slots.index != null) {
            return exactResult(s, slots.index.apply(s, x), "__index__");
        }
        if (StrType.check(x) || isBytesLike(s, x)) {
            return IntType.fromBig(s, IntText.parse(s, x, 10));
        }
        throw Errors.typeError(s, "int() argument must be a string, a bytes-like object or a real number, not '"
                + Objects.typeNameOf(x) + "'");
    }

    private static long parseWithBase(ObjectState s, long x, long baseObj) {
        if (x == 0) {
            throw Errors.typeError(s, "int() missing string argument");
        }
        long base;
        long index = Abstract.index(s, baseObj);
        try {
            base = IntType.fitsLong(index) ? IntType.longValue(index) : -1;
        } finally {
            Objects.decref(s, index);
        }
        if (base != 0 && base < 2 || base > 36) {
            throw Errors.valueError(s, "int() base must be >= 2 and <= 36, or 0");
        }
        if (!StrType.check(x) && !isBytesLike(s, x)) {
            throw Errors.typeError(s, "int() can't convert non-string with explicit base");
        }
        return IntType.fromBig(s, IntText.parse(s, x, (int) base));
    }

    static boolean isBytesLike(ObjectState s, long x) {
        return Objects.hasFlag(Objects.type(x), TypeFlags.BYTES_SUBCLASS)
                || Objects.isInstance(x, s.space().type(BuiltinType.BYTEARRAY));
    }

    /** Checks that {@code __int__}/{@code __index__} returned an int; an exact int (new reference). */
    private static long exactResult(ObjectState s, long r, String method) {
        if (!IntType.check(r)) {
            String got = Objects.typeNameOf(r);
            Objects.decref(s, r);
            throw Errors.typeError(s, method + " returned non-int (type " + got + ")");
        }
        if (Objects.type(r) == s.space().type(BuiltinType.INT)) {
            return r;
        }
        try {
            return IntOps.intExact(s, r);
        } finally {
            Objects.decref(s, r);
        }
    }

    // ---------------------------------------------------------------- bytes

    /** {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    static long toBytes(ObjectState s, long self, long args, long kwargs) {
        long[] a = NumberArgs.parse(s, "to_bytes", args, kwargs, 0, 2, "length", "byteorder", "signed");
        long length = a[0] == 0 ? 1 : NumberArgs.asLong(s, a[0], "ssize_t");
        boolean little = littleEndian(s, "to_bytes", a[1]);
        boolean signed = a[2] != 0 && Abstract.isTrue(s, a[2]);
        return BytesType.fromBytes(s, toByteArray(s, IntType.toBig(self), length, little, signed));
    }

    /** The bytes of {@code int.to_bytes}, with its errors. */
    static byte[] toByteArray(ObjectState s, BigInteger v, long length, boolean little, boolean signed) {
        if (length < 0) {
            throw Errors.valueError(s, "length argument must be non-negative");
        }
        if (!signed && v.signum() < 0) {
            throw Errors.overflowError(s, "can't convert negative int to unsigned");
        }
        byte[] minimal;
        if (v.signum() == 0) {
            minimal = new byte[0];
        } else if (signed) {
            minimal = v.toByteArray();
        } else {
            byte[] t = v.toByteArray();
            minimal = t[0] == 0 ? java.util.Arrays.copyOfRange(t, 1, t.length) : t;
        }
        if (minimal.length > length) {
            throw Errors.overflowError(s, "int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 64) {
            throw IntOps.memoryError(s);
        }
        byte[] out = new byte[(int) length];
        byte fill = v.signum() < 0 ? (byte) 0xFF : 0;
        int pad = out.length - minimal.length;
        java.util.Arrays.fill(out, 0, pad, fill);
        System.arraycopy(minimal, 0, out, pad, minimal.length);
        if (little) {
            reverse(out);
        }
        return out;
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}. */
    static long fromBytes(ObjectState s, long self, long args, long kwargs) {
        long[] a = NumberArgs.parse(s, "from_bytes", 0, args, kwargs, 1, 2, "bytes", "byteorder", "signed");
        boolean little = littleEndian(s, "from_bytes", a[1]);
        boolean signed = a[2] != 0 && Abstract.isTrue(s, a[2]);
        long source = a[0];
        if (!isBytesLike(s, source) && s.slotsOf(source).iter == null) {
            throw Errors.typeError(s, "cannot convert '" + Objects.typeNameOf(source) + "' object to bytes");
        }
        return IntType.fromBig(s, fromByteArray(IntText.bytesOf(s, source), little, signed));
    }

    /** The value {@code int.from_bytes} reads from {@code bytes} (reversed in place when little-endian). */
    static BigInteger fromByteArray(byte[] bytes, boolean little, boolean signed) {
        if (little) {
            reverse(bytes);
        }
        if (bytes.length == 0) {
            return BigInteger.ZERO;
        }
        return signed ? new BigInteger(bytes) : new BigInteger(1, bytes);
    }

    private static boolean littleEndian(ObjectState s, String fname, long order) {
        if (order == 0) {
            return false;
        }
        if (!StrType.check(order)) {
            throw Errors.typeError(s, fname + "() argument 'byteorder' must be str, not " + Objects.typeNameOf(order));
        }
        return switch (StrType.toJava(order)) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError(s, "byteorder must be either 'little' or 'big'");
        };
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    // ---------------------------------------------------------------- rounding

    /** {@code int.__round__(ndigits)}: unchanged for ndigits ≥ 0, else to a multiple of 10**-ndigits, ties to even. */
    static long round(ObjectState s, long self, long args, long kwargs) {
        NumberArgs.noKeywords(s, "int.__round__", kwargs);
        long n = TupleType.size(args);
        if (n > 1) {
            throw Errors.typeError(s, "__round__ expected at most 1 argument, got " + n);
        }
        if (n == 0) {
            return IntOps.intExact(s, self);
        }
        long ndigits = Abstract.index(s, TupleType.getItem(args, 0));
        BigInteger digits;
        try {
            digits = IntType.toBig(ndigits);
        } finally {
            Objects.decref(s, ndigits);
        }
        if (digits.signum() >= 0) {
            return IntOps.intExact(s, self);
        }
        BigInteger v = IntType.toBig(self);
        // 10**k > 2|v| makes the result 0; decide that before building a huge power of ten.
        if (digits.negate().compareTo(BigInteger.valueOf((long) (v.abs().bitLength() * 0.30103) + 2)) > 0) {
            return IntType.fromLong(s, 0);
        }
        BigInteger unit = BigInteger.TEN.pow(digits.negate().intValueExact());
        BigInteger[] qr = v.divideAndRemainder(unit);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(unit);
        }
        int half = r.shiftLeft(1).compareTo(unit);
        if (half > 0 || half == 0 && q.testBit(0)) {
            r = r.subtract(unit);
        }
        return IntType.fromBig(s, v.subtract(r));
    }
}

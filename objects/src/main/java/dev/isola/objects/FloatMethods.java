package dev.isola.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code float(…)}, the methods of {@code float} ({@code is_integer}, {@code as_integer_ratio},
 * {@code hex}, {@code fromhex}, rounding) and its {@code real}/{@code imag} attributes, with
 * CPython's messages.
 *
 * <p>{@code fromhex} is a class method in CPython; until builtin class methods exist it is an
 * ordinary method that also accepts being reached through the type, where its argument arrives
 * as self ({@code float.fromhex('0x1p3')}). It always returns an exact float.
 */
final class FloatMethods {
    /** CPython's {@code NDIGITS_MAX}/{@code NDIGITS_MIN} of {@code float.__round__}. */
    private static final long NDIGITS_MAX = 323;
    private static final long NDIGITS_MIN = -308;

    private FloatMethods() {}

    static void addMethods(TypeSlots.Builder b) {
        b.method("is_integer", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "float.is_integer", args, kwargs);
            double v = FloatType.value(self);
            return s.space().bool(Double.isFinite(v) && Math.floor(v) == v);
        });
        b.method("as_integer_ratio", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "float.as_integer_ratio", args, kwargs);
            return asIntegerRatio(s, FloatType.value(self));
        });
        b.method("conjugate", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "float.conjugate", args, kwargs);
            return FloatOps.floatExact(s, self);
        });
        b.method("hex", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "float.hex", args, kwargs);
            return StrType.fromJava(s, FloatText.hex(FloatType.value(self)));
        });
        b.classMethod("fromhex", (s, cls, args, kwargs) -> {
            long text = NumberArgs.one(s, "float.fromhex", args, kwargs);
            if (!StrType.check(text)) {
                throw Errors.typeError(s, "bad argument type for built-in operation");
            }
            return FloatType.fromDouble(s, FloatText.fromHex(s, StrType.toJava(text)));
        });
        b.method("__trunc__", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "float.__trunc__", args, kwargs);
            return FloatOps.toInt(s, FloatType.value(self));
        });
        b.method("__floor__", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "float.__floor__", args, kwargs);
            return FloatOps.toInt(s, Math.floor(FloatType.value(self)));
        });
        b.method("__ceil__", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "float.__ceil__", args, kwargs);
            return FloatOps.toInt(s, Math.ceil(FloatType.value(self)));
        });
        b.method("__round__", FloatMethods::round);
        b.method("__sizeof__", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "float.__sizeof__", args, kwargs);
            return IntType.fromLong(s, FloatType.sizeOf(self));
        });
    }

    static long getAttr(ObjectState s, long a, long name) {
        if (StrType.length(name) == 4) {
            switch (StrType.toJava(name)) {
                case "real" -> {
                    return FloatOps.floatExact(s, a);
                }
                case "imag" -> {
                    return FloatType.fromDouble(s, 0.0);
                }
                default -> { }
            }
        }
        return ObjectType.genericGetAttr(s, a, name);
    }

    // ---------------------------------------------------------------- float(x)

    static long newInstance(ObjectState s, long type, long args, long kwargs) {
        NumberArgs.noKeywords(s, "float", kwargs);
        long n = TupleType.size(args);
        if (n > 1) {
            throw Errors.typeError(s, "float expected at most 1 argument, got " + n);
        }
        long floatType = s.space().type(BuiltinType.FLOAT);
        if (n == 1 && type == floatType && Objects.type(TupleType.getItem(args, 0)) == floatType) {
            return Objects.newRef(TupleType.getItem(args, 0));
        }
        double v = n == 0 ? 0.0 : value(s, TupleType.getItem(args, 0));
        return type == floatType ? FloatType.fromDouble(s, v) : FloatType.fromDouble(s, type, v);
    }

    /** The value {@code float(x)} gives (CPython's {@code PyNumber_Float}). */
    static double value(ObjectState s, long x) {
        if (StrType.check(x)) {
            return FloatText.parse(s, x);
        }
        TypeSlots slots = s.slotsOf(x);
        if (slots.toFloat != null) {
            long r = slots.toFloat.apply(s, x);
            try {
                if (!FloatType.check(s, r)) {
                    throw Errors.typeError(s, Objects.typeNameOf(x) + ".__float__ returned non-float (type "
                            + Objects.typeNameOf(r) + ")");
                }
                return FloatType.value(r);
            } finally {
                Objects.decref(s, r);
            }
        }
        if (slots.index != null || IntType.check(x)) {
            long i = Abstract.index(s, x);
            try {
                return IntOps.toDouble(s, i);
            } finally {
                Objects.decref(s, i);
            }
        }
        if (IntMethods.isBytesLike(s, x)) {
            return FloatText.parse(s, x);
        }
        throw Errors.typeError(s, "float() argument must be a string or a real number, not '"
                + Objects.typeNameOf(x) + "'");
    }

    /** {@link Abstract#asDouble}. */
    static double asDouble(ObjectState s, long x) {
        if (FloatType.check(s, x)) {
            return FloatType.value(x);
        }
        TypeSlots slots = s.slotsOf(x);
        if (slots.toFloat == null) {
            if (slots.index == null && !IntType.check(x)) {
                throw Errors.typeError(s, "must be real number, not " + Objects.typeNameOf(x));
            }
            long i = Abstract.index(s, x);
            try {
                return IntOps.toDouble(s, i);
            } finally {
                Objects.decref(s, i);
            }
        }
        return value(s, x);
    }

    // ---------------------------------------------------------------- methods

    /** The exact fraction, lowest terms, positive denominator. */
    static long asIntegerRatio(ObjectState s, double v) {
        if (Double.isInfinite(v)) {
            throw Errors.overflowError(s, "cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw Errors.valueError(s, "cannot convert NaN to integer ratio");
        }
        if (v == 0.0) {
            return IntDivision.pair(s, IntType.fromLong(s, 0), IntType.fromLong(s, 1));
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
        int exponent;
        if (biased == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        int zeros = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= zeros;
        exponent += zeros;
        BigInteger numerator = BigInteger.valueOf(v < 0 ? -mantissa : mantissa);
        BigInteger denominator = BigInteger.ONE;
        if (exponent >= 0) {
            numerator = numerator.shiftLeft(exponent);
        } else {
            denominator = denominator.shiftLeft(-exponent);
        }
        long num = IntType.fromBig(s, numerator);
        long den;
        try {
            den = IntType.fromBig(s, denominator);
        } catch (PyException e) {
            Objects.decref(s, num);
            throw e;
        }
        return IntDivision.pair(s, num, den);
    }

    /** {@code float.__round__(ndigits=None)}: an int without ndigits, else a float rounded half to even. */
    static long round(ObjectState s, long self, long args, long kwargs) {
        NumberArgs.noKeywords(s, "float.__round__", kwargs);
        long n = TupleType.size(args);
        if (n > 1) {
            throw Errors.typeError(s, "__round__ expected at most 1 argument, got " + n);
        }
        double x = FloatType.value(self);
        if (n == 0 || TupleType.getItem(args, 0) == s.space().none()) {
            return FloatOps.toInt(s, Math.rint(x));
        }
        long nd = Abstract.index(s, TupleType.getItem(args, 0));
        long ndigits;
        try {
            // CPython clips to the ssize_t range (PyNumber_AsSsize_t(…, NULL)).
            ndigits = IntType.fitsLong(nd) ? IntType.longValue(nd) : IntType.signum(nd) * Long.MAX_VALUE;
        } finally {
            Objects.decref(s, nd);
        }
        if (!Double.isFinite(x) || ndigits > NDIGITS_MAX) {
            return FloatType.fromDouble(s, x);
        }
        if (ndigits < NDIGITS_MIN) {
            return FloatType.fromDouble(s, 0.0 * x);
        }
        if (x == 0.0) {
            return FloatType.fromDouble(s, x);
        }
        // The exact binary value rounded half to even at the decimal place, then read back correctly rounded.
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = Double.parseDouble(rounded.toString());
        if (Double.isInfinite(r)) {
            throw Errors.overflowError(s, "rounded value too large to represent");
        }
        return FloatType.fromDouble(s, r == 0.0 ? Math.copySign(0.0, x) : r);
    }
}

package dev.isola.objects;

import java.math.BigInteger;

/**
 * The behaviour of {@code int} ({@link IntType} holds the layout): repr, hash, comparison,
 * truth, and the number slots.
 */
final class IntOps {
    /** CPython's {@code _PyHASH_MODULUS}: 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    static final int MAX_STR_DIGITS = 4300;

    private IntOps() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr(IntOps::repr)
                .hash((s, a) -> hash(a))
                .richCompare(IntOps::richCompare)
                .bool((s, a) -> IntType.isCompact(a) ? IntType.longValue(a) != 0 : true)
                .index((s, a) -> intExact(s, a))
                .toInt((s, a) -> intExact(s, a))
                .dealloc((s, a) -> s.freeObject(a))
                .build();
    }

    /** {@code a} as an exact int (a new reference; a copy for subclasses, as {@code int(x)}). */
    static long intExact(ObjectState s, long a) {
        if (Objects.type(a) == s.space().type(BuiltinType.INT)) {
            return Objects.newRef(a);
        }
        return IntType.fromBig(s, IntType.toBig(a));
    }

    static long repr(ObjectState s, long a) {
        if (IntType.isCompact(a)) {
            return StrType.fromJava(s, Long.toString(IntType.longValue(a)));
        }
        BigInteger v = IntType.toBig(a);
        // Decimal digits ≈ bits × log10(2); refuse before doing the quadratic work, as CPython.
        if (v.abs().bitLength() > MAX_STR_DIGITS * 3.3219280948873626 + 4) {
            throw Errors.valueError(s, "Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        String text = v.toString();
        int digits = text.length() - (v.signum() < 0 ? 1 : 0);
        if (digits > MAX_STR_DIGITS) {
            throw Errors.valueError(s, "Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return StrType.fromJava(s, text);
    }

    /** CPython's int hash: the value modulo 2**61 - 1, sign kept, -1 mapped to -2. */
    static long hash(long a) {
        if (IntType.isCompact(a)) {
            return hashLong(IntType.longValue(a));
        }
        BigInteger v = IntType.toBig(a);
        long h = v.abs().mod(BIG_HASH_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static long hashLong(long v) {
        long h = v == Long.MIN_VALUE ? (1L << 63) % HASH_MODULUS : Math.abs(v) % HASH_MODULUS;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static int compare(long a, long b) {
        if (IntType.isCompact(a) && IntType.isCompact(b)) {
            return Long.compare(IntType.longValue(a), IntType.longValue(b));
        }
        return IntType.toBig(a).compareTo(IntType.toBig(b));
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!IntType.check(b)) {
            return s.space().notImplemented();
        }
        return s.space().bool(op.test(compare(a, b)));
    }
}

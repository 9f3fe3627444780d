package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.TupleType;
import java.math.BigInteger;

/**
 * The {@code math} functions with integer results: rounding to an int ({@code ceil},
 * {@code floor}, {@code trunc}) and exact integer arithmetic ({@code isqrt}, {@code gcd},
 * {@code lcm}, {@code factorial}, {@code comb}, {@code perm}) on ints of any size, with CPython
 * 3.11's messages. Products of many factors are split in halves so that the multiplications
 * work on numbers of similar size.
 */
final class MathIntegers {
    private MathIntegers() {}

    // ---------------------------------------------------------------- ceil, floor, trunc

    static long ceil(ObjectState s, long x) {
        if (!FloatType.check(s, x) && IntType.check(x)) {
            return Abstract.numberInt(s, x);
        }
        long viaMethod = callSpecial(s, x, "__ceil__");
        if (viaMethod != 0) {
            return viaMethod;
        }
        return Abstract.intFromDouble(s, Math.ceil(Abstract.asDouble(s, x)));
    }

    static long floor(ObjectState s, long x) {
        if (!FloatType.check(s, x) && IntType.check(x)) {
            return Abstract.numberInt(s, x);
        }
        long viaMethod = callSpecial(s, x, "__floor__");
        if (viaMethod != 0) {
            return viaMethod;
        }
        return Abstract.intFromDouble(s, Math.floor(Abstract.asDouble(s, x)));
    }

    /**
     * {@code type(x).name(x)} when x is not a float and its type defines name (CPython's
     * {@code _PyObject_LookupSpecial} in math.floor/ceil/trunc); 0 when it does not.
     */
    private static long callSpecial(ObjectState s, long x, String name) {
        if (FloatType.check(s, x)) {
            return 0;
        }
        long method = BuiltinsObjects.lookupSpecial(s, x, name);
        if (method == 0) {
            return 0;
        }
        try {
            return Abstract.call(s, method, s.space().emptyTuple(), 0);
        } finally {
            Objects.decref(s, method);
        }
    }

    static long trunc(ObjectState s, long x) {
        if (FloatType.check(s, x)) {
            return Abstract.intFromDouble(s, FloatType.value(x));
        }
        if (IntType.check(x)) {
            return Abstract.numberInt(s, x);
        }
        long viaMethod = callSpecial(s, x, "__trunc__");
        if (viaMethod != 0) {
            return viaMethod;
        }
        throw Errors.typeError(s, "type " + Objects.typeNameOf(x) + " doesn't define __trunc__ method");
    }

    // ---------------------------------------------------------------- exact arithmetic

    private static BigInteger index(ObjectState s, long x) {
        long i = Abstract.index(s, x);
        try {
            return IntType.toBig(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    private static long fromBig(ObjectState s, BigInteger v) {
        return v.bitLength() < 63 ? IntType.fromLong(s, v.longValue()) : IntType.fromBig(s, v);
    }

    static long isqrt(ObjectState s, long n) {
        BigInteger v = index(s, n);
        if (v.signum() < 0) {
            throw Errors.valueError(s, "isqrt() argument must be nonnegative");
        }
        return fromBig(s, v.sqrt());
    }

    private static BigInteger[] indexAll(ObjectState s, String name, long args, long kwargs) {
        Args.noKeywords(s, "math." + name, kwargs);
        BigInteger[] v = new BigInteger[(int) TupleType.size(args)];
        for (int i = 0; i < v.length; i++) {
            v[i] = index(s, TupleType.getItem(args, i));
        }
        return v;
    }

    static long gcd(ObjectState s, long module, long args, long kwargs) {
        BigInteger r = BigInteger.ZERO;
        for (BigInteger v : indexAll(s, "gcd", args, kwargs)) {
            r = r.gcd(v);
        }
        return fromBig(s, r);
    }

    static long lcm(ObjectState s, long module, long args, long kwargs) {
        BigInteger[] all = indexAll(s, "lcm", args, kwargs);
        BigInteger r = BigInteger.ONE;
        for (BigInteger v : all) {
            if (r.signum() == 0 || v.signum() == 0) {
                r = BigInteger.ZERO;
            } else {
                r = r.divide(r.gcd(v)).multiply(v).abs();
            }
        }
        return fromBig(s, all.length == 1 ? all[0].abs() : r);
    }

    /** lo * (lo+1) * ... * hi, 1 when empty. */
    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            long small = 1;
            for (long k = lo; k <= hi; k++) {
                if (Math.abs(small) < (1L << 31) && k < (1L << 31)) {
                    small *= k;
                } else {
                    r = r.multiply(BigInteger.valueOf(small));
                    small = k;
                }
            }
            return r.multiply(BigInteger.valueOf(small));
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1) for a big n. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k <= 8) {
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return r;
        }
        long j = k / 2;
        return fallingProduct(n, j).multiply(fallingProduct(n.subtract(BigInteger.valueOf(j)), k - j));
    }

    static long factorial(ObjectState s, long x) {
        BigInteger v = index(s, x);
        if (v.bitLength() > 63 && v.signum() > 0) {
            throw Errors.overflowError(s, "factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        if (v.signum() < 0) {
            throw Errors.valueError(s, "factorial() not defined for negative values");
        }
        return fromBig(s, product(2, v.longValueExact()));
    }

    static long perm(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "perm", "math.perm", args, kwargs, 1, 2);
        if (a[1] == 0 || a[1] == s.space().none()) {
            return factorial(s, a[0]);
        }
        BigInteger n = index(s, a[0]);
        BigInteger k = index(s, a[1]);
        checkNonNegative(s, n, k);
        if (n.compareTo(k) < 0) {
            return IntType.fromLong(s, 0);
        }
        if (k.bitLength() > 63) {
            throw Errors.overflowError(s, "k must not exceed " + Long.MAX_VALUE);
        }
        return fromBig(s, fallingProduct(n, k.longValue()));
    }

    static long comb(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "comb", "math.comb", args, kwargs, 2, 2);
        BigInteger n = index(s, a[0]);
        BigInteger k = index(s, a[1]);
        checkNonNegative(s, n, k);
        if (n.compareTo(k) < 0) {
            return IntType.fromLong(s, 0);
        }
        BigInteger rest = n.subtract(k);
        if (rest.compareTo(k) < 0) {
            k = rest;
        }
        if (k.bitLength() > 63) {
            throw Errors.overflowError(s, "min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        return fromBig(s, fallingProduct(n, kk).divide(product(2, kk)));
    }

    private static void checkNonNegative(ObjectState s, BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw Errors.valueError(s, "n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError(s, "k must be a non-negative integer");
        }
    }
}

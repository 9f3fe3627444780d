package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.CompareOp;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import java.util.Arrays;

/**
 * The temporaries of one Python expression evaluated from Java: each operation's new reference
 * is owned by the scope and dropped when it closes, on every path, so code such as
 * {@code mu + z * sigma} reads as {@code t.add(mu, t.mul(t.f(z), sigma))}. {@link #result}
 * hands a reference out before the scope closes. Not thread-safe: one per call.
 */
final class RefScope implements AutoCloseable {
    private final ObjectState s;
    private long[] refs = new long[8];
    private int count;

    RefScope(ObjectState s) {
        this.s = s;
    }

    /** Takes ownership of {@code ref} (a new reference) and returns it, borrowed. */
    long own(long ref) {
        if (count == refs.length) {
            refs = Arrays.copyOf(refs, count * 2);
        }
        refs[count++] = ref;
        return ref;
    }

    long f(double v) {
        return own(FloatType.fromDouble(s, v));
    }

    long i(long v) {
        return own(IntType.fromLong(s, v));
    }

    long add(long a, long b) {
        return own(Abstract.binaryOp(s, a, b, NumberOp.ADD));
    }

    long sub(long a, long b) {
        return own(Abstract.binaryOp(s, a, b, NumberOp.SUBTRACT));
    }

    long mul(long a, long b) {
        return own(Abstract.binaryOp(s, a, b, NumberOp.MULTIPLY));
    }

    long div(long a, long b) {
        return own(Abstract.binaryOp(s, a, b, NumberOp.TRUE_DIVIDE));
    }

    long mod(long a, long b) {
        return own(Abstract.binaryOp(s, a, b, NumberOp.REMAINDER));
    }

    boolean lt(long a, long b) {
        return Abstract.richCompareBool(s, a, b, CompareOp.LT);
    }

    boolean le(long a, long b) {
        return Abstract.richCompareBool(s, a, b, CompareOp.LE);
    }

    boolean gt(long a, long b) {
        return Abstract.richCompareBool(s, a, b, CompareOp.GT);
    }

    boolean eq(long a, long b) {
        return Abstract.richCompareBool(s, a, b, CompareOp.EQ);
    }

    /** {@code float(a)}, as the {@code math} functions convert their argument. */
    double dbl(long a) {
        return FloatType.check(s, a) ? FloatType.value(a) : Abstract.numberDouble(s, a);
    }

    /** A new reference to {@code ref} for the caller, which outlives the scope. */
    long result(long ref) {
        return Objects.newRef(ref);
    }

    @Override
    public void close() {
        for (int k = count - 1; k >= 0; k--) {
            Objects.decref(s, refs[k]);
        }
        count = 0;
    }
}

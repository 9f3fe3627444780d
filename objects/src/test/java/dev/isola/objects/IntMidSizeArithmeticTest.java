package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * + and - of ints up to 96 bits and * of two compact ints take a 128-bit path that builds the
 * digits directly; every result must equal BigInteger's, in the canonical form (compact when it
 * fits), around each boundary: the compact range, 64 bits, 96 bits, and signs.
 */
class IntMidSizeArithmeticTest extends ObjectsTestSupport {
    private static List<BigInteger> values() {
        List<BigInteger> v = new ArrayList<>();
        for (int bits : new int[] {0, 1, 31, 32, 33, 61, 62, 63, 64, 65, 95, 96, 97}) {
            BigInteger p = BigInteger.ONE.shiftLeft(bits);
            for (BigInteger x : new BigInteger[] {p, p.subtract(BigInteger.ONE), p.add(BigInteger.ONE)}) {
                v.add(x);
                v.add(x.negate());
            }
        }
        v.add(new BigInteger("12345678901234567890123"));
        v.add(new BigInteger("-98765432109876543210"));
        return v;
    }

    @Test
    void sumsAndDifferencesMatchBigInteger() {
        for (BigInteger a : values()) {
            for (BigInteger b : values()) {
                long x = big(a.toString());
                long y = big(b.toString());
                assertEquals(a.add(b).toString(), repr(track(Abstract.binaryOp(s, x, y, NumberOp.ADD))), a + " + " + b);
                assertEquals(a.subtract(b).toString(), repr(track(Abstract.binaryOp(s, x, y, NumberOp.SUBTRACT))),
                        a + " - " + b);
            }
        }
    }

    @Test
    void productsOfCompactIntsMatchBigInteger() {
        BigInteger limit = BigInteger.ONE.shiftLeft(62);
        for (BigInteger a : values()) {
            for (BigInteger b : values()) {
                if (a.abs().compareTo(limit) >= 0 || b.abs().compareTo(limit) >= 0) {
                    continue;
                }
                long r = track(Abstract.binaryOp(s, big(a.toString()), big(b.toString()), NumberOp.MULTIPLY));
                assertEquals(a.multiply(b).toString(), repr(r), a + " * " + b);
                BigInteger p = a.multiply(b);
                boolean compact = p.compareTo(limit.negate()) >= 0 && p.compareTo(limit) < 0;
                assertEquals(compact, IntType.isCompact(r), "canonical form of " + p);
            }
        }
    }
}

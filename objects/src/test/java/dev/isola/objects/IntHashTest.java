package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** hash() of ints and floats equals CPython's (modulus 2**61 - 1), so equal numbers hash alike. */
class IntHashTest extends NumbersTestSupport {

    @Test
    void hashesMatchCPython() throws IOException {
        checkTable("hash.tsv");
    }

    @Test
    void hashOfMinusOneIsMinusTwo() {
        assertEquals(-2, Abstract.hash(s, i(-1)));
        assertEquals(-2, Abstract.hash(s, i(-2)));
        assertEquals(-2, Abstract.hash(s, f(-1.0)));
        assertEquals(0, Abstract.hash(s, i("2305843009213693951")));
        assertEquals(1, Abstract.hash(s, space.trueObject()));
    }

    @Test
    void equalIntsAndFloatsHashAlike() {
        SplittableRandom random = new SplittableRandom(9);
        for (int k = 0; k < 5000; k++) {
            double d = Math.scalb((double) random.nextLong(1L << 53), random.nextInt(-60, 970));
            if (random.nextBoolean()) {
                d = -d;
            }
            long x = FloatType.fromDouble(s, d);
            long n = FloatOps.toInt(s, Math.floor(d));
            if (Math.floor(d) == d) {
                assertEquals(Abstract.hash(s, n), Abstract.hash(s, x), "hash(" + d + ")");
            }
            BigInteger v = IntType.toBig(n);
            long expected = v.abs().mod(BigInteger.valueOf(IntOps.HASH_MODULUS)).longValue() * v.signum();
            assertEquals(expected == -1 ? -2 : expected, Abstract.hash(s, n));
            Objects.decref(s, x);
            Objects.decref(s, n);
        }
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Objects are no larger than CPython 3.14's for the same value ({@code sys.getsizeof}). The
 * CPython figures: an int of n bits takes 24 + 4 × max(1, ⌈n/30⌉) bytes, a float 24.
 */
class SizesNoLargerThanCPythonTest extends NumbersTestSupport {

    private static long cpythonIntSize(java.math.BigInteger v) {
        int bits = v.abs().bitLength();
        return 24 + 4L * Math.max(1, (bits + 29) / 30);
    }

    @Test
    void intsAreNoLargerThanCPythons() {
        String[][] cases = {{"0", "28", "24"}, {"1", "28", "24"}, {"1073741823", "28", "24"}, {"1073741824", "32", "24"},
            {"1152921504606846976", "36", "24"}, {"4611686018427387903", "36", "24"}, {"-4611686018427387904", "36", "24"},
            {"4611686018427387904", "36", "32"}, {"1267650600228229401496703205376", "40", "40"}};
        for (String[] c : cases) {
            long v = i(c[0]);
            assertEquals(Long.parseLong(c[1]), cpythonIntSize(IntType.toBig(v)), c[0]);
            assertEquals(Long.parseLong(c[2]), IntType.sizeOf(v), c[0]);
        }
        for (int bits = 0; bits < 3000; bits += 7) {
            java.math.BigInteger n = java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE);
            long v = IntType.fromBig(s, n.negate());
            assertTrue(IntType.sizeOf(v) <= cpythonIntSize(n), "2**" + bits + "-1");
            Objects.decref(s, v);
        }
    }

    @Test
    void floatsAreAsSmallAsCPythons() {
        assertEquals(24, FloatType.sizeOf(f(1.5)));
        assertEquals(24, FloatType.SIZE);
    }
}

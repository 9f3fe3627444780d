package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code + - *} and the unary operations of int, across the compact/big boundary (±2**62). */
class IntArithmeticTest extends NumbersTestSupport {

    @Test
    void addSubtractMultiplyAndUnaryMatchCPythonAcrossBoundaries() throws IOException {
        checkTable("int-arithmetic.tsv");
    }

    @Test
    void smallResultsAreTheImmortalSmallInts() {
        long r = Abstract.binaryOp(s, i(100), i(156), NumberOp.ADD);
        assertEquals(space.smallInt(256), r);
        long m = Abstract.binaryOp(s, i("4611686018427387904"), i("-4611686018427387909"), NumberOp.ADD);
        assertEquals(space.smallInt(-5), m);
        long big = track(Abstract.binaryOp(s, i(200), i(57), NumberOp.ADD));
        assertFalse(space.isImmortalAddress(big));
    }

    @Test
    void resultsAtTheCompactBoundaryTakeTheRightForm() {
        long max = track(Abstract.binaryOp(s, i("4611686018427387904"), i(1), NumberOp.SUBTRACT));
        assertTrue(IntType.isCompact(max));
        assertEquals(24, IntType.sizeOf(max));
        long over = track(Abstract.binaryOp(s, max, i(1), NumberOp.ADD));
        assertFalse(IntType.isCompact(over));
        assertEquals("4611686018427387904", repr(over));
        long min = track(Abstract.negative(s, over));
        assertTrue(IntType.isCompact(min), "-2**62 is compact");
        long under = track(Abstract.binaryOp(s, min, i(1), NumberOp.SUBTRACT));
        assertFalse(IntType.isCompact(under));
        long back = track(Abstract.binaryOp(s, under, i(2), NumberOp.ADD));
        assertTrue(IntType.isCompact(back), "a big result that fits shrinks back to compact");
        assertEquals("-4611686018427387903", repr(back));
        long product = track(Abstract.binaryOp(s, i("18446744073709551616"), i("0"), NumberOp.MULTIPLY));
        assertEquals(space.smallInt(0), product);
    }

    @Test
    void hugeArithmeticIsExact() {
        long ten100 = i("1" + "0".repeat(100));
        long a = track(Abstract.binaryOp(s, ten100, i(1), NumberOp.ADD));
        long b = track(Abstract.binaryOp(s, ten100, i(1), NumberOp.SUBTRACT));
        long p = track(Abstract.binaryOp(s, a, b, NumberOp.MULTIPLY));
        assertEquals("9".repeat(200), repr(p));
        long square = track(Abstract.binaryOp(s, ten100, ten100, NumberOp.MULTIPLY));
        long squareMinusOne = track(Abstract.binaryOp(s, square, i(1), NumberOp.SUBTRACT));
        long d = track(Abstract.binaryOp(s, p, squareMinusOne, NumberOp.SUBTRACT));
        assertEquals(space.smallInt(0), d);
    }

    @Test
    void randomOperationsAgreeWithBigInteger() {
        SplittableRandom random = new SplittableRandom(42);
        for (int k = 0; k < 3000; k++) {
            BigInteger x = randomInt(random);
            BigInteger y = randomInt(random);
            long a = IntType.fromBig(s, x);
            long b = IntType.fromBig(s, y);
            assertEquals(x.add(y).toString(), eval(a, b, NumberOp.ADD));
            assertEquals(x.subtract(y).toString(), eval(a, b, NumberOp.SUBTRACT));
            assertEquals(x.multiply(y).toString(), eval(a, b, NumberOp.MULTIPLY));
            assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(IntOps.compare(a, b)));
            Objects.decref(s, a);
            Objects.decref(s, b);
        }
    }

    /** Values spread over every size class: small, compact near ±2**62, just beyond, and big. */
    static BigInteger randomInt(SplittableRandom random) {
        int bits = switch (random.nextInt(5)) {
            case 0 -> random.nextInt(10);
            case 1 -> 60 + random.nextInt(3);
            case 2 -> 62 + random.nextInt(3);
            case 3 -> random.nextInt(130);
            default -> random.nextInt(400);
        };
        BigInteger v = new BigInteger(bits, new java.util.Random(random.nextLong()));
        if (random.nextBoolean()) {
            v = v.setBit(Math.max(bits - 1, 0));
        }
        return random.nextBoolean() ? v.negate() : v;
    }

    private String eval(long a, long b, NumberOp op) {
        return outcome(() -> Abstract.binaryOp(s, a, b, op));
    }

    @Test
    void unsupportedOperandsRaiseCPythonsTypeError() {
        long one = i(1);
        long text = str("a");
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                outcome(() -> Abstract.binaryOp(s, one, text, NumberOp.ADD)));
        assertEquals("TypeError: unsupported operand type(s) for -: 'str' and 'int'",
                outcome(() -> Abstract.binaryOp(s, text, one, NumberOp.SUBTRACT)));
        assertEquals("TypeError: unsupported operand type(s) for <<: 'int' and 'float'",
                outcome(() -> Abstract.binaryOp(s, one, f(1.0), NumberOp.LSHIFT)));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
                outcome(() -> Abstract.richCompare(s, one, text, CompareOp.LT)));
    }

    @Test
    void inPlaceOperatorsFallBackToTheBinaryOnes() {
        long big = i("4611686018427387903");
        assertEquals("4611686018427387904", outcome(() -> Abstract.inplaceOp(s, big, i(1), NumberOp.ADD)));
        assertEquals("-2", outcome(() -> Abstract.inplaceOp(s, i(7), i(-4), NumberOp.FLOOR_DIVIDE)));
        assertEquals("1.75", outcome(() -> Abstract.inplaceOp(s, i(7), i(4), NumberOp.TRUE_DIVIDE)));
    }
}

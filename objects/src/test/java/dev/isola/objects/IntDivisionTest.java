package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code // % divmod / ** pow(a, b, m)} of int: signs, zero divisors, rounding, big operands. */
class IntDivisionTest extends NumbersTestSupport {

    @Test
    void divisionAndPowerMatchCPythonForEverySignAndSize() throws IOException {
        checkTable("int-division-power.tsv");
    }

    @Test
    void zeroDivisorsRaiseCPython311Messages() {
        assertEquals("ZeroDivisionError: integer division or modulo by zero", eval("1", "//", "0"));
        assertEquals("ZeroDivisionError: integer modulo by zero", eval("1", "%", "0"));
        assertEquals("ZeroDivisionError: integer division or modulo by zero", eval("1", "divmod", "0"));
        assertEquals("ZeroDivisionError: division by zero", eval("1", "/", "0"));
        assertEquals("ZeroDivisionError: integer division or modulo by zero", eval("1" + "0".repeat(30), "//", "0"));
        assertEquals("ZeroDivisionError: integer modulo by zero", eval("-" + "9".repeat(30), "%", "0"));
        assertEquals("ZeroDivisionError: division by zero", eval("1" + "0".repeat(30), "/", "0"));
        assertEquals("ZeroDivisionError: 0.0 cannot be raised to a negative power", eval("0", "**", "-1"));
    }

    @Test
    void floorDivisionAndModuloSatisfyTheDivisionIdentity() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 3000; k++) {
            BigInteger x = IntArithmeticTest.randomInt(random);
            BigInteger y = IntArithmeticTest.randomInt(random);
            if (y.signum() == 0) {
                continue;
            }
            long a = IntType.fromBig(s, x);
            long b = IntType.fromBig(s, y);
            long q = Abstract.binaryOp(s, a, b, NumberOp.FLOOR_DIVIDE);
            long r = Abstract.binaryOp(s, a, b, NumberOp.REMAINDER);
            BigInteger qv = IntType.toBig(q);
            BigInteger rv = IntType.toBig(r);
            assertEquals(x, qv.multiply(y).add(rv), x + " // " + y);
            assertTrue(rv.signum() == 0 || rv.signum() == y.signum(), "remainder takes the divisor's sign");
            assertTrue(rv.abs().compareTo(y.abs()) < 0);
            IntType.checkInvariants(q);
            IntType.checkInvariants(r);
            for (long o : new long[] {a, b, q, r}) {
                Objects.decref(s, o);
            }
        }
    }

    @Test
    void trueDivisionIsCorrectlyRoundedForAnySize() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 2000; k++) {
            BigInteger x = new BigInteger(random.nextInt(1, 1200), new java.util.Random(random.nextLong())).add(BigInteger.ONE);
            BigInteger y = new BigInteger(random.nextInt(1, 1200), new java.util.Random(random.nextLong())).add(BigInteger.ONE);
            double expected = reference(x, y);
            long a = IntType.fromBig(s, x);
            long b = IntType.fromBig(s, y);
            String got = outcome(() -> Abstract.binaryOp(s, a, b, NumberOp.TRUE_DIVIDE));
            String want = Double.isInfinite(expected) ? "OverflowError: integer division result too large for a float"
                    : FloatText.repr(expected);
            assertEquals(want, got, x + " / " + y);
            Objects.decref(s, a);
            Objects.decref(s, b);
        }
    }

    /** x / y rounded half to even: a close estimate, then the nearest of it and its neighbours, exactly. */
    private static double reference(BigInteger x, BigInteger y) {
        BigDecimal exact = new BigDecimal(x).divide(new BigDecimal(y), new java.math.MathContext(400));
        double guess = exact.doubleValue();
        if (Double.isInfinite(guess)) {
            return guess;
        }
        double best = guess;
        for (double c : new double[] {Math.nextDown(guess), guess, Math.nextUp(guess)}) {
            BigDecimal dc = new BigDecimal(c).multiply(new BigDecimal(y)).subtract(new BigDecimal(x)).abs();
            BigDecimal db = new BigDecimal(best).multiply(new BigDecimal(y)).subtract(new BigDecimal(x)).abs();
            int cmp = dc.compareTo(db);
            if (cmp < 0 || cmp == 0 && (Double.doubleToLongBits(c) & 1) == 0) {
                best = c;
            }
        }
        return best;
    }

    @Test
    void trueDivisionOfSmallIntsIsTheDoubleQuotient() {
        assertEquals("0.3333333333333333", eval("1", "/", "3"));
        assertEquals("-2.5", eval("5", "/", "-2"));
        assertEquals("-0.0", eval("0", "/", "-5"));
        assertEquals("1.0", eval("9007199254740993", "/", "9007199254740993"));
        assertEquals("OverflowError: integer division result too large for a float",
                eval("1" + "0".repeat(400), "/", "1"));
    }

    @Test
    void powerWithNegativeExponentIsAFloat() {
        assertEquals("0.25", eval("2", "**", "-2"));
        assertEquals("-0.125", eval("-2", "**", "-3"));
        assertEquals("0.0", eval("10", "**", "-400"));
        assertEquals("OverflowError: int too large to convert to float", eval("1" + "0".repeat(400), "**", "-1"));
    }

    @Test
    void modularPowerFollowsCPython() {
        assertEquals("5", eval("3", "pow", "-1", "7"));
        assertEquals("-2", eval("3", "pow", "-1", "-7"));
        assertEquals("ValueError: base is not invertible for the given modulus", eval("2", "pow", "-1", "4"));
        assertEquals("ValueError: pow() 3rd argument cannot be 0", eval("2", "pow", "3", "0"));
        assertEquals("0", eval("5", "pow", "0", "1"));
        assertEquals("TypeError: pow() 3rd argument not allowed unless all arguments are integers",
                eval("2", "pow", "3", "4.0"));
        assertEquals("TypeError: pow() 3rd argument not allowed unless all arguments are integers",
                eval("2.0", "pow", "3", "4"));
    }

    @Test
    void hugeExponentsOfTrivialBasesAreComputedAndOthersRefused() {
        String huge = "1" + "0".repeat(40);
        assertEquals("1", eval("1", "**", huge));
        assertEquals("1", eval("-1", "**", huge));
        assertEquals("-1", eval("-1", "**", huge + "1"));
        assertEquals("0", eval("0", "**", huge));
        assertEquals("MemoryError: ", eval("2", "**", huge));
        assertEquals("MemoryError: ", eval("3", "**", "4294967296"));
        String twoTo1000 = new BigInteger("2").pow(1000).toString();
        assertEquals(twoTo1000, eval("2", "**", "1000"));
        assertEquals("-" + new BigInteger("7").pow(101), eval("-7", "**", "101"));
        assertEquals("4611686018427387904", eval("2", "**", "62"));
        assertEquals("4611686018427387904", eval("-2", "**", "62"));
        assertEquals("-9223372036854775808", eval("-2", "**", "63"));
        assertEquals("4611686014132420609", eval("2147483647", "**", "2"));
    }
}

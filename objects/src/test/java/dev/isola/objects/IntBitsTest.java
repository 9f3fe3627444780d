package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code << >> & | ^ ~} of int: two's complement of infinite width, shifts across ±2**62. */
class IntBitsTest extends NumbersTestSupport {

    @Test
    void shiftsAndBitwiseOperationsMatchCPython() throws IOException {
        checkTable("int-bits.tsv");
    }

    @Test
    void negativeAndHugeShiftCounts() {
        assertEquals("ValueError: negative shift count", eval("1", "<<", "-1"));
        assertEquals("ValueError: negative shift count", eval("1", ">>", "-1"));
        assertEquals("ValueError: negative shift count", eval("1" + "0".repeat(30), ">>", "-" + "1".repeat(30)));
        String huge = "1" + "0".repeat(30);
        assertEquals("OverflowError: too many digits in integer", eval("1", "<<", huge));
        assertEquals("0", eval("0", "<<", huge));
        assertEquals("0", eval("12345", ">>", huge));
        assertEquals("-1", eval("-12345", ">>", huge));
        assertEquals("-1", eval("-" + huge, ">>", huge));
        assertEquals("MemoryError: ", eval("1", "<<", "1099511627776"));
    }

    @Test
    void randomShiftsAndBitwiseAgreeWithBigInteger() {
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 3000; k++) {
            BigInteger x = IntArithmeticTest.randomInt(random);
            BigInteger y = IntArithmeticTest.randomInt(random);
            int count = random.nextInt(140);
            long a = IntType.fromBig(s, x);
            long b = IntType.fromBig(s, y);
            long c = IntType.fromLong(s, count);
            assertEquals(x.and(y).toString(), outcome(() -> Abstract.binaryOp(s, a, b, NumberOp.AND)));
            assertEquals(x.or(y).toString(), outcome(() -> Abstract.binaryOp(s, a, b, NumberOp.OR)));
            assertEquals(x.xor(y).toString(), outcome(() -> Abstract.binaryOp(s, a, b, NumberOp.XOR)));
            assertEquals(x.not().toString(), outcome(() -> Abstract.invert(s, a)));
            assertEquals(x.shiftLeft(count).toString(), outcome(() -> Abstract.binaryOp(s, a, c, NumberOp.LSHIFT)));
            assertEquals(x.shiftRight(count).toString(), outcome(() -> Abstract.binaryOp(s, a, c, NumberOp.RSHIFT)));
            Objects.decref(s, a);
            Objects.decref(s, b);
            Objects.decref(s, c);
        }
    }

    @Test
    void invertIsMinusXMinusOneAtEverySize() {
        assertEquals("-1", eval("invert", "0"));
        assertEquals("4611686018427387903", eval("invert", "-4611686018427387904"));
        assertEquals("-4611686018427387904", eval("invert", "4611686018427387903"));
        assertEquals("-4611686018427387905", eval("invert", "4611686018427387904"));
        assertEquals("18446744073709551615", eval("invert", "-18446744073709551616"));
    }
}

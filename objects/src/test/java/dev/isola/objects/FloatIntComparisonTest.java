package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Comparisons between floats and ints are exact for ints of any size, as CPython's float_richcompare. */
class FloatIntComparisonTest extends NumbersTestSupport {

    @Test
    void comparisonsMatchCPythonForMixedOperands() throws IOException {
        checkTable("compare.tsv");
    }

    @Test
    void intsBeyondTheDoublePrecisionCompareExactly() {
        assertEquals("False", eval("9007199254740993", "==", "9007199254740992.0"));
        assertEquals("True", eval("9007199254740993", ">", "9007199254740992.0"));
        assertEquals("True", eval("9007199254740992.0", "<", "9007199254740993"));
        assertEquals("True", eval("9223372036854775807", "<", "9.223372036854776e+18"));
        assertEquals("True", eval("9223372036854775808", "==", "9.223372036854776e+18"));
        String huge = "1" + "0".repeat(400);
        assertEquals("True", eval(huge, "<", "inf"));
        assertEquals("True", eval("-" + huge, ">", "-inf"));
        assertEquals("False", eval(huge, "<", "nan"));
        assertEquals("True", eval(huge, "!=", "nan"));
        assertEquals("True", eval(huge, ">", "1.7976931348623157e+308"));
    }

    @Test
    void randomComparisonsAgreeWithExactArithmetic() {
        SplittableRandom random = new SplittableRandom(13);
        for (int k = 0; k < 5000; k++) {
            BigInteger n = IntArithmeticTest.randomInt(random);
            double d = switch (random.nextInt(3)) {
                case 0 -> n.doubleValue();
                case 1 -> Math.nextUp(n.doubleValue());
                default -> n.doubleValue() + random.nextDouble(-2, 2);
            };
            long a = IntType.fromBig(s, n);
            long b = FloatType.fromDouble(s, d);
            int expected = new BigDecimal(n).compareTo(new BigDecimal(d));
            for (CompareOp op : CompareOp.values()) {
                assertEquals(op.test(expected), Abstract.richCompareBool(s, a, b, op), n + " " + op + " " + d);
                assertEquals(op.test(-expected), Abstract.richCompareBool(s, b, a, op), d + " " + op + " " + n);
            }
            Objects.decref(s, a);
            Objects.decref(s, b);
        }
    }
}

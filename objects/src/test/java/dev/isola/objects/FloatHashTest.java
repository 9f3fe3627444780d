package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Float hashes: CPython's values for specials (the table of IntHashTest covers ordinary values). */
class FloatHashTest extends NumbersTestSupport {

    @Test
    void specialValuesHashAsInCPython() {
        assertEquals(314159, Abstract.hash(s, f(Double.POSITIVE_INFINITY)));
        assertEquals(-314159, Abstract.hash(s, f(Double.NEGATIVE_INFINITY)));
        assertEquals(0, Abstract.hash(s, f(-0.0)));
        assertEquals(1152921504606846976L, Abstract.hash(s, f(0.5)));
        assertEquals(1152921504606846977L, Abstract.hash(s, f(1.5)));
        assertEquals(-1152921504606846977L, Abstract.hash(s, f(-1.5)));
        assertEquals(230584300921369408L, Abstract.hash(s, f(0.1)));
        assertEquals(1, Abstract.hash(s, f(0x1p61)));
    }

    @Test
    void nanHashesByIdentitySince310() {
        long a = f(Double.NaN);
        long b = f(Double.NaN);
        assertEquals(ObjectType.pointerHash(a), Abstract.hash(s, a));
        assertNotEquals(Abstract.hash(s, a), Abstract.hash(s, b));
    }
}

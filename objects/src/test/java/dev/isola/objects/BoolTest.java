package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** bool is an int subclass: arithmetic gives ints; & | ^ of two bools stay bools. */
class BoolTest extends NumbersTestSupport {

    @Test
    void arithmeticOnBoolsGivesInts() {
        assertEquals("2", eval("True", "+", "True"));
        assertEquals("-2", eval("invert", "True"));
        assertEquals("-1", eval("neg", "True"));
        assertEquals("1", eval("pos", "True"));
        assertEquals("0", eval("abs", "False"));
        assertEquals("3.5", eval("True", "*", "3.5"));
        assertEquals("0.5", eval("True", "/", "2"));
        assertEquals("1", eval("True", "**", "2"));
        assertEquals("4", eval("True", "<<", "2"));
        assertEquals("(0, 1)", eval("True", "divmod", "2"));
        assertEquals("ZeroDivisionError: integer division or modulo by zero", eval("True", "//", "False"));
        long two = Abstract.binaryOp(s, space.trueObject(), space.trueObject(), NumberOp.ADD);
        assertEquals(space.type(BuiltinType.INT), Objects.type(two));
    }

    @Test
    void logicalOperatorsKeepBoolsBetweenBools() {
        assertEquals("False", eval("True", "&", "False"));
        assertEquals("True", eval("True", "|", "False"));
        assertEquals("False", eval("True", "^", "True"));
        assertEquals("1", eval("True", "&", "1"));
        assertEquals("3", eval("True", "|", "2"));
        assertEquals("3", eval("2", "^", "True"));
    }

    @Test
    void comparisonsAndHashAreIntegerOnes() {
        assertEquals("True", eval("True", "==", "1"));
        assertEquals("True", eval("True", "==", "1.0"));
        assertEquals("True", eval("False", "<", "True"));
        assertEquals(1, Abstract.hash(s, space.trueObject()));
        assertEquals(0, Abstract.hash(s, space.falseObject()));
        assertEquals("True", repr(space.trueObject()));
        assertEquals("False", Abstract.strJava(s, space.falseObject()));
    }

    @Test
    void constructorIsTruth() {
        assertEquals("False", outcome(() -> construct(BuiltinType.BOOL)));
        assertEquals("True", outcome(() -> construct(BuiltinType.BOOL, f(Double.NaN))));
        assertEquals("False", outcome(() -> construct(BuiltinType.BOOL, f(-0.0))));
        assertEquals("True", outcome(() -> construct(BuiltinType.BOOL, i("1" + "0".repeat(100)))));
        assertEquals("False", outcome(() -> construct(BuiltinType.BOOL, i(0))));
        assertEquals("TypeError: bool expected at most 1 argument, got 2",
                outcome(() -> construct(BuiltinType.BOOL, i(1), i(2))));
        assertEquals("1", outcome(() -> construct(BuiltinType.INT, space.trueObject())));
        assertEquals("1.0", outcome(() -> construct(BuiltinType.FLOAT, space.trueObject())));
    }

    @Test
    void intMethodsWorkOnBools() {
        assertEquals("1", outcome(() -> Abstract.callMethod(s, space.trueObject(), "bit_length")));
        assertEquals("(1, 1)", outcome(() -> Abstract.callMethod(s, space.trueObject(), "as_integer_ratio")));
        assertEquals("0", outcome(() -> Abstract.getAttr(s, space.falseObject(), "numerator")));
    }
}

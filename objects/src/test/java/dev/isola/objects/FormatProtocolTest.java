package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Proves {@code format(value, spec)} reaches each builtin type's {@code __format__}, as CPython. */
class FormatProtocolTest extends ObjectsTestSupport {
    private String format(long value, String spec) {
        long text = Abstract.format(s, value, str(spec));
        try {
            return StrType.toJava(text);
        } finally {
            Objects.decref(s, text);
        }
    }

    @Test
    void intsFloatsStrsAndOthers() {
        assertEquals("  42", format(integer(42), ">4"));
        assertEquals("1,234,567", format(integer(1234567), ","));
        assertEquals("0x2a", format(integer(42), "#x"));
        assertEquals("3.14", format(track(FloatType.fromDouble(s, 3.14159)), ".2f"));
        assertEquals("1.000000e+10", format(track(FloatType.fromDouble(s, 1e10)), "e"));
        assertEquals("ab   ", format(str("ab"), "<5"));
        assertEquals("True", format(space.trueObject(), ""));
        assertEquals("1", format(space.trueObject(), "d"));
        assertEquals("None", format(space.none(), ""));
        assertEquals("(1, 2)", format(tuple(integer(1), integer(2)), ""));
    }

    @Test
    void aSpecForAnObjectWithoutOneIsATypeError() {
        assertEquals("unsupported format string passed to NoneType.__format__",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.format(s, space.none(), str(">5"))));
        assertEquals("unsupported format string passed to tuple.__format__",
                raises(BuiltinType.TYPE_ERROR, () -> Abstract.format(s, tuple(), str("x"))));
    }
}

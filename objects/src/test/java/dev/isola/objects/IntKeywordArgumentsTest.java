package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Keyword arguments of int, float and bool methods and constructors, with Argument Clinic's messages. */
class IntKeywordArgumentsTest extends NumbersTestSupport {

    /** {@code callable(*args, **{name: value, …})}; {@code keywords} alternates names and values. */
    private String callWith(long callable, long[] args, Object... keywords) {
        long kwargs = track(Abstract.call(s, space.type(BuiltinType.DICT), space.emptyTuple(), 0));
        for (int k = 0; k < keywords.length; k += 2) {
            Abstract.setItem(s, kwargs, str((String) keywords[k]), (Long) keywords[k + 1]);
        }
        long tuple = tuple(args);
        return outcome(() -> Abstract.call(s, callable, tuple, kwargs));
    }

    private long method(long self, String name) {
        return track(Abstract.getAttr(s, self, name));
    }

    @Test
    void signedAndByteorderByName() {
        assertEquals("b'\\xff\\xff'", callWith(method(i(-1), "to_bytes"), new long[] {i(2), str("little")},
                "signed", space.trueObject()));
        assertEquals("b'\\x00\\x01'", callWith(method(i(1), "to_bytes"), new long[] {}, "byteorder", str("big"),
                "length", i(2)));
        long intType = space.type(BuiltinType.INT);
        long fromBytes = method(intType, "from_bytes");
        long b = track(BytesType.fromBytes(s, new byte[] {(byte) 0xff, 0}));
        assertEquals("255", callWith(fromBytes, new long[] {b, str("little")}, "signed", space.trueObject()));
        assertEquals("-256", callWith(fromBytes, new long[] {b}, "signed", space.trueObject()));
        assertEquals("65280", callWith(fromBytes, new long[] {b}, "signed", space.falseObject()));
    }

    @Test
    void keywordErrorsHaveCPythonsText() {
        assertEquals("TypeError: argument for to_bytes() given by name ('length') and position (1)",
                callWith(method(i(1), "to_bytes"), new long[] {i(1), str("big")}, "length", i(1)));
        assertEquals("TypeError: 'sign' is an invalid keyword argument for to_bytes()",
                callWith(method(i(1), "to_bytes"), new long[] {i(1)}, "sign", space.trueObject()));
        assertEquals("TypeError: int.bit_length() takes no keyword arguments",
                callWith(method(i(1), "bit_length"), new long[] {}, "x", i(1)));
        assertEquals("TypeError: float.__round__() takes no keyword arguments",
                callWith(method(f(1.5), "__round__"), new long[] {}, "ndigits", i(1)));
        assertEquals("TypeError: int.__round__() takes no keyword arguments",
                callWith(method(i(1), "__round__"), new long[] {}, "ndigits", i(1)));
    }

    @Test
    void constructorsTakeOnlyTheirKeywords() {
        assertEquals("2", callWith(space.type(BuiltinType.INT), new long[] {str("10")}, "base", i(2)));
        assertEquals("TypeError: 'x' is an invalid keyword argument for int()",
                callWith(space.type(BuiltinType.INT), new long[] {}, "x", i(5)));
        assertEquals("TypeError: int() takes at most 2 arguments (3 given)",
                callWith(space.type(BuiltinType.INT), new long[] {str("10"), i(2)}, "base", i(2)));
        assertEquals("TypeError: int() missing string argument",
                callWith(space.type(BuiltinType.INT), new long[] {}, "base", i(2)));
        assertEquals("TypeError: float() takes no keyword arguments",
                callWith(space.type(BuiltinType.FLOAT), new long[] {}, "x", i(1)));
        assertEquals("TypeError: bool() takes no keyword arguments",
                callWith(space.type(BuiltinType.BOOL), new long[] {}, "x", i(1)));
    }
}

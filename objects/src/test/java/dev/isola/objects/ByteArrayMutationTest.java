package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * bytearray's mutations — item and slice assignment and deletion (extended slices included),
 * {@code +=}, {@code *=}, append, extend, insert, pop, remove, reverse, copy, clear — replayed
 * against the states CPython 3.11 printed after each step, with the layout invariants checked
 * after every one.
 */
class ByteArrayMutationTest extends StrTestSupport {
    private long ba;

    private void step(String expected, Runnable mutation) {
        mutation.run();
        ByteArrayType.checkInvariants(ba);
        assertEquals(expected, repr(ba));
    }

    private void set(Object key, Object value) {
        Abstract.setItem(s, ba, obj(key), obj(value));
    }

    private String method(String name, Object... args) {
        return call(new Ref(ba), name, args);
    }

    @Test
    void replayedSession() {
        ba = obj(ba("hello"));
        step("bytearray(b'Hello')", () -> set(0L, 72L));
        step("bytearray(b'HEYlo')", () -> set(sl(1L, 3L, null), b("EY")));
        step("bytearray(b'HABEYlo')", () -> set(sl(1L, 1L, null), java.util.List.of(65L, 66L)));
        step("bytearray(b'ABEYlo')", () -> Abstract.delItem(s, ba, obj(0L)));
        step("bytearray(b'BYo')", () -> Abstract.delItem(s, ba, obj(sl(null, null, 2L))));
        step("bytearray(b'zyx')", () -> set(sl(null, null, -1L), b("xyz")));
        step("bytearray(b'zyx!!')", () -> assertEquals(ba, track(Abstract.inplaceOp(s, ba, obj(b("!!")), NumberOp.ADD))));
        step("bytearray(b'zyx!!zyx!!')", () -> assertEquals(ba, track(Abstract.inplaceOp(s, ba, obj(2L), NumberOp.MULTIPLY))));
        step("bytearray(b'zyx!!zyx!!\\x00')", () -> assertEquals("None", method("append", 0L)));
        step("bytearray(b'zyx!!zyx!!\\x00\\x01\\x02')", () -> method("extend", java.util.List.of(1L, 2L)));
        step("bytearray(b'zyx!!zyx!!\\x00\\x01\\x02xy')", () -> method("extend", b("xy")));
        step("bytearray(b'0zyx!!zyx!!\\x00\\x01\\x02xy')", () -> method("insert", -100L, 48L));
        step("bytearray(b'0zyx!!zyx!!\\x00\\x01\\x02xy1')", () -> method("insert", 100L, 49L));
        step("bytearray(b'0zyx!!zyx!!\\x00\\x01\\x02xy')", () -> assertEquals("49", method("pop")));
        step("bytearray(b'zyx!!zyx!!\\x00\\x01\\x02xy')", () -> assertEquals("48", method("pop", 0L)));
        step("bytearray(b'zy!!zyx!!\\x00\\x01\\x02xy')", () -> method("remove", 120L));
        step("bytearray(b'yx\\x02\\x01\\x00!!xyz!!yz')", () -> method("reverse"));
        long copy = track(Abstract.callMethod(s, ba, "copy"));
        assertNotEquals(ba, copy);
        assertEquals(repr(ba), repr(copy));
        step("bytearray(b'yx\\x02\\x01\\x00!!xyz!!yz')", () -> set(sl(null, null, null), new Ref(ba)));
        step("bytearray(b'yx')", () -> set(sl(2L, null, null), b("")));
        step("bytearray(b'')", () -> method("clear"));
        assertEquals(1, ByteArrayType.allocated(ba), "clear keeps a one-byte buffer, as CPython");
    }

    @Test
    void sliceAssignmentShapes() {
        ba = obj(ba("abcdefgh"));
        step("bytearray(b'abceg')", () -> Abstract.delItem(s, ba, obj(sl(-1L, 2L, -2L))));
        ba = obj(ba("abcdefgh"));
        step("bytearray(b'abcdeXYfgh')", () -> set(sl(5L, 2L, null), b("XY")));
        ba = obj(ba("abcdefgh"));
        step("bytearray(b'1bc2ef3h')", () -> set(sl(null, null, 3L), ba("123")));
        ba = obj(ba("abc"));
        step("bytearray(b'axyzc')", () -> set(sl(1L, 2L, null), ba("xyz")));
        ba = obj(ba("abc"));
        step("bytearray(b'XbY')", () -> set(sl(0L, 3L, 2L), b("XY")));
        step("bytearray(b'XbY')", () -> assertEquals(
                "ValueError: attempt to assign bytes of size 1 to extended slice of size 2",
                raisesText(() -> set(sl(0L, 3L, 2L), b("x")))));
    }

    @Test
    void errors() {
        ba = obj(ba("abc"));
        assertEquals("IndexError: bytearray index out of range", raisesText(() -> set(5L, 1L)));
        assertEquals("IndexError: bytearray index out of range", raisesText(() -> Abstract.delItem(s, ba, obj(5L))));
        assertEquals("TypeError: 'bytes' object cannot be interpreted as an integer", raisesText(() -> set(0L, b("x"))));
        assertEquals("ValueError: byte must be in range(0, 256)", raisesText(() -> set(0L, 300L)));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer", raisesText(() -> set(0L, "x")));
        assertEquals("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                raisesText(() -> set(sl(0L, 1L, null), 5L)));
        assertEquals("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                raisesText(() -> set(sl(0L, 1L, null), "x")));
        assertEquals("TypeError: bytearray indices must be integers or slices, not str", raisesText(() -> set("a", 1L)));
        assertEquals("TypeError: can't extend bytearray with int", method("extend", 1L));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer", method("extend", "ab"));
        assertEquals("TypeError: pop expected at most 1 argument, got 2", method("pop", 1L, 2L));
        assertEquals("TypeError: insert expected 2 arguments, got 1", method("insert", 1L));
        assertEquals("TypeError: bytearray.append() takes exactly one argument (0 given)", method("append"));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t",
                method("pop", new java.math.BigInteger("1180591620717411303424")));
        assertEquals("IndexError: pop index out of range", method("pop", -4L));
        assertEquals("ValueError: value not found in bytearray", method("remove", 120L));
        assertEquals("TypeError: can't concat str to bytearray", outcome(() -> Abstract.inplaceOp(s, ba, obj("x"), NumberOp.ADD)));
        assertEquals("TypeError: bytearray.clear() takes no arguments (1 given)", method("clear", 1L));
        assertEquals("bytearray(b'abc')", repr(ba), "failed mutations leave the contents alone");
        ba = obj(ba(""));
        assertEquals("IndexError: pop from empty bytearray", method("pop"));
        assertEquals("TypeError: descriptor 'append' for 'bytearray' objects doesn't apply to a 'str' object",
                outcome(() -> Abstract.call(s, track(Abstract.getAttr(s, space.type(BuiltinType.BYTEARRAY), "append")),
                        tuple(str("x"), obj(1L)), 0)));
    }

    @Test
    void growthFollowsCpython() {
        ba = obj(ba(""));
        for (int i = 0; i < 100; i++) {
            method("append", (long) i);
            ByteArrayType.checkInvariants(ba);
        }
        assertEquals(118, ByteArrayType.allocated(ba));
        ba = obj(ba("abcdef"));
        Objects.decref(s, Abstract.inplaceOp(s, ba, obj(3L), NumberOp.MULTIPLY));
        assertEquals(19, ByteArrayType.allocated(ba));
        ba = obj(ba("abcdefghij"));
        Abstract.delItem(s, ba, obj(sl(2L, 9L, null)));
        assertEquals("bytearray(b'abj')", repr(ba));
        assertEquals(4, ByteArrayType.allocated(ba));
    }
}

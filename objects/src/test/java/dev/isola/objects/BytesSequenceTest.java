package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * bytes and bytearray as sequences — indexing (ints), slicing, concatenation, repetition,
 * comparison across the two types, {@code in}, hash, repr and the constructors — against
 * CPython 3.11 (hashes with PYTHONHASHSEED=0).
 */
class BytesSequenceTest extends StrTestSupport {
    private void item(String expected, Object self, Object key) {
        assertEquals(expected, outcome(() -> Abstract.getItem(s, obj(self), obj(key))), () -> repr(obj(self)) + "[...]");
    }

    private void construct(String expected, BuiltinType type, Object... args) {
        long[] addrs = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            addrs[i] = obj(args[i]);
        }
        assertEquals(expected, outcome(() -> Abstract.call(s, space.type(type), tuple(addrs), 0)));
    }

    private void constructKw(String expected, BuiltinType type, java.util.Map<String, ?> kwargs) {
        assertEquals(expected, outcome(() -> Abstract.call(s, space.type(type), space.emptyTuple(), obj(kwargs))));
    }

    private String binary(Object a, Object b, NumberOp op) {
        return outcome(() -> Abstract.binaryOp(s, obj(a), obj(b), op));
    }

    @Test
    void indexingAndSlicing() {
        item("IndexError: index out of range", b("abc"), -4L);
        item("99", b("abc"), -1L);
        item("97", b("abc"), 0L);
        item("99", b("abc"), 2L);
        item("IndexError: index out of range", b("abc"), 3L);
        item("98", b("abc"), true);
        item("b'cba'", b("abc"), sl(null, null, -1L));
        item("b'ac'", b("abc"), sl(null, null, 2L));
        item("b'bc'", b("abc"), sl(1L, null, null));
        item("b'c'", b("abc"), sl(5L, 1L, -2L));
        item("ValueError: slice step cannot be zero", b("abc"), sl(null, null, 0L));
        item("TypeError: byte indices must be integers or slices, not str", b("abc"), "a");
        item("TypeError: byte indices must be integers or slices, not float", b("abc"), 1.0d);
        item("IndexError: cannot fit 'int' into an index-sized integer", b("abc"), new java.math.BigInteger("1180591620717411303424"));
        item("IndexError: bytearray index out of range", ba("abc"), -4L);
        item("99", ba("abc"), -1L);
        item("97", ba("abc"), 0L);
        item("99", ba("abc"), 2L);
        item("IndexError: bytearray index out of range", ba("abc"), 3L);
        item("98", ba("abc"), true);
        item("bytearray(b'cba')", ba("abc"), sl(null, null, -1L));
        item("bytearray(b'ac')", ba("abc"), sl(null, null, 2L));
        item("bytearray(b'bc')", ba("abc"), sl(1L, null, null));
        item("bytearray(b'c')", ba("abc"), sl(5L, 1L, -2L));
        item("ValueError: slice step cannot be zero", ba("abc"), sl(null, null, 0L));
        item("TypeError: bytearray indices must be integers or slices, not str", ba("abc"), "a");
        item("TypeError: bytearray indices must be integers or slices, not float", ba("abc"), 1.0d);
        item("IndexError: cannot fit 'int' into an index-sized integer", ba("abc"), new java.math.BigInteger("1180591620717411303424"));
    }

    @Test
    void constructors() {
        construct("b''", BuiltinType.BYTES, new Object[] {});
        construct("bytearray(b'')", BuiltinType.BYTEARRAY, new Object[] {});
        construct("b'\\x00\\x00\\x00'", BuiltinType.BYTES, new Object[] {3L});
        construct("bytearray(b'\\x00\\x00\\x00')", BuiltinType.BYTEARRAY, new Object[] {3L});
        construct("b'\\x01\\x02'", BuiltinType.BYTES, new Object[] {java.util.Arrays.asList(1L, 2L)});
        construct("bytearray(b'\\x01\\x02')", BuiltinType.BYTEARRAY, new Object[] {java.util.Arrays.asList(1L, 2L)});
        construct("b'\\x01\\x02'", BuiltinType.BYTES, new Object[] {new Object[] {1L, 2L}});
        construct("bytearray(b'\\x01\\x02')", BuiltinType.BYTEARRAY, new Object[] {new Object[] {1L, 2L}});
        construct("b'ab'", BuiltinType.BYTES, new Object[] {b("ab")});
        construct("bytearray(b'ab')", BuiltinType.BYTEARRAY, new Object[] {b("ab")});
        construct("b'ab'", BuiltinType.BYTES, new Object[] {ba("ab")});
        construct("bytearray(b'ab')", BuiltinType.BYTEARRAY, new Object[] {ba("ab")});
        construct("b'\\xc3\\xa9'", BuiltinType.BYTES, new Object[] {"\u00e9", "utf-8"});
        construct("bytearray(b'\\xc3\\xa9')", BuiltinType.BYTEARRAY, new Object[] {"\u00e9", "utf-8"});
        construct("b'\\xe9'", BuiltinType.BYTES, new Object[] {"\u00e9", "latin-1", "strict"});
        construct("bytearray(b'\\xe9')", BuiltinType.BYTEARRAY, new Object[] {"\u00e9", "latin-1", "strict"});
        construct("ValueError: negative count", BuiltinType.BYTES, new Object[] {-1L});
        construct("ValueError: negative count", BuiltinType.BYTEARRAY, new Object[] {-1L});
        construct("TypeError: string argument without an encoding", BuiltinType.BYTES, new Object[] {"a"});
        construct("TypeError: string argument without an encoding", BuiltinType.BYTEARRAY, new Object[] {"a"});
        construct("TypeError: cannot convert 'float' object to bytes", BuiltinType.BYTES, new Object[] {1.0d});
        construct("TypeError: cannot convert 'float' object to bytearray", BuiltinType.BYTEARRAY, new Object[] {1.0d});
        construct("ValueError: bytes must be in range(0, 256)", BuiltinType.BYTES, new Object[] {java.util.Arrays.asList(256L)});
        construct("ValueError: byte must be in range(0, 256)", BuiltinType.BYTEARRAY, new Object[] {java.util.Arrays.asList(256L)});
        construct("TypeError: 'str' object cannot be interpreted as an integer", BuiltinType.BYTES, new Object[] {java.util.Arrays.asList("a")});
        construct("TypeError: 'str' object cannot be interpreted as an integer", BuiltinType.BYTEARRAY, new Object[] {java.util.Arrays.asList("a")});
        construct("LookupError: unknown encoding: foo", BuiltinType.BYTES, new Object[] {"a", "foo"});
        construct("LookupError: unknown encoding: foo", BuiltinType.BYTEARRAY, new Object[] {"a", "foo"});
        construct("OverflowError: cannot fit 'int' into an index-sized integer", BuiltinType.BYTES, new Object[] {new java.math.BigInteger("9223372036854775808")});
        construct("OverflowError: cannot fit 'int' into an index-sized integer", BuiltinType.BYTEARRAY, new Object[] {new java.math.BigInteger("9223372036854775808")});
        construct("OverflowError: cannot fit 'int' into an index-sized integer", BuiltinType.BYTES, new Object[] {new java.math.BigInteger("-1180591620717411303424")});
        construct("OverflowError: cannot fit 'int' into an index-sized integer", BuiltinType.BYTEARRAY, new Object[] {new java.math.BigInteger("-1180591620717411303424")});
        construct("TypeError: encoding without a string argument", BuiltinType.BYTES, new Object[] {b("x"), "utf-8"});
        construct("TypeError: encoding without a string argument", BuiltinType.BYTEARRAY, new Object[] {b("x"), "utf-8"});
        construct("UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)", BuiltinType.BYTES, new Object[] {"\u20ac", "ascii"});
        construct("UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)", BuiltinType.BYTEARRAY, new Object[] {"\u20ac", "ascii"});
        construct("b'?'", BuiltinType.BYTES, new Object[] {"\u20ac", "ascii", "replace"});
        construct("bytearray(b'?')", BuiltinType.BYTEARRAY, new Object[] {"\u20ac", "ascii", "replace"});
        construct("b'\\x01\\xff'", BuiltinType.BYTES, new Object[] {java.util.Arrays.asList(true, 255L)});
        construct("bytearray(b'\\x01\\xff')", BuiltinType.BYTEARRAY, new Object[] {java.util.Arrays.asList(true, 255L)});
        construct("TypeError: string argument without an encoding", BuiltinType.BYTES, new Object[] {"abc"});
        construct("TypeError: string argument without an encoding", BuiltinType.BYTEARRAY, new Object[] {"abc"});
        constructKw("TypeError: encoding without a string argument", BuiltinType.BYTES, dict("encoding", "utf-8"));
        constructKw("TypeError: encoding without a string argument", BuiltinType.BYTEARRAY, dict("encoding", "utf-8"));
        constructKw("TypeError: errors without a string argument", BuiltinType.BYTES, dict("errors", "strict"));
        constructKw("TypeError: errors without a string argument", BuiltinType.BYTEARRAY, dict("errors", "strict"));
        constructKw("b'x'", BuiltinType.BYTES, dict("source", "x", "encoding", "ascii"));
        constructKw("bytearray(b'x')", BuiltinType.BYTEARRAY, dict("source", "x", "encoding", "ascii"));
        constructKw("b'\\x00\\x00\\x00\\x00\\x00'", BuiltinType.BYTES, dict("source", 5L));
        constructKw("bytearray(b'\\x00\\x00\\x00\\x00\\x00')", BuiltinType.BYTEARRAY, dict("source", 5L));
    }

    @Test
    void concatenationAndRepetition() {
        assertEquals("b'abc'", binary(b("ab"), ba("c"), NumberOp.ADD));
        assertEquals("bytearray(b'abc')", binary(ba("ab"), b("c"), NumberOp.ADD));
        assertEquals("bytearray(b'ab')", binary(ba("a"), ba("b"), NumberOp.ADD));
        assertEquals("TypeError: can't concat str to bytes", binary(b("a"), "a", NumberOp.ADD));
        assertEquals("TypeError: can't concat int to bytes", binary(b("a"), 1L, NumberOp.ADD));
        assertEquals("TypeError: can't concat str to bytearray", binary(ba("a"), "x", NumberOp.ADD));
        assertEquals("b'ababab'", binary(b("ab"), 3L, NumberOp.MULTIPLY));
        assertEquals("b''", binary(b("a"), -1L, NumberOp.MULTIPLY));
        assertEquals("bytearray(b'abab')", binary(2L, ba("ab"), NumberOp.MULTIPLY));
        assertEquals("MemoryError", binary(b("a"), 1L << 62, NumberOp.MULTIPLY));
        assertEquals("OverflowError: repeated bytes are too long", binary(b("ab"), 1L << 62, NumberOp.MULTIPLY));
        assertEquals("MemoryError", binary(ba("ab"), 1L << 62, NumberOp.MULTIPLY));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'str'", binary(b("a"), "a", NumberOp.MULTIPLY));
        long x = obj(b("xyz"));
        assertEquals(x, track(Abstract.binaryOp(s, x, obj(b("")), NumberOp.ADD)), "b + b'' is b itself");
    }

    @Test
    void comparisonAcrossTypes() {
        assertTrue(Abstract.richCompareBool(s, obj(b("a")), obj(ba("b")), CompareOp.LT));
        assertTrue(Abstract.richCompareBool(s, obj(b("a")), obj(ba("a")), CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(s, obj(ba("a")), obj(b("a")), CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(s, obj(ba("a")), obj(ba("a")), CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(s, obj(b("\u00ff")), obj(b("\u0001")), CompareOp.GT), "bytes compare unsigned");
        assertTrue(Abstract.richCompareBool(s, obj(b("ab")), obj(b("abc")), CompareOp.LT));
        assertFalse(Abstract.richCompareBool(s, obj(ba("a")), obj("a"), CompareOp.EQ));
        assertFalse(Abstract.richCompareBool(s, obj(b("a")), obj("a"), CompareOp.EQ));
        assertEquals("TypeError: '<' not supported between instances of 'bytes' and 'str'",
                outcome(() -> Abstract.richCompare(s, obj(b("a")), obj("a"), CompareOp.LT)));
    }

    @Test
    void containment() {
        assertTrue(Abstract.contains(s, obj(b("abc")), obj(b("bc"))));
        assertTrue(Abstract.contains(s, obj(b("abc")), obj(97L)));
        assertTrue(Abstract.contains(s, obj(b("\u0001")), obj(true)));
        assertTrue(Abstract.contains(s, obj(ba("abc")), obj(ba("c"))));
        assertFalse(Abstract.contains(s, obj(ba("abc")), obj(100L)));
        assertEquals("TypeError: a bytes-like object is required, not 'str'",
                raisesText(() -> Abstract.contains(s, obj(b("a")), obj("a"))));
        assertEquals("ValueError: byte must be in range(0, 256)", raisesText(() -> Abstract.contains(s, obj(b("a")), obj(256L))));
        assertEquals("ValueError: byte must be in range(0, 256)",
                raisesText(() -> Abstract.contains(s, obj(ba("a")), obj(new java.math.BigInteger("1180591620717411303424")))));
    }

    @Test
    void hashAndRepr() {
        assertEquals(-4594863902769663758L, Abstract.hash(s, obj(b("abc"))));
        assertEquals(0, Abstract.hash(s, obj(b(""))));
        assertEquals(-2129700217430894956L, Abstract.hash(s, obj(b("\u00ff".repeat(9)))));
        assertEquals("TypeError: unhashable type: 'bytearray'", raisesText(() -> Abstract.hash(s, obj(ba("a")))));
        assertEquals("b'\\'\"\\\\\\x00\\x7f\\x80\\xff\\t'", repr(obj(b("'\"\\\u0000\u007f\u0080\u00ff\t"))));
        assertEquals("b\"it's\"", repr(obj(b("it's"))));
        assertEquals("bytearray(b'x')", repr(obj(ba("x"))));
        assertEquals("bytearray(b'')", repr(obj(ba(""))));
        assertEquals(3, Abstract.length(s, obj(ba("abc"))));
    }

    @Test
    void iterationYieldsInts() {
        for (Object seq : new Object[] {b("a\u00ff"), ba("a\u00ff")}) {
            long it = track(Abstract.iter(s, obj(seq)));
            StringBuilder seen = new StringBuilder();
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                seen.append(repr(x)).append(' ');
                Objects.decref(s, x);
            }
            assertEquals("97 255 ", seen.toString());
        }
        assertEquals("b'\\x01\\x02'", outcome(() -> Abstract.call(s, space.type(BuiltinType.BYTES),
                tuple(track(Abstract.iter(s, obj(java.util.List.of(1L, 2L))))), 0)), "bytes(iterator)");
    }
}

package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * str as a sequence — indexing, slicing with steps, concatenation across kinds, repetition with
 * its overflow checks, comparison, {@code in}, hash, repr, the constructor — against CPython
 * 3.11 (hashes with PYTHONHASHSEED=0).
 */
class StrSequenceTest extends StrTestSupport {
    /** One code point of each kind: 'a€b😀c'. */
    private static final String MIXED = "a\u20acb\ud83d\ude00c";

    private String item(Object self, Object key) {
        return outcome(() -> Abstract.getItem(s, obj(self), obj(key)));
    }

    @Test
    void indexing() {
        String[] expected = {"IndexError: string index out of range", "'a'", "'\u20ac'", "'b'", "'\ud83d\ude00'", "'c'",
            "'a'", "'\u20ac'", "'b'", "'\ud83d\ude00'", "'c'", "IndexError: string index out of range"};
        for (int i = -6; i < 6; i++) {
            assertEquals(expected[i + 6], item(MIXED, (long) i), "index " + i);
        }
        assertEquals("IndexError: cannot fit 'int' into an index-sized integer",
                item("abc", new java.math.BigInteger("1180591620717411303424")));
        assertEquals("TypeError: string indices must be integers, not 'str'", item("abc", "a"));
        assertEquals("TypeError: string indices must be integers, not 'float'", item("abc", 1.0));
        assertEquals("'b'", item("abc", true));
        long one = Abstract.getItem(s, str("xyz"), obj(0L));
        assertEquals(space.latin1Char('x'), one, "one-character latin-1 results are the shared objects");
    }

    @Test
    void slicing() {
        assertEquals("'fdb'", item("abcdef", sl(null, null, -2L)));
        assertEquals("'cba'", item(MIXED, sl(null, null, -2L)));
        assertEquals("'fedcba'", item("abcdef", sl(10L, -10L, -1L)));
        assertEquals("'c\ud83d\ude00b\u20aca'", item(MIXED, sl(10L, -10L, -1L)));
        assertEquals("'abc'", item(MIXED, sl(null, null, 2L)));
        assertEquals("'\u20acb\ud83d\ude00'", item(MIXED, sl(1L, 4L, null)));
        assertEquals("'\ud83d\ude00c'", item(MIXED, sl(-2L, null, null)));
        assertEquals("'c\ud83d\ude00b'", item(MIXED, sl(4L, 1L, -1L)));
        assertEquals("'edc'", item("abcdef", sl(4L, 1L, -1L)));
        assertEquals("''", item("abcdef", sl(4L, 1L, null)));
        assertEquals("ValueError: slice step cannot be zero", item("abc", sl(null, null, 0L)));
        long whole = str("abc");
        long copy = track(Abstract.getItem(s, whole, obj(sl(null, null, null))));
        assertEquals(whole, copy, "a full slice of an exact str is the str itself");
        long narrowed = track(Abstract.getItem(s, str("\u20acab"), obj(sl(1L, null, null))));
        assertEquals(1, StrType.kind(narrowed), "a slice takes the narrowest kind");
        assertTrue(StrType.isAscii(narrowed));
    }

    @Test
    void concatenationTakesTheWidestKind() {
        long ab = track(Abstract.binaryOp(s, str("a"), str("\u20ac"), NumberOp.ADD));
        assertEquals("a\u20ac", StrType.toJava(ab));
        assertEquals(2, StrType.kind(ab));
        long astral = track(Abstract.binaryOp(s, str("\u20ac"), str("\ud83d\ude00"), NumberOp.ADD));
        assertEquals(4, StrType.kind(astral));
        assertEquals(2, StrType.length(astral));
        long latin = track(Abstract.binaryOp(s, str("a"), str("\u00e9"), NumberOp.ADD));
        assertEquals(1, StrType.kind(latin));
        assertFalse(StrType.isAscii(latin));
        long x = str("xyz");
        assertEquals(x, track(Abstract.binaryOp(s, x, space.emptyStr(), NumberOp.ADD)));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str",
                outcome(() -> Abstract.binaryOp(s, str("a"), obj(1L), NumberOp.ADD)));
        assertEquals(StrType.hash(str("a\u20ac")), StrType.hash(ab), "equal strs hash equally whatever their history");
    }

    @Test
    void repetition() {
        assertEquals("'ababab'", outcome(() -> Abstract.binaryOp(s, str("ab"), obj(3L), NumberOp.MULTIPLY)));
        assertEquals("'\u20ac\u20ac'", outcome(() -> Abstract.binaryOp(s, obj(2L), str("\u20ac"), NumberOp.MULTIPLY)));
        assertEquals("''", outcome(() -> Abstract.binaryOp(s, str("x"), obj(-1L), NumberOp.MULTIPLY)));
        assertEquals("'\ud83d\ude00a\ud83d\ude00a'", outcome(() -> Abstract.binaryOp(s, str("\ud83d\ude00a"), obj(2L),
                NumberOp.MULTIPLY)));
        assertEquals("OverflowError: repeated string is too long",
                outcome(() -> Abstract.binaryOp(s, str("ab"), obj(1L << 62), NumberOp.MULTIPLY)));
        assertEquals("MemoryError", outcome(() -> Abstract.binaryOp(s, str("a"), obj(1L << 62), NumberOp.MULTIPLY)));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'str'",
                outcome(() -> Abstract.binaryOp(s, str("a"), str("b"), NumberOp.MULTIPLY)));
        long big = track(Abstract.binaryOp(s, str("abc"), obj(1000L), NumberOp.MULTIPLY));
        assertEquals(3000, StrType.length(big));
        assertEquals("abc".repeat(1000), StrType.toJava(big));
    }

    @Test
    void comparison() {
        assertTrue(Abstract.richCompareBool(s, str("a"), str("b"), CompareOp.LT));
        assertTrue(Abstract.richCompareBool(s, str("\u20ac"), str("z"), CompareOp.GT));
        assertTrue(Abstract.richCompareBool(s, str("\ud83d\ude00"), str("\uffff"), CompareOp.GT));
        assertTrue(Abstract.richCompareBool(s, str("ab"), str("abc"), CompareOp.LT));
        assertTrue(Abstract.richCompareBool(s, str("a\u20ac"), str("a\u20ac"), CompareOp.EQ));
        assertFalse(Abstract.richCompareBool(s, str("a"), obj(1L), CompareOp.EQ));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'",
                outcome(() -> Abstract.richCompare(s, str("a"), obj(1L), CompareOp.LT)));
    }

    @Test
    void containment() {
        assertTrue(Abstract.contains(s, str("abc"), str("bc")));
        assertTrue(Abstract.contains(s, str(""), str("")));
        assertTrue(Abstract.contains(s, str(MIXED), str("b\ud83d\ude00")));
        assertFalse(Abstract.contains(s, str("abc"), str("\u20ac")));
        assertFalse(Abstract.contains(s, str("abc"), str("abcd")));
        assertEquals("TypeError: 'in <string>' requires string as left operand, not int",
                raisesText(() -> Abstract.contains(s, str("a"), obj(1L))));
        assertEquals(5, Abstract.length(s, str(MIXED)));
    }

    @Test
    void hashIsCpythonsWithSeedZero() {
        assertEquals(-4594863902769663758L, Abstract.hash(s, str("abc")));
        assertEquals(-5529981157763016009L, Abstract.hash(s, str("\u20ac")));
        assertEquals(-3536540696076613844L, Abstract.hash(s, str("\ud83d\ude00")));
        assertEquals(0, Abstract.hash(s, str("")));
        assertEquals(3291541819775287794L, Abstract.hash(s, str("a".repeat(20))));
        assertEquals(-1275258987974197675L, Abstract.hash(s, str(MIXED)));
    }

    @Test
    void repr() {
        assertEquals("\"a'b\"", repr(str("a'b")));
        assertEquals("'a\"b'", repr(str("a\"b")));
        assertEquals("'a\\'\"b'", repr(str("a'\"b")));
        assertEquals("'\\x00\\x7f\\x80\\xa0\\xad'", repr(str("\u0000\u007f\u0080\u00a0\u00ad")));
        assertEquals("'\\u2028\\u0378\\ud800'", repr(str("\u2028\u0378\ud800")));
        assertEquals("'\ud83d\ude00\\U000e0001\u0301'", repr(str("\ud83d\ude00\udb40\udc01\u0301")));
        assertEquals("'tab\\t\\\\'", repr(str("tab\t\\")));
        assertEquals("'\u00e9\u20ac'", repr(str("\u00e9\u20ac")));
    }

    @Test
    void constructor() {
        long strType = space.type(BuiltinType.STR);
        assertEquals("''", outcome(() -> Abstract.call(s, strType, space.emptyTuple(), 0)));
        assertEquals("'12'", outcome(() -> Abstract.call(s, strType, tuple(obj(12L)), 0)));
        assertEquals("\"b'x'\"", outcome(() -> Abstract.call(s, strType, tuple(obj(b("x"))), 0)));
        assertEquals("'\u00ff'", outcome(() -> Abstract.call(s, strType, tuple(obj(b("\u00ff")), str("latin-1")), 0)));
        assertEquals("'\u00e9'", outcome(() -> Abstract.call(s, strType, tuple(obj(ba("\u00c3\u00a9"))), obj(
                java.util.Map.of("encoding", "utf-8")))));
        assertEquals("'\ufffd'", outcome(() -> Abstract.call(s, strType, tuple(obj(b("\u00ff"))), obj(
                java.util.Map.of("errors", "replace")))));
        assertEquals("TypeError: decoding str is not supported",
                outcome(() -> Abstract.call(s, strType, tuple(str("x"), str("ascii")), 0)));
        assertEquals("TypeError: decoding to str: need a bytes-like object, int found",
                outcome(() -> Abstract.call(s, strType, tuple(obj(1L), str("ascii")), 0)));
        assertEquals("TypeError: str() argument 'encoding' must be str, not None",
                outcome(this::noneEncoding));
        assertEquals("TypeError: str() takes at most 3 arguments (4 given)",
                outcome(() -> Abstract.call(s, strType, tuple(str("a"), str("b"), str("c"), str("d")), 0)));
    }

    @Test
    void iterationYieldsOneCharacterStrs() {
        long it = track(Abstract.iter(s, str(MIXED)));
        StringBuilder seen = new StringBuilder();
        for (long c = Abstract.next(s, it); c != 0; c = Abstract.next(s, it)) {
            seen.append(repr(c)).append(' ');
            Objects.decref(s, c);
        }
        assertEquals("'a' '\u20ac' 'b' '\ud83d\ude00' 'c' ", seen.toString());
        long dict = obj(java.util.Map.of("k", 1L));
        assertEquals("'k'", repr(track(Abstract.callMethod(s, str(","), "join", dict))), "join takes any iterable");
    }

    private long noneEncoding() {
        long kw = track(DictType.newDict(s));
        DictType.setItemString(s, kw, "encoding", space.none());
        return Abstract.call(s, space.type(BuiltinType.STR), tuple(obj(b("x"))), kw);
    }
}

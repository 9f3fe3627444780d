package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The utf-8, ascii and latin-1 codecs with their error handlers and CPython's exact
 * UnicodeEncodeError/UnicodeDecodeError messages (ranges included), against CPython 3.11.
 */
class StrCodecsTest extends StrTestSupport {
    @Test
    void encode() {
        eq("UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)", "\u00e9\u00e9", "encode", new Object[] {"ascii"});
        eq("b'a?b?'", "a\u00e9b\u20ac", "encode", new Object[] {"ascii", "replace"});
        eq("b'a\\\\xe9b\\\\u20ac\\\\U0001f600'", "a\u00e9b\u20ac\ud83d\ude00", "encode", new Object[] {"ascii", "backslashreplace"});
        eq("b'a\\xe9&#8364;'", "a\u00e9\u20ac", "encode", new Object[] {"latin-1", "xmlcharrefreplace"});
        eq("b'a\\x80\\xffb'", "a\udc80\udcffb", "encode", new Object[] {"utf-8", "surrogateescape"});
        eq("b'a\\xed\\xa0\\x80b'", "a\ud800b", "encode", new Object[] {"utf-8", "surrogatepass"});
        eq("b'a??b'", "a\ud800\ud801b", "encode", new Object[] {"utf-8", "replace"});
        eq("b'a\\\\ud800b'", "a\ud800b", "encode", new Object[] {"utf-8", "backslashreplace"});
        eq("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)", "\udc80\u00e9", "encode", new Object[] {"ascii", "surrogateescape"});
        eq("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", "\u00e9", "encode", new Object[] {"ascii", "surrogateescape"});
        eq("b'x'", "x", "encode", new Object[] {"UTF8"});
        eq("b'x'", "x", "encode", new Object[] {"Latin_1"});
        eq("b'x'", "x", "encode", new Object[] {"us-ascii"});
        eq("b'x'", "x", "encode", new Object[] {"iso-8859-1"});
        eq("b'x'", "x", "encode", new Object[] {" utf 8 "});
        eqKw("b'x'", "x", "encode", dict("errors", "foo", "encoding", "ascii"));
        eq("TypeError: encode() argument 'errors' must be str, not int", "x", "encode", new Object[] {"utf8", 1L});
        eq("LookupError: unknown encoding: ", "a", "encode", new Object[] {""});
        eq("ValueError: embedded null character", "a\u0000", "encode", new Object[] {"utf-8\u0000"});
        eq("TypeError: encode() argument 'encoding' must be str, not int", "a", "encode", new Object[] {1L});
        eq("LookupError: unknown encoding: foo", "a", "encode", new Object[] {"foo"});
        eq("b''", "", "encode", new Object[] {"utf-8", "foo"});
        eq("LookupError: unknown error handler name 'foo'", "\u00e9", "encode", new Object[] {"ascii", "foo"});
        eq("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", "\u00e9", "encode", new Object[] {"ascii"});
        eq("UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed", "\ud800", "encode", new Object[] {"utf-8"});
        eq("UnicodeEncodeError: 'utf-8' codec can't encode characters in position 2-3: surrogates not allowed", "ab\udfff\ud800", "encode", new Object[] {"utf-8"});
        eq("UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)", "\u20ac", "encode", new Object[] {"latin-1"});
        eq("UnicodeEncodeError: 'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)", "\ud83d\ude00", "encode", new Object[] {"latin-1"});
        eq("b'a\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80\\xc3\\xa9'", "a\u20ac\ud83d\ude00\u00e9", "encode");
        eq("b'a\\xe9'", "a\u00e9", "encode", new Object[] {"latin-1"});
        eq("b'abc'", "abc", "encode", new Object[] {"ascii"});
        eq("b'\\\\N{EURO SIGN}'", "\u20ac", "encode", new Object[] {"ascii", "namereplace"});
        eq("TypeError: encode() takes at most 2 arguments (3 given)", "a", "encode", new Object[] {"a", "b", "c"});
        eq("b'a'", "a\u20ac", "encode", new Object[] {"latin-1", "ignore"});
        eq("b'\\xc3\\xbf'", "\u00ff", "encode", new Object[] {"utf-8"});
        eq("b'\\xf4\\x8f\\xbf\\xbf'", "\udbff\udfff", "encode");
        eq("b'\\xdf\\xbf\\xe0\\xa0\\x80\\xef\\xbf\\xbf'", "\u07ff\u0800\uffff", "encode");
    }

    @Test
    void decode() {
        eq("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", b("\u00e2\u0082a"), "decode");
        eq("UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)", b("\u00ff\u00fe"), "decode", new Object[] {"ascii"});
        eq("'a\ufffdb\ufffd'", b("a\u00ffb\u00e2\u0082"), "decode", new Object[] {"utf-8", "replace"});
        eq("'a\\\\xffb\\\\xe2\\\\x82'", b("a\u00ffb\u00e2\u0082"), "decode", new Object[] {"utf-8", "backslashreplace"});
        eq("'a\\udcffb'", b("a\u00ffb"), "decode", new Object[] {"utf-8", "surrogateescape"});
        eq("'a\\ud800b'", b("a\u00ed\u00a0\u0080b"), "decode", new Object[] {"utf-8", "surrogatepass"});
        eq("'\ufffd\ufffd\ufffd\ufffd'", b("\u00f0\u0080\u0080\u0080"), "decode", new Object[] {"utf-8", "replace"});
        eq("'\ufffd\ufffd\ufffd\ufffd'", b("\u00f4\u0090\u0080\u0080"), "decode", new Object[] {"utf-8", "replace"});
        eq("'\ufffd'", b("\u00c2"), "decode", new Object[] {"utf-8", "replace"});
        eq("LookupError: unknown error handler name 'foo'", b("\u00ff"), "decode", new Object[] {"ascii", "foo"});
        eq("TypeError: decode() argument 'encoding' must be str, not int", b("x"), "decode", new Object[] {1L});
        eq("'abc'", b("\u0080abc"), "decode", new Object[] {"utf-8", "ignore"});
        eq("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", b("\u00ff"), "decode", new Object[] {"utf-8"});
        eq("UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)", b("\u00ff"), "decode", new Object[] {"ascii"});
        eq("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data", b("ab\u00e9"), "decode");
        eq("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", b("\u00e9a"), "decode");
        eq("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", b("\u00ed\u00a0\u0080"), "decode");
        eq("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", b("\u00e2\u0082"), "decode");
        eq("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", b("\u00f0\u0090\u0080"), "decode");
        eq("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte", b("\u00f5"), "decode");
        eq("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", b("\u00c0\u0080"), "decode");
        eq("'\u20ac\ud83d\ude00\u00e9'", b("\u00e2\u0082\u00ac\u00f0\u009f\u0098\u0080\u00c3\u00a9"), "decode");
        eq("'\u00ff\u00e9'", b("\u00ff\u00e9"), "decode", new Object[] {"latin-1"});
        eq("LookupError: unknown encoding: foo", b("x"), "decode", new Object[] {"foo"});
        eqKw("'x'", b("x"), "decode", dict("encoding", "ascii"));
        eq("'\u00e9'", ba("\u00c3\u00a9"), "decode");
        eq("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", ba("\u00ff"), "decode");
        eq("'\\U0010ffff'", b("\u00f4\u008f\u00bf\u00bf"), "decode");
        eq("'\\ud7ff'", b("\u00ed\u009f\u00bf"), "decode");
        eq("'\u0800\ufffd\ufffd\ufffd'", b("\u00e0\u00a0\u0080\u00e0\u009f\u0080"), "decode", new Object[] {"utf-8", "replace"});
    }

    @Test
    void unicodeErrorArgsAreCpythons() {
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Codecs.encode(s, str("a\u00e9\u00e9b"), "ascii", "strict"));
        try {
            assertEquals("('ascii', 'a\u00e9\u00e9b', 1, 3, 'ordinal not in range(128)')",
                    Abstract.reprJava(s, ExceptionTypes.args(e.exception())));
            assertEquals("UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
                    e.getMessage());
        } finally {
            e.release(s);
        }
    }
}

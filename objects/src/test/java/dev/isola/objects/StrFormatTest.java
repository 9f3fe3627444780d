package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code str.format} (fields, conversions, nested specs, numbering) and printf-style {@code %}, against CPython 3.11. */
class StrFormatTest extends StrTestSupport {
    @Test
    void formatMethod() {
        eq("'1-a'", "{}-{}", "format", new Object[] {1L, "a"});
        eq("'bab'", "{1}{0}{1}", "format", new Object[] {"a", "b"});
        eq("\"  'a'\"", "{0!r:>5}", "format", new Object[] {"a"});
        eq("\"'\\\\xe9\\\\U0001f600'\"", "{!a}", "format", new Object[] {"\u00e9\ud83d\ude00"});
        eq("'  1.5  '", "{!s:^7}", "format", new Object[] {1.5d});
        eq("'    3'", "{0:{1}{2}}", "format", new Object[] {3L, ">", 5L});
        eq("'x'", "{0[0]}", "format", new Object[] {"xy"});
        eq("'8'", "{0[1]}", "format", new Object[] {java.util.Arrays.asList(7L, 8L)});
        eq("'1'", "{0[a]}", "format", new Object[] {dict("a", 1L)});
        eq("'1:None'", "{0.start}:{0.step}", "format", new Object[] {sl(1L, 2L, null)});
        eq("'x{y}z'", "x{{y}}z", "format");
        eq("'}'", "}}", "format");
        eq("'1'", "{:}", "format", new Object[] {1L});
        eq("'7'", "{00}", "format", new Object[] {7L});
        eq("'5'", "{\u0660}", "format", new Object[] {5L});
        eqKw("'Bob!'", "{name}!", "format", dict("name", "Bob"));
        eqKw("'x  |'", "{a:{w}}|", "format", dict("a", "x", "w", 3L));
        eqKw("'  1'", "{0:{a}}", "format", dict("a", ">3"), new Object[] {1L});
        eq("'\u20ac\u00e9\ud83d\ude00'", "\u20ac{}\ud83d\ude00", "format", new Object[] {"\u00e9"});
        eq("'100.000000%'", "{:%}", "format", new Object[] {1L});
        eq("'1,000,000'", "{:,}", "format", new Object[] {1000000L});
        eq("ValueError: Single '{' encountered in format string", "{", "format");
        eq("ValueError: Single '}' encountered in format string", "}", "format");
        eq("ValueError: cannot switch from manual field specification to automatic field numbering", "{0}{}", "format", new Object[] {1L, 2L});
        eq("ValueError: cannot switch from automatic field numbering to manual field specification", "{}{0}", "format", new Object[] {1L, 2L});
        eq("IndexError: Replacement index 1 out of range for positional args tuple", "{1}", "format", new Object[] {1L});
        eq("KeyError: 'a'", "{a}", "format", new Object[] {1L});
        eq("IndexError: Replacement index 0 out of range for positional args tuple", "{}", "format");
        eq("IndexError: string index out of range", "{0[1]}", "format", new Object[] {"a"});
        eq("ValueError: Unknown format code 'd' for object of type 'str'", "{:d}", "format", new Object[] {"a"});
        eq("ValueError: Unknown conversion specifier z", "{!z}", "format", new Object[] {1L});
        eq("ValueError: Unknown conversion specifier \\xe9", "{!\u00e9}", "format", new Object[] {1L});
        eq("ValueError: unmatched '{' in format spec", "{0!}", "format", new Object[] {1L});
        eq("ValueError: expected ':' after conversion specifier", "{0!rr}", "format", new Object[] {1L});
        eq("ValueError: Max string recursion exceeded", "{:{:{}}}", "format", new Object[] {1L, 2L, 3L});
        eq("ValueError: unexpected '{' in field name", "{a{}", "format");
        eq("ValueError: expected '}' before end of string", "{0[}", "format", new Object[] {java.util.Arrays.asList(1L)});
        eq("KeyError: '0]'", "{0]}", "format", new Object[] {java.util.Arrays.asList(1L)});
        eq("ValueError: Empty attribute in format string", "{0.}", "format", new Object[] {1L});
        eq("ValueError: Only '.' or '[' may follow ']' in format field specifier", "{0[0]x}", "format", new Object[] {java.util.Arrays.asList(1L)});
        eq("ValueError: end of string while looking for conversion specifier", "{0!", "format", new Object[] {1L});
        eq("ValueError: expected '}' before end of string", "{0", "format", new Object[] {1L});
        eq("ValueError: unmatched '{' in format spec", "{0:", "format", new Object[] {1L});
        eq("IndexError: Replacement index 1 out of range for positional args tuple", "{:{}}", "format", new Object[] {1L});
        eq("ValueError: unmatched '{' in format spec", "{0!r", "format", new Object[] {1L});
        eq("KeyError: ' 0'", "{ 0}", "format", new Object[] {1L});
        eq("ValueError: Empty attribute in format string", "{0[]}", "format", new Object[] {java.util.Arrays.asList(1L)});
        eq("AttributeError: 'slice' object has no attribute 'missing'", "{0.missing}", "format", new Object[] {sl(null, 1L, null)});
        eq("'1-2'", "{a}-{b}", "format_map", new Object[] {dict("a", 1L, "b", 2L)});
        eq("ValueError: Format string contains positional fields", "{0}", "format_map", new Object[] {dict()});
        eq("KeyError: 'a'", "{a}", "format_map", new Object[] {dict()});
        eq("TypeError: list indices must be integers or slices, not str", "{a}", "format_map", new Object[] {java.util.Arrays.asList()});
        eq("'  x'", "{0[a]:>3}", "format", new Object[] {dict("a", "x")});
    }

    @Test
    void percent() {
        eq("\"a 42 'b' ff 03.14\"", "%s %d %r %x %05.2f", "__mod__", new Object[] {new Object[] {"a", 42L, "b", 255L, 3.14159d}});
        eq("'   ab'", "%05s", "__mod__", new Object[] {"ab"});
        eq("'3    '", "%-05d", "__mod__", new Object[] {3L});
        eq("'-0042'", "%05d", "__mod__", new Object[] {-42L});
        eq("'+5  5'", "%+d % d", "__mod__", new Object[] {new Object[] {5L, 5L}});
        eq("'005'", "%.3d", "__mod__", new Object[] {5L});
        eq("'0x000ff'", "%#.5x", "__mod__", new Object[] {255L});
        eq("'-0xff'", "%#x", "__mod__", new Object[] {-255L});
        eq("'0o10'", "%#o", "__mod__", new Object[] {8L});
        eq("'0XFF'", "%#X", "__mod__", new Object[] {255L});
        eq("'       abc|'", "%10.3s|", "__mod__", new Object[] {"abcdef"});
        eq("'ab    |'", "%-6s|", "__mod__", new Object[] {"ab"});
        eq("'A\u00e9'", "%c%c", "__mod__", new Object[] {new Object[] {65L, "\u00e9"}});
        eq("OverflowError: %c arg not in range(0x110000)", "%c", "__mod__", new Object[] {1114112L});
        eq("TypeError: %c requires int or char", "%c", "__mod__", new Object[] {"ab"});
        eq("TypeError: %c requires int or char", "%c", "__mod__", new Object[] {1.0d});
        eq("'3'", "%d", "__mod__", new Object[] {3.7d});
        eq("TypeError: %x format: an integer is required, not float", "%x", "__mod__", new Object[] {3.0d});
        eq("TypeError: %d format: a real number is required, not str", "%d", "__mod__", new Object[] {"a"});
        eq("TypeError: must be real number, not str", "%f", "__mod__", new Object[] {"a"});
        eq("TypeError: not enough arguments for format string", "%s %s", "__mod__", new Object[] {1L});
        eq("TypeError: not all arguments converted during string formatting", "%s", "__mod__", new Object[] {new Object[] {1L, 2L}});
        eq("'1'", "%(a)s", "__mod__", new Object[] {dict("a", 1L)});
        eq("TypeError: format requires a mapping", "%(a)s", "__mod__", new Object[] {1L});
        eq("ValueError: incomplete format key", "%(a", "__mod__", new Object[] {dict("a", 1L)});
        eq("ValueError: incomplete format", "%", "__mod__", new Object[] {new Object[] {}});
        eq("ValueError: unsupported format character 'z' (0x7a) at index 1", "%z", "__mod__", new Object[] {1L});
        eq("ValueError: unsupported format character '?' (0xe9) at index 1", "%\u00e9", "__mod__", new Object[] {1L});
        eq("'    3'", "%*d", "__mod__", new Object[] {new Object[] {5L, 3L}});
        eq("'3    |'", "%-*d|", "__mod__", new Object[] {new Object[] {5L, 3L}});
        eq("'3.14'", "%.*f", "__mod__", new Object[] {new Object[] {2L, 3.14159d}});
        eq("TypeError: * wants int", "%*d", "__mod__", new Object[] {new Object[] {"a", 3L}});
        eq("'[1]'", "%s", "__mod__", new Object[] {java.util.Arrays.asList(1L)});
        eq("'%'", "%%", "__mod__", new Object[] {new Object[] {}});
        eq("TypeError: not enough arguments for format string", "%5%", "__mod__", new Object[] {new Object[] {}});
        eq("ValueError: unsupported format character '%' (0x25) at index 2", "%5%", "__mod__", new Object[] {new Object[] {1L}});
        eq("'1.234568e+04'", "%e", "__mod__", new Object[] {12345.678d});
        eq("'1.50000'", "%#g", "__mod__", new Object[] {1.5d});
        eq("'1e+20'", "%g", "__mod__", new Object[] {1e+20d});
        eq("'INF'", "%G", "__mod__", new Object[] {Double.POSITIVE_INFINITY});
        eq("'-00003.142'", "%010.3f", "__mod__", new Object[] {-3.14159d});
        eq("'+1.23e-04'", "%+.2e", "__mod__", new Object[] {0.000123d});
        eq("'1 2'", "%i %u", "__mod__", new Object[] {new Object[] {1L, 2L}});
        eq("'5'", "%ld", "__mod__", new Object[] {5L});
        eq("\"'\\\\xe9'\"", "%a", "__mod__", new Object[] {"\u00e9"});
        eq("\"'\u00e9'\"", "%r", "__mod__", new Object[] {"\u00e9"});
        eq("\"b'x'\"", "%s", "__mod__", new Object[] {b("x")});
        eq("'    x|'", "%5c|", "__mod__", new Object[] {"x"});
        eq("'0'", "%.0f", "__mod__", new Object[] {0.5d});
        eq("'1.'", "%#.0f", "__mod__", new Object[] {1.0d});
        eq("'1'", "%x", "__mod__", new Object[] {true});
        eq("'True'", "%s", "__mod__", new Object[] {true});
        eq("' 0005'", "% 05d", "__mod__", new Object[] {5L});
        eq("'+0005'", "%+05d", "__mod__", new Object[] {5L});
        eq("'+5   |'", "%-+5d|", "__mod__", new Object[] {5L});
        eq("'  0xa|'", "%#5x|", "__mod__", new Object[] {10L});
        eq("'0xa     |'", "%#-8x|", "__mod__", new Object[] {10L});
        eq("'0x00000a|'", "%#08x|", "__mod__", new Object[] {10L});
        eq("\"x 'x'\"", "%(a)s %(a)r", "__mod__", new Object[] {dict("a", "x")});
        eq("\"{'a': 1} 1\"", "%s %(a)s", "__mod__", new Object[] {dict("a", 1L)});
        eq("TypeError: not enough arguments for format string", "%(a)s %s", "__mod__", new Object[] {dict("a", 1L)});
        eq("'1267650600228229401496703205376'", "%d", "__mod__", new Object[] {new java.math.BigInteger("1267650600228229401496703205376")});
        eq("'400000000000000000'", "%x", "__mod__", new Object[] {new java.math.BigInteger("1180591620717411303424")});
        eq("'x'", "% s", "__mod__", new Object[] {"x"});
        eq("'x|'", "%0s|", "__mod__", new Object[] {"x"});
        eq("'  A'", "%3c", "__mod__", new Object[] {65L});
        eq("'    A'", "%05c", "__mod__", new Object[] {65L});
        eq("'A'", "%.2c", "__mod__", new Object[] {65L});
        eq("OverflowError: int too large to convert to float", "%f", "__mod__", new Object[] {new java.math.BigInteger("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376")});
        eq("'123'", "%.3s", "__mod__", new Object[] {12345L});
        eq("OverflowError: cannot convert float infinity to integer", "%d", "__mod__", new Object[] {Double.POSITIVE_INFINITY});
        eq("ValueError: cannot convert float NaN to integer", "%d", "__mod__", new Object[] {Double.NaN});
        eq("OverflowError: %c arg not in range(0x110000)", "%c", "__mod__", new Object[] {-1L});
        eq("ValueError: incomplete format", "abc%", "__mod__", new Object[] {new Object[] {}});
        eq("ValueError: incomplete format", "%(a)", "__mod__", new Object[] {dict("a", 1L)});
        eq("ValueError: unsupported format character 'z' (0x7a) at index 4", "%(a)z", "__mod__", new Object[] {dict("a", 1L)});
        eq("TypeError: not enough arguments for format string", "%s", "__mod__", new Object[] {new Object[] {}});
        eq("'    3.14'", "%*.*f", "__mod__", new Object[] {new Object[] {8L, 2L, 3.14159d}});
        eq("''", "%.*s", "__mod__", new Object[] {new Object[] {-1L, "abc"}});
        eq("'a    '", "%*s", "__mod__", new Object[] {new Object[] {-5L, "a"}});
        eq("'-0003'", "%0*d", "__mod__", new Object[] {new Object[] {5L, -3L}});
        eq("'  2.2|1.234e+03|'", "%5.1f|%-8.3e|", "__mod__", new Object[] {new Object[] {2.25d, 1234.5d}});
        eq("'-10'", "%o", "__mod__", new Object[] {-8L});
        eq("' None|'", "%5s|", "__mod__", new Object[] {null});
        eq("TypeError: not all arguments converted during string formatting", "abc", "__mod__", new Object[] {5L});
        eq("'abc'", "abc", "__mod__", new Object[] {java.util.Arrays.asList()});
        eq("'\u20ac\u00e9\ud83d\ude00'", "\u20ac%s\ud83d\ude00", "__mod__", new Object[] {"\u00e9"});
        eq("TypeError: list indices must be integers or slices, not str", "%(x)s", "__mod__", new Object[] {java.util.Arrays.asList()});
        eq("'(1,)'", "%s", "__mod__", new Object[] {new Object[] {new Object[] {1L}}});
        eq("KeyError: 'b'", "%(a)s %(b)s", "__mod__", new Object[] {dict("a", 1L)});
    }

    @Test
    void percentIsTheRemainderSlot() {
        assertEquals("'x=1'", outcome(() -> Abstract.binaryOp(s, str("x=%d"), obj(1L), NumberOp.REMAINDER)));
        assertEquals("TypeError: unsupported operand type(s) for %: 'int' and 'str'",
                outcome(() -> Abstract.binaryOp(s, obj(1L), str("x"), NumberOp.REMAINDER)));
    }
}

package dev.isola.objects;

import org.junit.jupiter.api.Test;

/** The searching, splitting and padding methods of str against CPython 3.11 (expected values printed by it). */
class StrMethodsTest extends StrTestSupport {
    @Test
    void split() {
        eq("['a', 'b', 'c']", "  a  b  c  ", "split");
        eq("['a', 'b  c  ']", "  a  b  c  ", "split", new Object[] {null, 1L});
        eq("['  a  b', 'c']", "  a  b  c  ", "rsplit", new Object[] {null, 1L});
        eq("[]", "  ", "split");
        eq("[]", "", "split");
        eq("['']", "", "split", new Object[] {"x"});
        eq("['a', 'b', 'c']", "axbxc", "split", new Object[] {"x"});
        eq("['axbxc']", "axbxc", "split", new Object[] {"x", 0L});
        eq("['a', 'bxc']", "axbxc", "split", new Object[] {"x", 1L});
        eq("['axb', 'c']", "axbxc", "rsplit", new Object[] {"x", 1L});
        eq("['a', 'b', 'c']", "axbxc", "rsplit", new Object[] {"x", -1L});
        eq("['a', 'b', 'c', 'd', 'e\\u200bf']", "a\u2028b\u001cc\u0085d\u00a0e\u200bf", "split");
        eq("['a', 'b', 'c']", "a\u20acb\u20acc", "split", new Object[] {"\u20ac"});
        eq("['a\u20acb', 'c']", "a\u20acb\ud83d\ude00c", "split", new Object[] {"\ud83d\ude00"});
        eq("['', 'a']", "aaa", "split", new Object[] {"aa"});
        eq("['a', '']", "aaa", "rsplit", new Object[] {"aa"});
        eq("ValueError: empty separator", "abc", "split", new Object[] {""});
        eq("TypeError: must be str or None, not int", "abc", "split", new Object[] {1L});
        eq("TypeError: 'str' object cannot be interpreted as an integer", "abc", "split", new Object[] {"b", "x"});
        eq("TypeError: split() takes at most 2 arguments (3 given)", "abc", "split", new Object[] {"b", 1L, 2L});
        eqKw("['a', 'b c']", "a b c", "split", dict("maxsplit", 1L));
        eqKw("['a-b', 'c']", "a-b-c", "rsplit", dict("sep", "-", "maxsplit", 1L));
        eqKw("TypeError: 'x' is an invalid keyword argument for split()", "a b", "split", dict("x", 1L));
        eqKw("TypeError: argument for split() given by name ('sep') and position (1)", "a b", "split", dict("sep", " "), new Object[] {" "});
        eq("OverflowError: Python int too large to convert to C ssize_t", "a b", "split", new Object[] {null, new java.math.BigInteger("1180591620717411303424")});
    }

    @Test
    void splitlines() {
        eq("['a', 'b', 'c', '', 'd', 'e']", "a\r\nb\rc\n\u001cd\u2028e", "splitlines");
        eq("['a\\r\\n', 'b\\r', 'c\\n', '\\x1c', 'd\\u2028', 'e']", "a\r\nb\rc\n\u001cd\u2028e", "splitlines", new Object[] {true});
        eq("['abc']", "abc", "splitlines");
        eq("['']", "\n", "splitlines");
        eq("[]", "", "splitlines");
        eq("['a\\x0b', 'b\\x0c', 'c\\x1d', 'd\\x1e', 'e\\x85', 'f\\u2029', 'g\\x1fh']", "a\u000bb\u000cc\u001dd\u001ee\u0085f\u2029g\u001fh", "splitlines", new Object[] {true});
        eq("['a', '', 'b', '']", "a\n\nb\r\r\n", "splitlines");
        eq("TypeError: splitlines() takes at most 1 argument (2 given)", "x", "splitlines", new Object[] {1L, 2L});
        eqKw("['x\\n', 'y']", "x\ny", "splitlines", dict("keepends", true));
        eq("TypeError: 'str' object cannot be interpreted as an integer", "x", "splitlines", new Object[] {"a"});
    }

    @Test
    void join() {
        eq("'a,b,c'", ",", "join", new Object[] {java.util.Arrays.asList("a", "b", "c")});
        eq("'a'", ",", "join", new Object[] {new Object[] {"a"}});
        eq("''", "", "join", new Object[] {java.util.Arrays.asList()});
        eq("'a\u20ac\ud83d\ude00'", "\u20ac", "join", new Object[] {java.util.Arrays.asList("a", "\ud83d\ude00")});
        eq("'a,b,c'", ",", "join", new Object[] {"abc"});
        eq("TypeError: sequence item 0: expected str instance, int found", ",", "join", new Object[] {java.util.Arrays.asList(1L)});
        eq("TypeError: sequence item 1: expected str instance, int found", ",", "join", new Object[] {java.util.Arrays.asList("a", 2L)});
        eq("TypeError: can only join an iterable", ",", "join", new Object[] {1L});
        eq("TypeError: str.join() takes exactly one argument (0 given)", ",", "join");
        eq("'ab--c'", "-", "join", new Object[] {new Object[] {"ab", "", "c"}});
    }

    @Test
    void strip() {
        eq("'xx'", "  xx  ", "strip");
        eq("'x'", "\u3000\u0085x\u2029\t", "strip");
        eq("'a'", "xxaxx", "strip", new Object[] {"x"});
        eq("'cba'", "abcba", "lstrip", new Object[] {"ab"});
        eq("'abc'", "abcba", "rstrip", new Object[] {"ab"});
        eq("'abc'", "abc", "strip", new Object[] {null});
        eq("'a'", "\ud83d\ude00a\ud83d\ude00", "strip", new Object[] {"\ud83d\ude00"});
        eq("''", "", "strip", new Object[] {"x"});
        eq("TypeError: strip arg must be None or str", "abc", "strip", new Object[] {1L});
        eq("TypeError: strip expected at most 1 argument, got 2", "abc", "strip", new Object[] {"a", "b"});
        eq("''", "aaa", "strip", new Object[] {"a"});
    }

    @Test
    void replace() {
        eq("'-a-b-c-'", "abc", "replace", new Object[] {"", "-"});
        eq("'-a-bc'", "abc", "replace", new Object[] {"", "-", 2L});
        eq("'bbb'", "aaa", "replace", new Object[] {"a", "b", -2L});
        eq("'bbbba'", "aaa", "replace", new Object[] {"a", "bb", 2L});
        eq("'abc'", "abc", "replace", new Object[] {"x", "y"});
        eq("'aeb'", "a\u20acb", "replace", new Object[] {"\u20ac", "e"});
        eq("'a\ud83d\ude00b\ud83d\ude00c'", "aXbXc", "replace", new Object[] {"X", "\ud83d\ude00"});
        eq("'bb'", "aaaa", "replace", new Object[] {"aa", "b"});
        eq("'x'", "", "replace", new Object[] {"", "x"});
        eq("''", "abc", "replace", new Object[] {"abc", ""});
        eq("TypeError: replace() argument 1 must be str, not int", "abc", "replace", new Object[] {1L, "a"});
        eq("TypeError: replace() argument 2 must be str, not int", "abc", "replace", new Object[] {"a", 2L});
        eq("TypeError: replace expected at least 2 arguments, got 1", "abc", "replace", new Object[] {"a"});
        eq("TypeError: 'str' object cannot be interpreted as an integer", "abc", "replace", new Object[] {"a", "b", "c"});
        eq("TypeError: replace expected at most 3 arguments, got 4", "abc", "replace", new Object[] {"a", "b", 1L, 2L});
        eq("OverflowError: Python int too large to convert to C ssize_t", "abc", "replace", new Object[] {"a", "b", new java.math.BigInteger("1180591620717411303424")});
    }

    @Test
    void find() {
        eq("2", "abcabc", "find", new Object[] {"c"});
        eq("5", "abcabc", "rfind", new Object[] {"c"});
        eq("5", "abcabc", "find", new Object[] {"c", 3L});
        eq("5", "abcabc", "find", new Object[] {"c", -2L});
        eq("-1", "abcabc", "find", new Object[] {"c", 0L, 2L});
        eq("-1", "abcabc", "find", new Object[] {"x"});
        eq("3", "abc", "find", new Object[] {"", 3L});
        eq("-1", "abc", "find", new Object[] {"", 4L});
        eq("3", "abc", "rfind", new Object[] {""});
        eq("2", "abc", "find", new Object[] {"", -1L});
        eq("2", "abc", "rfind", new Object[] {"", 1L, 2L});
        eq("3", "a\u20acb\ud83d\ude00c", "find", new Object[] {"\ud83d\ude00"});
        eq("2", "a\u20acb\ud83d\ude00c", "find", new Object[] {"b\ud83d\ude00"});
        eq("0", "abc", "find", new Object[] {"a", null, null});
        eq("-1", "abc", "find", new Object[] {"a", new java.math.BigInteger("1180591620717411303424")});
        eq("2", "abc", "find", new Object[] {"c", new java.math.BigInteger("-1180591620717411303424")});
        eq("TypeError: slice indices must be integers or None or have an __index__ method", "abc", "find", new Object[] {"a", "x"});
        eq("TypeError: must be str, not int", "abc", "find", new Object[] {1L});
        eq("TypeError: find() takes at least 1 argument (0 given)", "abc", "find");
        eq("TypeError: find() takes at most 3 arguments (4 given)", "abc", "find", new Object[] {"a", 1L, 2L, 3L});
        eq("2", "abc", "index", new Object[] {"c"});
        eq("ValueError: substring not found", "abc", "index", new Object[] {"x"});
        eq("ValueError: substring not found", "abc", "rindex", new Object[] {"x"});
        eq("3", "abcb", "rindex", new Object[] {"b"});
        eq("-1", "abc", "find", new Object[] {"\u20ac"});
        eq("2", "aaaa", "count", new Object[] {"aa"});
        eq("4", "abc", "count", new Object[] {""});
        eq("2", "abc", "count", new Object[] {"", 1L, 2L});
        eq("0", "abc", "count", new Object[] {"", 5L});
        eq("1", "abc", "count", new Object[] {"", 3L});
        eq("0", "abc", "count", new Object[] {"b", -1L});
        eq("TypeError: count() takes at least 1 argument (0 given)", "abc", "count");
        eq("2", "a\ud83d\ude00a", "count", new Object[] {"a"});
    }

    @Test
    void startswith() {
        eq("True", "abc", "startswith", new Object[] {"ab"});
        eq("True", "abc", "startswith", new Object[] {"", 3L});
        eq("False", "abc", "startswith", new Object[] {"", 4L});
        eq("True", "abc", "endswith", new Object[] {new Object[] {"x", "c"}});
        eq("True", "abc", "startswith", new Object[] {"bc", -2L});
        eq("True", "abc", "endswith", new Object[] {"ab", 0L, 2L});
        eq("False", "abc", "endswith", new Object[] {"", 5L});
        eq("False", "abc", "startswith", new Object[] {new Object[] {}});
        eq("TypeError: startswith first arg must be str or a tuple of str, not int", "abc", "startswith", new Object[] {1L});
        eq("TypeError: tuple for startswith must only contain str, not int", "abc", "startswith", new Object[] {new Object[] {1L}});
        eq("True", "abc", "startswith", new Object[] {new Object[] {"a", 1L}});
        eq("TypeError: endswith first arg must be str or a tuple of str, not int", "abc", "endswith", new Object[] {1L});
        eq("TypeError: startswith() takes at least 1 argument (0 given)", "abc", "startswith");
        eq("True", "a\u20acb\ud83d\ude00c", "endswith", new Object[] {"\ud83d\ude00c"});
        eq("True", "abc", "startswith", new Object[] {"a", null, 2L});
    }

    @Test
    void partition() {
        eq("('a', ',', 'b,c')", "a,b,c", "partition", new Object[] {","});
        eq("('a,b', ',', 'c')", "a,b,c", "rpartition", new Object[] {","});
        eq("('abc', '', '')", "abc", "partition", new Object[] {"x"});
        eq("('', '', 'abc')", "abc", "rpartition", new Object[] {"x"});
        eq("ValueError: empty separator", "abc", "partition", new Object[] {""});
        eq("ValueError: empty separator", "abc", "rpartition", new Object[] {""});
        eq("TypeError: must be str, not int", "abc", "partition", new Object[] {1L});
        eq("('a', '\u20ac', 'b')", "a\u20acb", "partition", new Object[] {"\u20ac"});
        eq("'c'", "abc", "removeprefix", new Object[] {"ab"});
        eq("'a'", "abc", "removesuffix", new Object[] {"bc"});
        eq("'abc'", "abc", "removesuffix", new Object[] {""});
        eq("'abc'", "abc", "removeprefix", new Object[] {"x"});
        eq("TypeError: removeprefix() argument must be str, not int", "abc", "removeprefix", new Object[] {1L});
        eq("'abc'", "abc", "removesuffix", new Object[] {"abcd"});
    }

    @Test
    void pad() {
        eq("'-00042'", "-42", "zfill", new Object[] {6L});
        eq("'+00'", "+", "zfill", new Object[] {3L});
        eq("'abc'", "abc", "zfill", new Object[] {2L});
        eq("'000'", "", "zfill", new Object[] {3L});
        eq("'00\u20ac'", "\u20ac", "zfill", new Object[] {3L});
        eq("TypeError: str.zfill() takes exactly one argument (0 given)", "a", "zfill");
        eq("TypeError: 'str' object cannot be interpreted as an integer", "a", "zfill", new Object[] {"a"});
        eq("OverflowError: Python int too large to convert to C ssize_t", "a", "zfill", new Object[] {new java.math.BigInteger("1180591620717411303424")});
        eq("MemoryError", "a", "zfill", new Object[] {4611686018427387904L});
        eq("'*abc**'", "abc", "center", new Object[] {6L, "*"});
        eq("'**abc***'", "abc", "center", new Object[] {8L, "*"});
        eq("'**ab*'", "ab", "center", new Object[] {5L, "*"});
        eq("' a  '", "a", "center", new Object[] {4L});
        eq("'abc\u20ac\u20ac\u20ac'", "abc", "ljust", new Object[] {6L, "\u20ac"});
        eq("'   abc'", "abc", "rjust", new Object[] {6L});
        eq("'abc'", "abc", "rjust", new Object[] {2L});
        eq("'\ud83d\ude00\ud83d\ude00a'", "a", "rjust", new Object[] {3L, "\ud83d\ude00"});
        eq("TypeError: ljust expected at least 1 argument, got 0", "a", "ljust");
        eq("TypeError: The fill character must be exactly one character long", "a", "ljust", new Object[] {1L, "ab"});
        eq("TypeError: The fill character must be a unicode character, not int", "a", "ljust", new Object[] {1L, 1L});
        eq("TypeError: center expected at most 2 arguments, got 3", "a", "center", new Object[] {1L, 2L, 3L});
        eq("OverflowError: Python int too large to convert to C ssize_t", "a", "ljust", new Object[] {new java.math.BigInteger("1180591620717411303424")});
        eq("'a'", "a", "center", new Object[] {-5L});
        eq("'a   b   cd\\n    x'", "a\tb\tcd\n\tx", "expandtabs", new Object[] {4L});
        eq("'ab'", "a\tb", "expandtabs", new Object[] {-1L});
        eq("'a       b'", "a\tb", "expandtabs");
        eq("'  \\r  '", "\t\r\t", "expandtabs", new Object[] {2L});
        eq("TypeError: 'str' object cannot be interpreted as an integer", "a\tb", "expandtabs", new Object[] {"a"});
        eqKw("'a  b'", "a\tb", "expandtabs", dict("tabsize", 3L));
        eq("'\u20ac   x'", "\u20ac\tx", "expandtabs", new Object[] {4L});
    }

    @Test
    void translate() {
        eq("'X\u20acX'", "abcab", "translate", new Object[] {dict(97L, "X", 98L, null, 99L, 8364L)});
        eq("ValueError: character mapping must be in range(0x110000)", "a", "translate", new Object[] {dict(97L, 1114112L)});
        eq("TypeError: character mapping must return integer, None or str", "a", "translate", new Object[] {dict(97L, 1.5d)});
        eq("TypeError: 'int' object is not subscriptable", "a", "translate", new Object[] {1L});
        eq("'abc'", "abc", "translate", new Object[] {java.util.Arrays.asList(null, "x")});
        eq("TypeError: str.translate() takes exactly one argument (0 given)", "a", "translate");
        eq("'xyz'", "ab", "translate", new Object[] {dict(97L, "xyz", 98L, "")});
        eq("'ba'", "\ud83d\ude00a", "translate", new Object[] {dict(128512L, "b")});
    }
}

"""The JSON decoder: JSONDecoder, JSONDecodeError and scanstring.

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name. Positions in error
messages are those CPython's C scanner reports.
"""

from . import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError raised for a document that is not JSON.

    msg: the unformatted message; doc: the document; pos: the index in doc
    where parsing failed; lineno, colno: the line and column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

_HEX = '0123456789abcdefABCDEF'


def _hex4(s, at):
    """The value of the four hex digits at s[at:at+4], or -1 if they are not."""
    value = 0
    for i in range(at, at + 4):
        c = s[i]
        if c not in _HEX:
            return -1
        value = value * 16 + int(c, 16)
    return value


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the quote).

    Returns (str, index after the closing quote). With strict false, control
    characters may appear unescaped.
    """
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\':
                break
            if strict and c < ' ':
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if i > end:
            chunks.append(s[end:i])
        if s[i] == '"':
            return ''.join(chunks), i + 1
        i += 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[i]
        if c != 'u':
            mapped = _ESCAPES.get(c)
            if mapped is None:
                raise JSONDecodeError("Invalid \\escape", s, i - 1)
            chunks.append(mapped)
            end = i + 1
            continue
        end = i + 5
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
        code = _hex4(s, i + 1)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        chunks.append(chr(code))


py_scanstring = scanstring


def _skip_space(s, i, n):
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None, _w=None, _ws=None):
    """Decode the object whose '{' is just before s_and_end[1]; returns (object, end)."""
    s, i = s_and_end
    n = len(s)
    pairs = []
    if memo is None:
        memo = {}
    i = _skip_space(s, i, n)
    if i >= n or s[i] != '}':
        while True:
            if i >= n or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = scanstring(s, i + 1, strict)
            key = memo.setdefault(key, key)
            i = _skip_space(s, i, n)
            if i >= n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_space(s, i + 1, n)
            value, i = scan_once(s, i)
            pairs.append((key, value))
            i = _skip_space(s, i, n)
            if i < n and s[i] == '}':
                break
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_space(s, i + 1, n)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), i + 1
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, i + 1


def JSONArray(s_and_end, scan_once, _w=None, _ws=None):
    """Decode the array whose '[' is just before s_and_end[1]; returns (list, end)."""
    s, i = s_and_end
    n = len(s)
    values = []
    i = _skip_space(s, i, n)
    if i >= n or s[i] != ']':
        while True:
            value, i = scan_once(s, i)
            values.append(value)
            i = _skip_space(s, i, n)
            if i < n and s[i] == ']':
                break
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_space(s, i + 1, n)
    return values, i + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts, arrays lists, strings str, numbers int or
    float, true/false True/False, null None; NaN, Infinity and -Infinity are
    accepted too. The hooks and parse functions customise each of these.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python object of the JSON document s (a str)."""
        n = len(s)
        obj, end = self.raw_decode(s, idx=_skip_space(s, 0, n))
        end = _skip_space(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]; returns (object, index where it ended)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end

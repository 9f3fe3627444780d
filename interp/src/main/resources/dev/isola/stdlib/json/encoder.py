"""The JSON encoder: JSONEncoder and the string escapers.

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name. Its output matches
CPython's byte for byte.
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape_char(c):
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    code = ord(c)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def py_encode_basestring(s):
    """The JSON string literal of s, non-ASCII characters kept as they are."""
    out = []
    start = 0
    for i, c in enumerate(s):
        if c < ' ' or c == '"' or c == '\\':
            out.append(s[start:i])
            out.append(_escape_char(c))
            start = i + 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """The JSON string literal of s in ASCII: other characters as \\uXXXX escapes."""
    out = []
    start = 0
    for i, c in enumerate(s):
        if c < ' ' or c > '~' or c == '"' or c == '\\':
            out.append(s[start:i])
            out.append(_escape_char(c))
            start = i + 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict becomes an object, list and tuple an array, str a string, int and
    float a number, True/False true/false, None null. Override default() to
    encode other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (what this one does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterator of chunks."""
        return _Encoding(self, _one_shot and self.indent is None).encode(o, 0)


class _Encoding:
    """One run of an encoder over one object: its settings and the containers being encoded."""

    def __init__(self, encoder, terse_errors):
        # CPython's C encoder, which serves one-shot encodes without indent, leaves the value out of the
        # message for NaN and the infinities; its Python encoder puts it in.
        self.terse_errors = terse_errors
        self.markers = {} if encoder.check_circular else None
        self.escape = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.allow_nan = encoder.allow_nan
        self.default = encoder.default
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            message = "Out of range float values are not JSON compliant"
            raise ValueError(message if self.terse_errors else message + ': ' + repr(o))
        return text

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.escape(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def enter(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            marker = self.enter(o)
            yield from self.encode(self.default(o), level)
            self.leave(marker)

    def open(self, bracket, level):
        """The opening text, the separator between items and the closing text at this level."""
        if self.indent is None:
            return bracket, self.item_separator, ''
        inner = '\n' + self.indent * (level + 1)
        return bracket + inner, self.item_separator + inner, '\n' + self.indent * level

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        marker = self.enter(lst)
        prefix, separator, closing = self.open('[', level)
        for value in lst:
            text = self.scalar(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.encode(value, level + 1)
            prefix = separator
        yield closing + ']'
        self.leave(marker)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        marker = self.enter(dct)
        prefix, separator, closing = self.open('{', level)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        empty = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            text = self.scalar(value)
            head = prefix + self.escape(key) + self.key_separator
            if text is not None:
                yield head + text
            else:
                yield head
                yield from self.encode(value, level + 1)
            prefix = separator
            empty = False
        if empty:
            yield prefix
        yield closing + '}'
        self.leave(marker)

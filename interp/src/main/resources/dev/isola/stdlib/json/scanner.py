"""The JSON value scanner the decoder builds from its settings.

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name.
"""

__all__ = ['make_scanner']

_DIGITS = '0123456789'


def _match_number(s, i, n):
    """The end of the JSON number at s[i], and whether it is a float; end -1 if none is there."""
    start = i
    if i < n and s[i] == '-':
        i += 1
    if i >= n:
        return -1, False
    if s[i] == '0':
        i += 1
    elif s[i] in _DIGITS:
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return -1, False
    is_float = False
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        is_float = True
        i += 2
        while i < n and s[i] in _DIGITS:
            i += 1
    if i + 1 < n and s[i] in 'eE':
        e = i + 1
        if s[e] in '+-':
            e += 1
        digits = e
        while e < n and s[e] in _DIGITS:
            e += 1
        if e > digits:
            is_float = True
            i = e
    return i, is_float


def make_scanner(context):
    """scan_once(string, idx) -> (value, end) for the decoder context; StopIteration(idx) when no value is there."""
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    strict = context.strict
    memo = context.memo

    def scan(s, i):
        n = len(s)
        if i >= n:
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return parse_string(s, i + 1, strict)
        if c == '{':
            return parse_object((s, i + 1), strict, scan, object_hook, object_pairs_hook, memo)
        if c == '[':
            return parse_array((s, i + 1), scan)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return parse_constant('-Infinity'), i + 9
        end, is_float = _match_number(s, i, n)
        if end < 0:
            raise StopIteration(i)
        if is_float:
            return parse_float(s[i:end]), end
        return parse_int(s[i:end]), end

    def scan_once(s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return scan(s, idx)
        finally:
            memo.clear()

    return scan_once


py_make_scanner = make_scanner

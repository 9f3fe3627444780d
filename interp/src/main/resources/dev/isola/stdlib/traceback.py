"""Printing and formatting of exceptions and their tracebacks, in CPython's format.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name; the text comes from the interpreter's own formatter, the one
that prints uncaught exceptions. Frames of the running stack are not available
(extract_stack and print_stack give nothing).
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']


class FrameSummary:
    """One entry of a traceback: filename, lineno, name and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for f in self:
            row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                row += '    {}\n'.format(f.line.strip())
            result.append(row)
        return result


def extract_tb(tb, limit=None):
    """The entries of a traceback as a StackSummary."""
    entries = [FrameSummary(f, l, n, line=t) for f, l, n, t in _traceback.entries(tb)]
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return StackSummary(entries)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def _value(exc, value):
    if value is _sentinel:
        return exc
    return value


_sentinel = object()


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines an uncaught exception prints: traceback and exception line, chained causes first."""
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format(value, chain))


def format_exception_only(exc, /, value=_sentinel):
    """The exception line(s) alone."""
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints an exception as an uncaught one is printed (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return "".join(format_exception(sys.exception() if hasattr(sys, 'exception') else sys.exc_info()[1],
                                    limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(sys.exception() if hasattr(sys, 'exception') else sys.exc_info()[1],
                    limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def walk_stack(f):
    """Yields (frame, lineno) from f (default: the caller's frame) outwards."""
    if f is None:
        f = sys._getframe(1).f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame to f (default: the caller), as a StackSummary."""
    if f is None:
        f = sys._getframe(1)
    entries = []
    for frame, lineno in walk_stack(f):
        filename = frame.f_code.co_filename
        line = _traceback.source_line(filename, lineno).strip()
        entries.append(FrameSummary(filename, lineno, frame.f_code.co_name, line=line or None))
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    entries.reverse()
    return StackSummary(entries)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for item in format_list(extract_stack(f, limit)):
        print(item, file=file, end="")


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for formatting later."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self.exc_type = exc_type
        self._exc = exc_value
        self.stack = extract_tb(exc_traceback, limit) if exc_traceback is not None else StackSummary()
        self._str = str(exc_value) if exc_value is not None else ''
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, chain=chain)

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

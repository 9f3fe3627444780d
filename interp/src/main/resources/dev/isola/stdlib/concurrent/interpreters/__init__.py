"""Multiple interpreters in one process (PEP 734), as CPython 3.14 offers them.

Part of Isola's standard library, written for Isola after PEP 734 and the documentation of
CPython 3.14's module. Each interpreter has its own lock and its own memory, so code running in
different interpreters runs in parallel: call_in_thread() (or exec()/call() from threads of
your own) puts every core to work. Objects do not cross between interpreters; only shareable
ones (None, bools, ints, floats, strs, bytes and tuples of them) are copied.
"""

import threading as _threading
import _interpreters

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter', 'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
]

InterpreterError = _interpreters.InterpreterError
InterpreterNotFoundError = _interpreters.InterpreterNotFoundError
NotShareableError = _interpreters.NotShareableError

_WHENCE_TO_STR = {
    _interpreters.WHENCE_UNKNOWN: 'unknown',
    _interpreters.WHENCE_RUNTIME: 'runtime init',
    _interpreters.WHENCE_LEGACY_CAPI: 'legacy C-API',
    _interpreters.WHENCE_CAPI: 'C-API',
    _interpreters.WHENCE_XI: 'cross-interpreter C-API',
    _interpreters.WHENCE_STDLIB: '_interpreters module',
}


class _ExcType:
    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        return f'<exception type {self.__module__}.{self.__qualname__}>'


class _ExcInfo:
    """What an uncaught exception in another interpreter left: its type names and texts."""

    def __init__(self, name, qualname, module, msg, formatted, errdisplay):
        self.type = _ExcType(name, qualname, module)
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = errdisplay

    def __repr__(self):
        return f'ExcInfo(type={self.type!r}, msg={self.msg!r})'


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution in another interpreter."""

    def __init__(self, excinfo):
        msg = excinfo.formatted
        if not msg:
            if excinfo.type and excinfo.msg:
                msg = f'{excinfo.type.__name__}: {excinfo.msg}'
            else:
                msg = excinfo.type.__name__ or excinfo.msg
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        try:
            formatted = self.excinfo.errdisplay
        except Exception:
            return super().__str__()
        return f'{super().__str__()}\n\nUncaught in the interpreter:\n\n{formatted}'.strip()


def _excinfo(raw):
    return None if raw is None else _ExcInfo(*raw)


def create():
    """Returns a new, isolated interpreter."""
    id = _interpreters.create()
    return Interpreter(id, _whence=_interpreters.WHENCE_STDLIB)


def list_all():
    """Every interpreter alive."""
    return [Interpreter(id, _whence=whence) for id, whence in _interpreters.list_all()]


def get_current():
    """The interpreter running the caller."""
    id, whence = _interpreters.get_current()
    return Interpreter(id, _whence=whence)


def get_main():
    """The main interpreter."""
    id, whence = _interpreters.get_main()
    return Interpreter(id, _whence=whence)


def is_shareable(obj):
    """True when obj can be passed to another interpreter."""
    return _interpreters.is_shareable(obj)


_known = {}


class Interpreter:
    """A single interpreter in the current process."""

    def __new__(cls, id, /, _whence=None):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        self = _known.get(id)
        if self is None:
            if _whence is None:
                _whence = _interpreters.whence(id)
            self = super().__new__(cls)
            self._id = id
            self._whence = _whence
            _known[id] = self
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return self._id == other._id

    def __del__(self):
        pass

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return _WHENCE_TO_STR[self._whence]

    def is_running(self):
        """True when the interpreter is running code in some thread."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalizes the interpreter and returns all its memory."""
        _known.pop(self._id, None)
        return _interpreters.destroy(self._id)

    def prepare_main(self, ns=None, /, **kwargs):
        """Binds the given (shareable) values in the interpreter's __main__."""
        ns = dict(ns, **kwargs) if ns is not None else kwargs
        _interpreters.set___main___attrs(self._id, ns)

    def exec(self, code, /):
        """Runs code (a str, or a function without parameters) in the interpreter's __main__.

        Raises ExecutionFailed when the code raised; __main__ keeps what it defined.
        """
        excinfo = _interpreters.exec(self._id, code)
        if excinfo is not None:
            raise ExecutionFailed(_excinfo(excinfo))

    def _call(self, callable, args, kwargs):
        res, excinfo = _interpreters.call(self._id, callable, args, kwargs)
        if excinfo is not None:
            raise ExecutionFailed(_excinfo(excinfo))
        return res

    def call(self, callable, /, *args, **kwargs):
        """Calls callable(*args) in the interpreter and returns its (shareable) result."""
        return self._call(callable, args, kwargs)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Starts a thread that calls callable(*args) in the interpreter; returns the thread."""
        t = _threading.Thread(target=self._call, args=(callable, args, kwargs))
        t.start()
        return t

"""Temporary files and directories.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name. Names are made from random letters in gettempdir() ($TMPDIR,
$TEMP, $TMP, else /tmp) and created exclusively, so two callers never get the same one.
mkstemp returns a path and, for the descriptor CPython gives, None: Isola has no raw file
descriptors.
"""

import os
import io
import random as _random
import shutil as _shutil
import weakref as _weakref

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory', 'mkstemp',
           'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def _names():
    while True:
        yield ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for envname in ('TMPDIR', 'TEMP', 'TMP'):
            dirname = os.getenv(envname)
            if dirname and os.path.isdir(dirname):
                tempdir = os.path.abspath(dirname)
                break
        else:
            tempdir = '/tmp' if os.path.isdir('/tmp') else os.getcwd()
    return tempdir


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


def _create(dir, prefix, suffix, make):
    names = _names()
    for _ in range(TMP_MAX):
        name = next(names)
        path = os.path.join(dir, prefix + name + suffix)
        try:
            make(path)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new empty file; returns (None, its absolute path)."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)

    def make(path):
        with open(path, 'x'):
            pass
    return None, os.path.abspath(_create(dir, prefix, suffix, make))


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory; returns its absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    return os.path.abspath(_create(dir, prefix, suffix, lambda p: os.mkdir(p, 0o700)))


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + next(names) + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object whose file is removed when it is closed (if delete)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        self.file.close()
        self._cleanup()

    def _cleanup(self):
        if not self._closed:
            self._closed = True
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        try:
            if not self._closed:
                self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    _, path = mkstemp(suffix, prefix, dir)
    try:
        file = io.open(path, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.unlink(path)
        raise
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


class SpooledTemporaryFile(io.IOBase if hasattr(io, 'IOBase') else object):
    """A file kept in memory until it grows past max_size (here: kept in memory)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                 dir=None, *, errors=None):
        self._file = io.BytesIO() if 'b' in mode else io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False

    def __getattr__(self, name):
        return getattr(self.__dict__['_file'], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        self._rolled = True


class TemporaryDirectory:
    """A directory removed, with its contents, when the context ends or cleanup() is called."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(self, self._cleanup, self.name, ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _cleanup(cls, name, ignore_errors=False):
        _shutil.rmtree(name, ignore_errors=ignore_errors)

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

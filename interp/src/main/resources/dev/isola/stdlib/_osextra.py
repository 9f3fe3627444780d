"""The rarer parts of os, made when first asked for (os.__getattr__ reads them here).

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's os: PathLike, scandir and DirEntry, fsencode/fsdecode, get_terminal_size, the SEEK_*
constants, renames and get_exec_path, over the builtin os functions.
"""

import abc
import os
import stat as _stat
from collections import namedtuple

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class PathLike(abc.ABC):
    """An object with a file system path: it has __fspath__."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


PathLike.__module__ = 'os'


def fsencode(filename):
    filename = os.fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = os.fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class DirEntry:
    """One entry of a directory listing, as os.scandir yields it."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, directory, name):
        self.name = name
        self.path = os.path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = os.stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = os.lstat(self.path)
        return self._lstat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, path):
        self._path = path
        self._names = iter(os.listdir(path))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of path (in listdir's order)."""
    return _ScandirIterator(os.fspath(path))


terminal_size = namedtuple('terminal_size', 'columns lines')
terminal_size.__module__ = 'os'


def get_terminal_size(fd=1):
    """$COLUMNS and $LINES; OSError when neither is set (Isola does not query the terminal)."""
    try:
        return terminal_size(int(os.environ['COLUMNS']), int(os.environ['LINES']))
    except (KeyError, ValueError):
        raise OSError(25, 'Inappropriate ioctl for device') from None


def get_exec_path(env=None):
    if env is None:
        env = os.environ
    path = env.get('PATH', os.defpath)
    return path.split(os.pathsep)


def renames(old, new):
    head, tail = os.path.split(new)
    if head and tail and not os.path.exists(head):
        os.makedirs(head)
    os.rename(old, new)
    head, tail = os.path.split(old)
    if head and tail:
        try:
            os.removedirs(head)
        except OSError:
            pass


def _status_ids(key):
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith(key + ':'):
                return [int(v) for v in line.split()[1:]]
    raise OSError(38, 'Function not implemented')


def getuid():
    return _status_ids('Uid')[0]


def geteuid():
    return _status_ids('Uid')[1]


def getgid():
    return _status_ids('Gid')[0]


def getegid():
    return _status_ids('Gid')[1]


def getppid():
    with open('/proc/self/stat') as f:
        # pid (comm) state ppid …: comm may hold spaces, so split after its closing parenthesis
        return int(f.read().rsplit(')', 1)[1].split()[1])


uname_result = namedtuple('uname_result', 'sysname nodename release version machine')
uname_result.__module__ = 'posix'


def uname():
    def read(name):
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    machine = 'x86_64'
    try:
        with open('/proc/self/auxv', 'rb'):
            pass
        import struct
        machine = {8: 'x86_64', 4: 'i686'}.get(struct.calcsize('P'), 'unknown')
    except OSError:
        pass
    return uname_result(read('ostype'), read('hostname'), read('osrelease'), read('version'), machine)

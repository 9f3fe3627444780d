"""Object-oriented filesystem paths (POSIX flavour).

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name: PurePath/PurePosixPath for path arithmetic, Path/PosixPath
for the filesystem (stat, exists, iterdir, glob, read/write, mkdir …). Windows paths are not
offered: Isola runs on POSIX systems.
"""

import fnmatch
import glob as _glob
import io
import os
import posixpath

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _parse(parts):
    """(root, [names]) of the joined argument parts, normalised as pathlib does."""
    root = ''
    names = []
    for part in parts:
        if not part:
            continue
        if part.startswith('/'):
            if part.startswith('//') and not part.startswith('///'):
                root = '//'
            else:
                root = '/'
            names = []
        for name in part.split('/'):
            if name and name != '.':
                names.append(name)
    return root, names


class _Parents:
    """The logical ancestors of a path, nearest first (p.parents[0] is p.parent)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._names)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from(self._path._root, self._path._names[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class PurePath:
    """A path without I/O: parsing, joining, names and suffixes."""

    __slots__ = ('_root', '_names', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts.append(str(a))
                continue
            a = os.fspath(a)
            if isinstance(a, bytes):
                raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r"
                                % type(a))
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r"
                                % type(a))
            parts.append(a)
        self = object.__new__(cls)
        self._root, self._names = _parse(parts)
        self._str = None
        self._hash = None
        return self

    def _from(self, root, names):
        p = object.__new__(type(self))
        p._root = root
        p._names = list(names)
        p._str = None
        p._hash = None
        return p

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            s = self._root + '/'.join(self._names)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return (self._root, self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._from(self._root, self._names[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        n = len(base._names)
        if base._root != self._root or self._names[:n] != base._names:
            formatted = str(base)
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other is '
                             'absolute.'.format(str(self), formatted))
        return self._from('', self._names[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, from the right (absolute patterns: whole)."""
        pat = PurePosixPath(path_pattern)
        if not pat._names and not pat._root:
            raise ValueError('empty pattern')
        if pat._root:
            if self._root != pat._root or len(self._names) != len(pat._names):
                return False
        elif len(pat._names) > len(self._names):
            return False
        for part, p in zip(reversed(self._names), reversed(pat._names)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path of the filesystem, with the operations that touch it."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return os.path.exists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self) if hasattr(os.path, 'ismount') else str(self.resolve()) == '/'

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._names + [name])

    def glob(self, pattern):
        """The existing paths under this one that match the relative pattern ('**' for any depth)."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        if pattern.startswith('/'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        base = str(self)
        recursive = '**' in pattern.split('/')
        if pattern.endswith('/'):
            pattern = pattern.rstrip('/')
            dirs_only = True
        else:
            dirs_only = False
        seen = set()
        for p in _glob.iglob(pattern, root_dir=base, recursive=recursive, include_hidden=True):
            if p in seen:
                continue
            seen.add(p)
            result = self / p if p else self
            if dirs_only and not result.is_dir():
                continue
            yield result

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict and not self.exists():
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return type(self)(os.path.realpath(self))

    def expanduser(self):
        if self._names and self._names[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._names[0])
            if home.startswith('~'):
                raise RuntimeError('Could not determine home directory.')
            return type(self)(home, *self._names[1:])
        return self

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data) if not isinstance(data, (bytes, bytearray)) else data
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def readlink(self):
        return type(self)(os.readlink(self))

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev


class PosixPath(Path, PurePosixPath):
    __slots__ = ()

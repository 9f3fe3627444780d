"""The one-method ABCs of collections.abc (Hashable, Sized, Iterable, ...) and
the class test they share; collections.abc re-exports them."""

from abc import ABC, abstractmethod

_MISSING = object()
_UNHASHABLE = (list, dict, set, bytearray)


def _defines(B, method):
    """B's own value for method, _MISSING when B does not define it."""
    d = getattr(B, '__dict__', None)
    if isinstance(d, dict):
        return d.get(method, _MISSING)
    if method == '__hash__' and B in _UNHASHABLE:
        return None
    value = getattr(B, method, _MISSING)
    if value is not _MISSING and getattr(value, '__self__', None) is B:
        return _MISSING
    return value


def _has(C, *methods):
    """True when every method is defined somewhere in C's MRO and not set to None there."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            value = _defines(B, method)
            if value is _MISSING:
                continue
            if value is None:
                return NotImplemented
            break
        else:
            return NotImplemented
    return True


def _hook(owner, C, *methods):
    return _has(C, *methods) if owner else NotImplemented


class Hashable(ABC):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Hashable, C, '__hash__')


class Sized(ABC):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Sized, C, '__len__')


class Container(ABC):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Container, C, '__contains__')


class Callable(ABC):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Callable, C, '__call__')


class Iterable(ABC):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Iterable, C, '__iter__')


class Iterator(Iterable):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Iterator, C, '__iter__', '__next__')


class Reversible(Iterable):
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Reversible, C, '__reversed__', '__iter__')


class Generator(Iterator):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Generator, C, '__iter__', '__next__', 'send', 'throw', 'close')


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls is Collection, C, '__len__', '__iter__', '__contains__')



Generator.register(type((lambda: (yield))()))

"""Names for the types of built-in objects, and SimpleNamespace.

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name. Only the type names and
SimpleNamespace are provided; new_class, prepare_class, coroutine and
MappingProxyType are absent.
"""

import sys as _sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
CellType = type((lambda x: lambda: x)(0).__closure__[0])
UnionType = type(int | str)
GenericAlias = type(list[int])

del _f, _g, _C


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return 'namespace(...)'
        _repr_running.add(key)
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


SimpleNamespace.__module__ = 'types'
_repr_running = set()

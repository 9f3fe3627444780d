"""Abstract Base Classes (ABCs), after PEP 3119.

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name.

Isola has no metaclasses other than type, so the machinery lives in the class
ABC itself: its classmethods __instancecheck__ and __subclasscheck__ are what
isinstance() and issubclass() consult when the ordinary subclass test fails,
and its __init_subclass__ computes each subclass's __abstractmethods__, which
object.__new__ checks. ABCMeta is a class whose constructor makes a class with
ABC's machinery, so `class C(metaclass=ABCMeta)` works; type(C) is still type.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']

_MISSING = object()
_version = [0]


def abstractmethod(funcobj):
    """Marks funcobj as abstract: a class that keeps it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use classmethod over abstractmethod. (A function in Isola, not a class.)"""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod over abstractmethod. (A function in Isola, not a class.)"""
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property over abstractmethod. (A function in Isola, not a class.)"""
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)


def get_cache_token():
    """A token that changes whenever any ABC's registry changes."""
    return _version[0]


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after abstract methods were added or implemented."""
    if not hasattr(cls, '__abstractmethods__') and not _has_hooks(cls):
        return cls
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def _has_hooks(cls):
    return getattr(cls, '_abc_registry', None) is not None


def _own(cls, name):
    return cls.__dict__.get(name)


def _init_class(cls):
    cls._abc_registry = set()
    cls._abc_cache = {}
    cls._abc_cache_version = _version[0]
    update_abstractmethods(cls)


def _init_subclass(cls, **kwargs):
    _init_class(cls)
    object.__init_subclass__(**kwargs)


def _register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _own(cls, '_abc_registry').add(subclass)
    _version[0] += 1
    return subclass


def _instancecheck(cls, instance):
    klass = getattr(instance, '__class__', type(instance))
    if klass is type(instance):
        return cls.__subclasscheck__(klass)
    return cls.__subclasscheck__(klass) or cls.__subclasscheck__(type(instance))


def _subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    cache = _own(cls, '_abc_cache')
    if cache is None:
        return subclass is cls or cls in subclass.__mro__
    if _own(cls, '_abc_cache_version') != _version[0]:
        cache.clear()
        cls._abc_cache_version = _version[0]
    found = cache.get(subclass, _MISSING)
    if found is not _MISSING:
        return found
    result = _decide(cls, subclass)
    cache[subclass] = result
    return result


def _decide(cls, subclass):
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        return bool(ok)
    if cls in subclass.__mro__:
        return True
    for rcls in _own(cls, '_abc_registry'):
        if issubclass(subclass, rcls):
            return True
    for scls in cls.__subclasses__():
        if issubclass(subclass, scls):
            return True
    return False


def _subclasshook(cls, subclass):
    return NotImplemented


_HOOKS = {
    '__init_subclass__': classmethod(_init_subclass),
    'register': classmethod(_register),
    '__instancecheck__': classmethod(_instancecheck),
    '__subclasscheck__': classmethod(_subclasscheck),
    '__subclasshook__': classmethod(_subclasshook),
}


class ABCMeta:
    """Makes classes with ABC's machinery: `class C(metaclass=ABCMeta)` is like `class C(ABC)`."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        namespace = dict(namespace)
        if not any(_has_hooks(b) for b in bases):
            for key, hook in _HOOKS.items():
                namespace.setdefault(key, hook)
        cls = type(name, bases, namespace, **kwargs)
        if '_abc_registry' not in cls.__dict__:
            _init_class(cls)
        return cls

    @classmethod
    def __instancecheck__(mcls, instance):
        return isinstance(instance, type) and _has_hooks(instance)

    @classmethod
    def __subclasscheck__(mcls, subclass):
        return subclass is ABCMeta


ABC = ABCMeta('ABC', (), {
    '__module__': 'abc',
    '__doc__': 'Helper class: subclass it to make an abstract base class.',
    '__slots__': (),
})

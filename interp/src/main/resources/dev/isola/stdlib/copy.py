"""Shallow and deep copy operations.

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name.

    copy(x)            -- a shallow copy of x
    deepcopy(x, memo)  -- a deep copy of x; memo maps id(original) to its copy
    Error              -- raised for objects that cannot be copied

Classes control copying with __copy__ and __deepcopy__(memo), and their state
with __getstate__ / __setstate__; otherwise an instance's __dict__ and slots
are copied. __reduce_ex__ and __reduce__ are not consulted.
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = {type(None), int, float, bool, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), property,
           _types.FunctionType, _types.BuiltinFunctionType, _types.CodeType}
_SHALLOW_SELF = {tuple, frozenset}
_BUILTIN_CONTAINERS = {list, dict, set, bytearray}


def _is_heap_class(cls):
    return isinstance(getattr(cls, '__dict__', None), dict)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in _SHALLOW_SELF:
        return x
    if cls in _BUILTIN_CONTAINERS:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo (a dict) maps the ids of objects already copied to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls in (set, frozenset):
        items = deepcopy(list(x), memo)
        y = cls(items)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ()) if _is_heap_class(c) else ()
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _state(x, cls):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and _is_heap_class(cls) and any(
            '__getstate__' in c.__dict__ for c in cls.__mro__ if _is_heap_class(c)):
        return getstate()
    d = getattr(x, '__dict__', None)
    state = d if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    if not _is_heap_class(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if issubclass(cls, tuple):
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif issubclass(cls, (set, frozenset)):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls.__new__(cls, items)
        if issubclass(cls, set):
            set.update(y, items)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and any('__setstate__' in c.__dict__
                                        for c in cls.__mro__ if _is_heap_class(c)):
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if isinstance(x, list):
        items = deepcopy(list(x), memo) if deep else x
        list.extend(y, items)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    return y

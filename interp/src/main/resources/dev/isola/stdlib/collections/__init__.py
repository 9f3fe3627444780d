"""Container datatypes.

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name.

    namedtuple   factory for tuple subclasses with named fields
    deque        list-like container with fast appends and pops on either end
    ChainMap     dict-like class for a single view of multiple mappings
    Counter      dict subclass for counting hashable objects
    OrderedDict  dict subclass that remembers and compares by insertion order
    defaultdict  dict subclass that calls a factory to supply missing values

Isola differences: without sys._getframe a namedtuple's __module__ defaults to
'__main__' unless module= is given; UserDict, UserList and UserString are absent.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword
from collections._deque import deque
from collections._dicts import OrderedDict, defaultdict, ChainMap
from collections._counter import Counter
from collections import abc as _abc

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']


class _tuplegetter:
    # The read-only field descriptor of a namedtuple: item `index` of the instance.
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _caller_module():
    getframe = getattr(_sys, '_getframe', None)
    if getframe is None:
        return '__main__'
    try:
        return getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def _check_names(typename, field_names, rename):
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[i] = '_%d' % i
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)


def _quoted_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_new(typename, fields, defaults):
    """A __new__(_cls, f1, f2=d, ...) that binds its arguments as a def would."""
    nfields = len(fields)
    nrequired = nfields - len(defaults)
    qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        if len(args) > nfields:
            if nrequired == nfields:
                takes = '%d positional argument%s' % (nfields + 1, '' if nfields == 0 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (nrequired + 1, nfields + 1)
            raise TypeError('%s() takes %s but %d %s given'
                            % (qualname, takes, len(args) + 1, 'was' if not args else 'were'))
        values = list(args)
        if kwargs:
            for key in kwargs:
                if key not in fields:
                    raise TypeError('%s() got an unexpected keyword argument %r' % (qualname, key))
                if fields.index(key) < len(args):
                    raise TypeError('%s() got multiple values for argument %r' % (qualname, key))
        missing = []
        for i in range(len(args), nfields):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif i >= nrequired:
                values.append(defaults[i - nrequired])
            else:
                missing.append(name)
                values.append(None)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _quoted_list(missing)))
        return tuple.__new__(_cls, values)

    __new__.__qualname__ = qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(fields))
    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    _check_names(typename, field_names, rename)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[nfields - len(defaults):], defaults):
            field_defaults[name] = value
    else:
        defaults = ()

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result
    _make.__qualname__ = typename + '._make'
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result
    _replace.__qualname__ = typename + '._replace'
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join('%s=%r' % (n, v) for n, v in zip(fields, self)))
    __repr__.__qualname__ = typename + '.__repr__'
    __repr__.__doc__ = 'Return a nicely formatted representation string'

    def _asdict(self):
        return dict(zip(self._fields, self))
    _asdict.__qualname__ = typename + '._asdict'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'

    def __getnewargs__(self):
        return tuple(self)
    __getnewargs__.__qualname__ = typename + '.__getnewargs__'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _make_new(typename, fields, defaults),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__module__': module if module is not None else _caller_module(),
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    return type(typename, (tuple,), namespace)


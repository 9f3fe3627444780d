"""Enumerations: classes whose attributes are a fixed set of named, unique member objects.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name (reprs, strs, formats and error messages included): Enum,
IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumType/EnumMeta, the functional API.
"""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'global_enum', 'property', 'member', 'nonmember']

_auto_null = object()


class auto:
    """Stands for a member's value, filled in by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class nonmember:
    """Protects a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a value to become a member."""

    def __init__(self, value):
        self.value = value


property = property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class _EnumDict(dict):
    """The class body's namespace: records member names in order and resolves auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or '', key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                           '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                            self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                              if isinstance(v, auto) else v for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            return base
    return object


def _first_enum(bases):
    if not bases:
        return Enum if 'Enum' in globals() else None
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return last


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first = bases[-1] if bases and isinstance(bases[-1], EnumType) else None
        if first is not None:
            if first._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, first))
            enum_dict._generate_next_value = getattr(first, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in members}
        member_type = _find_data_type(bases) if bases else object
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        # A __new__ in the body makes members; the class's own __new__ stays Enum's lookup by value
        # (CPython's __new_member__). Enum itself keeps its __new__: it is that lookup.
        user_new = None if not bases else body.pop('__new__', None)
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        if user_new is not None:
            body['_new_member_'] = staticmethod(user_new)
        new_member = user_new
        if new_member is None:
            for base in bases:
                for b in base.__mro__:
                    nm = getattr(b, '__dict__', {}).get('_new_member_') if isinstance(b, EnumType) else None
                    if nm is not None:
                        new_member = nm.__func__ if isinstance(nm, staticmethod) else nm
                        break
                if new_member is not None:
                    break
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_use_args_'] = member_type is not object
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if user_new is not None:
            type.__setattr__(enum_class, '__new__', _lookup_new)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple and not isinstance(value, tuple):
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is not None:
                enum_member = new_member(enum_class, *args)
            elif member_type is object:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = member_type.__new__(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    enum_member._value_ = member_type(*args)
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member.__init__(*args)
            enum_member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                enum_member = canonical
            elif not is_flag or _is_single_bit(value):
                # CPython 3.11: a flag's zero and multi-bit members are listed but not iterated.
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            type.__setattr__(enum_class, name, enum_member)
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
        if is_flag:
            bits = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    bits |= m._value_
            enum_class._flag_mask_ = bits
            enum_class._all_bits_ = 2 ** bits.bit_length() - 1 if bits else 0
            # CPython 3.11: composite members list their parts by value, unless the members were
            # not defined in value order; then by definition.
            values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
            enum_class._flag_by_def_ = values != sorted(values)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """The base class of enumerations: members are unique, named and compared by identity."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in self.__class__.__dict__ else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


_lookup_new = Enum.__dict__['__new__']
if isinstance(_lookup_new, staticmethod):
    _lookup_new = _lookup_new.__func__


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; only repr() is the enum's."""

    def __str__(self):
        return self._member_type_.__str__(self._value_)

    def __format__(self, format_spec):
        return self._member_type_.__format__(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    __hash__ = int.__hash__   # int precedes Enum in the MRO: members hash as their value


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    __hash__ = str.__hash__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _is_single_bit(num):
    return isinstance(num, int) and num != 0 and num & (num - 1) == 0


def _bin(num, max_bits=None):
    """CPython's enum.bin(): bin() with the sign bit apart, '0b0 1000'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _bits(num):
    return [1 << i for i in range(num.bit_length()) if num & (1 << i)]


class Flag(Enum):
    """An enum whose members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(v for v in last_values if isinstance(v, int)) if last_values else 0
        return 2 ** last.bit_length() if last else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if value < 0:
            value = value & cls._all_bits_ if cls._member_type_ is object else value
        known = 0
        names = []
        for order, name in enumerate(cls._member_names_):
            m = cls._member_map_[name]
            if m._value_ and (value & m._value_) == m._value_ and len(_bits(m._value_)) == 1:
                names.append((order if cls.__dict__.get('_flag_by_def_') else m._value_, name))
                known |= m._value_
        names.sort()
        unknown = value & ~known
        if unknown and cls._member_type_ is object:
            flag_mask = cls._flag_mask_
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        label = '|'.join(n for _, n in names)
        if unknown and label:
            label += '|' + str(unknown)
        pseudo._name_ = label or None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        found = []
        for order, name in enumerate(self._member_names_):
            m = self._member_map_[name]
            if m._value_ and len(_bits(m._value_)) == 1 and self._value_ & m._value_ == m._value_:
                found.append((order if self._flag_by_def_ else m._value_, m))
        found.sort(key=lambda t: t[0])
        for _, m in found:
            yield m

    def __len__(self):
        return len(_bits(self._value_))

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._member_type_ is object:
            return self.__class__(self._flag_mask_ & ~self._value_)
        return self.__class__(~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """A flag whose members are also ints and combine with ints."""

    __hash__ = int.__hash__

    def __str__(self):
        return int.__str__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


def unique(enumeration):
    """A class decorator that refuses aliases (members sharing a value)."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    """Puts the members into the module's namespace (used by a few stdlib modules)."""
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls

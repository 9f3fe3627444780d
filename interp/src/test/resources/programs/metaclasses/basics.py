# Metaclasses: __new__/__init__/__call__ with super(), keyword arguments, __prepare__ with a dict
# subclass, methods, properties and protocols of the metaclass on classes, conflicts, type().
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['added_by_meta'] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.via_meta = True
        return obj
    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __getitem__(cls, k):
        return cls.items[k]
    def __contains__(cls, x):
        return x in cls.items
    @property
    def size(cls):
        return len(cls.items)
    def describe(cls):
        return 'class ' + cls.__name__

class Base(metaclass=Meta, flag=1):
    items = [1, 2, 3]
    def __init__(self, v=0):
        self.v = v

class Child(Base):
    items = ['a']

print(Base, Child, type(Base), type(Child) is Meta, isinstance(Base, type), isinstance(Base, Meta))
print(Base.added_by_meta, Child.added_by_meta, Base.kw, Child.kw, Base.inited)
b = Base(5)
print(b.v, b.via_meta, type(b).__name__, isinstance(b, Base))
print(list(Base), len(Child), Base[1], 2 in Base, 'a' in Child, Base.size, Child.describe())
try:
    b.describe
except AttributeError as e:
    print('AttributeError:', e)
Base.z = 10
print(Child.z, Base.z)
print(Meta.__mro__, Meta.__name__)

class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        class Recording(dict):
            def __setitem__(self, k, v):
                order.append(k)
                super().__setitem__(k, v)
        return Recording()
order = []
class Recorded(metaclass=Prep):
    a = 1
    def f(self): pass
    b = a + 1
print([k for k in order if not k.startswith('__')], Recorded.b)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2): pass
except TypeError as e:
    print('TypeError:', e)
class M3(M1): pass
class C3(A1, metaclass=M3): pass
print(type(C3).__name__)
D = Meta('D', (), {'items': [9]})
print(D, list(D), type(D).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self): self.n = 0
print(Config() is Config())

class Registry(type):
    registry = []
    def __init_subclass__(mcs): pass
    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
class P(metaclass=Registry): pass
class Q(P): pass
print(Registry.registry)

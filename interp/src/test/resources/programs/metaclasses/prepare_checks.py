class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)

class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedNS()
    def __new__(mcs, name, bases, ns, **kw):
        cls = type.__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class P(metaclass=M, x=3):
    b = 1
    a = 2
    def f(self): pass
    c = a + b
    del b
print(P.order, hasattr(P, 'b'), P.c)

class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance(EvenNumber(), EvenNumber))
print(issubclass(bool, EvenNumber), issubclass(int, EvenNumber), isinstance(4, (str, EvenNumber)))

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1): pass
class W(X, metaclass=M3): pass
print(type(W).__name__)
class V(W): pass
print(type(V).__name__)
class U(X, metaclass=type): pass
print(type(U).__name__)
try:
    type('T', (X, Y), {})
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init_subclass__(cls, /, color=None, **kw):
        super().__init_subclass__(**kw)
        cls.color = color
        print("init_subclass", cls.__name__, color)
class Red(Base, color="red"): pass
print(Red.color)
try:
    class Bad(Base, shape=1): pass
except TypeError as e:
    print("TypeError:", e)

class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])

class Cnt(type):
    count = 0
    def __call__(cls, *a):
        Cnt.count += 1
        return super().__call__(*a)
class Single(metaclass=Cnt):
    def __init__(self, a=0): self.a = a
Single(); Single(1)
print(Cnt.count, Single.count)
try:
    Single().count
except AttributeError as e:
    print(e)
try:
    type.__new__(int, 'X', (), {})
except TypeError as e:
    print(e)
try:
    M1('X')
except TypeError as e:
    print(e)
try:
    type.__init__(X, 1, 2)
except TypeError as e:
    print(e)
class WithSlots(type):
    __slots__ = ()
print(WithSlots('Q', (), {}))
try:
    class BadSlots(type):
        __slots__ = ('a',)
except TypeError as e:
    print(e)

class LockMeta(type):
    def __setattr__(cls, name, value):
        if name == 'locked':
            raise AttributeError('cannot set locked')
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("delattr", name)
        super().__delattr__(name)
class L(metaclass=LockMeta):
    z = 1
L.y = 2
print(L.y)
try:
    L.locked = 1
except AttributeError as e:
    print(e)
del L.z
print(hasattr(L, 'z'))
print(type(type), type(M1), M1.__mro__, type.mro(M1))
print(M1.__class__, X.__class__)

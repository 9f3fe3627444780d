# A metaclass's __instancecheck__/__subclasscheck__, attributes of the metaclass versus the
# class, data descriptors on the metaclass, __setattr__ on the metaclass, and errors.
class M(type):
    def __instancecheck__(cls, x):
        return x == 42 or type(x) is cls
    def __subclasscheck__(cls, c):
        return c is int or c is cls
class C(metaclass=M):
    pass
print(isinstance(42, C), isinstance(1, C), isinstance(C(), C), issubclass(int, C), issubclass(str, C))
print(isinstance(42, (str, C)), issubclass(C, C))

class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith('LOCKED'):
            raise AttributeError('cannot reassign %s' % name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError('cannot delete %s' % name)
class G(metaclass=Guarded):
    LOCKED_A = 1
G.free = 2
print(G.free, G.LOCKED_A)
for action in (lambda: setattr(G, 'LOCKED_A', 5), lambda: delattr(G, 'free')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)

class WithProp(type):
    _hidden = 'meta value'
    @property
    def shown(cls):
        return cls._hidden.upper()
    @shown.setter
    def shown(cls, v):
        cls._hidden = v
class P(metaclass=WithProp):
    pass
print(P.shown)
P.shown = 'changed'
print(P.shown, P._hidden, hasattr(P(), 'shown'))

class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class X(metaclass=Counting):
    def __init__(self, a, b=2):
        self.total = a + b
print(X(1).total, X(1, b=5).total, Counting.count)
try:
    X()
except TypeError as e:
    print('TypeError:', e)
for bad in (lambda: type.__init__(X, 1, 2), lambda: type('N', (), {}, extra=1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
class NotMeta:
    pass
def fn_meta(name, bases, ns):
    return 'made by a function: ' + name
class F(metaclass=fn_meta):
    pass
print(F)
print(type(type), type(M), M.__class__ is type, C.__class__ is M)

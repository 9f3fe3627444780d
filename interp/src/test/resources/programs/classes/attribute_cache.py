# Class attributes found through the MRO stay right when classes change after first use
# (Isola caches type lookups; every change must be seen at once).
class A:
    def who(self): return 'A.who'
    tag = 'a'

class B(A):
    pass

class C(B):
    pass

c = C()
for _ in range(3):
    print(c.who(), C.tag, c.tag)

B.who = lambda self: 'B.who'          # a base of C changes: C must see it
print(c.who())
del B.who
print(c.who())
A.tag = 'a2'
print(C.tag, c.tag)
C.tag = 'c'
print(C.tag, B.tag, A.tag)
del C.tag
print(C.tag)

# __init__ and __new__ replaced after instances were made
class P:
    def __init__(self, v): self.v = v
p = P(1); print(p.v)
P.__init__ = lambda self, v: setattr(self, 'v', v * 10)
print(P(2).v)
def new(cls, v):
    o = object.__new__(cls); o.made_by_new = True; return o
P.__new__ = new
q = P(3); print(q.v, q.made_by_new)
P.__new__ = lambda cls, v: 'not a P'
print(P(4))

# Dunder operators on a class added, replaced and removed
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __repr__(self): return 'V(%r)' % self.x
print(V(1) + V(2))
V.__add__ = lambda self, o: V(self.x * o.x)
print(V(3) + V(4))
del V.__add__
try:
    V(1) + V(2)
except TypeError as e:
    print('TypeError:', e)

# Classes made and freed in a loop at perhaps the same addresses: no stale attributes
for i in range(5):
    K = type('K', (), {'n': i, 'get': lambda self, i=i: i})
    print(K().n, K().get(), getattr(K, 'missing', None))
    del K

# A method defined later on a base, shadowing nothing yet
class Base: pass
class Derived(Base): pass
d = Derived()
print(hasattr(d, 'late'))
Base.late = lambda self: 'late method'
print(d.late())

# Abstract classes: the flag follows __abstractmethods__
class Shape:
    pass
Shape.__abstractmethods__ = frozenset({'area'})
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
class Plain:
    __abstractmethods__ = frozenset({'f'})   # in the namespace only: no flag, as in CPython
print(type(Plain()).__name__)

# types.MethodType binds a function to an object; builtin types without a constructor of their
# own refuse to be called, with CPython's message, instead of making a broken object.
import types

class A:
    def __init__(self, n): self.n = n
    def get(self): return self.n

def outside(self, k):
    return self.n * k

a = A(3)
m = types.MethodType(outside, a)
print(m(5), m.__self__ is a, m.__func__ is outside, type(m) is type(a.get))
b = types.MethodType(A.get, A(7))
print(b())
a.triple = types.MethodType(lambda self: self.n * 3, a)
print(a.triple())
for bad in ((1, a), (outside, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print('TypeError:', e)
for t in (type(len), type(iter([])), type(x for x in ()), type(iter({})),
          type(None), type(NotImplemented)):
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)

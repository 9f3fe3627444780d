import math
class A:
    def __trunc__(self): return 1
print(math.trunc(A()))
class B:
    __slots__ = ('x',)
    def __trunc__(self): return 2
print(math.trunc(B()))
import numbers
class C(numbers.Real):
    def __trunc__(self): return 3
    __float__=__floor__=__ceil__=__round__=__floordiv__=__rfloordiv__=__mod__=__rmod__=__lt__=__le__=__add__=__radd__=__neg__=__pos__=__mul__=__rmul__=__truediv__=__rtruediv__=__pow__=__rpow__=__abs__=__eq__=lambda *a: 0
print(math.trunc(C()))
class D:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __float__(self): return 2.5
print(math.floor(D()), math.ceil(D()))
class E:
    def __float__(self): return 2.5
print(math.floor(E()), math.ceil(E()))
try:
    math.trunc(E())
except TypeError as e:
    print(e)

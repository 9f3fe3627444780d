# Function annotations are evaluated when the function is defined and kept in __annotations__.
from typing import List, Optional

def f(a: int, b: 'str' = 'x', *args: float, c: List[int] = None, **kw: bool) -> Optional[str]:
    return None

print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'x': int}
print(g.__annotations__)
class K:
    def m(self, v: 'K') -> 'K':
        return v
    n: int = 3
print(K.m.__annotations__, K.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
def outer():
    T = dict
    def inner(p: T) -> T:
        pass
    return inner
print(outer().__annotations__)

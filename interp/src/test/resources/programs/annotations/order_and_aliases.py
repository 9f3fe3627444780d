# CPython's order of function annotations (positional-only last), the __annotations__ setter
# check, and the aliases of builtin-container subclasses and collections' classes.
import collections
def f(a: int, /, b: str, *args: float, c: bytes, **kw: bool) -> None:
    pass
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)
class L(list):
    pass
print(L[int], collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list])
print(collections.Counter[str], dict[str, L[int]])

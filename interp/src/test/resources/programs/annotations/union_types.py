# int | str: types.UnionType for annotations and isinstance/issubclass, as CPython 3.10+.
import types
u = int | str
print(u, int | None, None | int, int | str | int, (int | str) | (bytes | None), type(u) is types.UnionType)
print(isinstance(3, int | str), isinstance(b'', int | str), isinstance(None, int | None), issubclass(bool, int | str))
print((int | str) == (str | int), (int | str).__args__, hash(int | str) == hash(str | int), int | int)
def f(x: int | None = None, *, y: list[int] | dict | None = None) -> str | None:
    return None
print(f.__annotations__['x'], f.__annotations__['return'])
try:
    int | 3
except TypeError as e:
    print('TypeError:', e)
class A: pass
print(A | None, isinstance(A(), A | int))

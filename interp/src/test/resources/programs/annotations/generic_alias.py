# list[int]: types.GenericAlias (PEP 585) in annotations, as a callable, base class and union member.
import types
print(list[int], dict[str, list[int]], tuple[int, ...], set[str] | None, type[int], frozenset[int])
a = list[int]
print(a.__origin__, a.__args__, a([1, 2]), type(a) is types.GenericAlias, a == list[int], list[int] == list[str])
print(hash(list[int]) == hash(list[int]), a.__name__ if hasattr(a, '__name__') else '-')
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError:', e)
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList([3]))
def f(x: dict[str, int], y: list[tuple[int, str]] | None = None) -> set[int]:
    pass
print(f.__annotations__)

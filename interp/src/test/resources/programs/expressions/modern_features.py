# Features of Python 3.8-3.10 programs use: f-string =, dict |, removeprefix, walrus in comprehensions,
# positional-only parameters, math.dist/prod/isqrt/comb, functools.cache, itertools.pairwise.
x = 5
print(f"{x=}", f"{x*2=:>5}", f"{'a'!r:^7}")
print({'a': 1} | {'b': 2}, 'prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'))
print([y for v in range(5) if (y := v * v) > 4])
import math
print(math.dist((0, 0), (3, 4)), math.prod([1, 2, 3]), math.isqrt(17), math.comb(5, 2))
def f(a, /, b, *, c): return a + b + c
print(f(1, 2, c=3))
d = {'x': 1}
d |= {'y': 2}
print(d, list(reversed(d)), (1).bit_count(), int.from_bytes(b'\x00\x10', 'big'))
print(sorted({3, 1, 2}), sum([0.1] * 3), round(2.675, 2), divmod(7, -2))
print(str.maketrans('ab', 'xy'), 'abc'.translate(str.maketrans('ab', 'xy')))
from functools import cache, reduce
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), reduce(lambda a, b: a * b, range(1, 6)))
import itertools
print(list(itertools.pairwise([1, 2, 3])), list(itertools.accumulate([1, 2, 3], initial=10)))
print(isinstance(3, int | str), int | None)

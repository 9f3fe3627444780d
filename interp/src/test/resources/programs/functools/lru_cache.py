import functools
from functools import lru_cache, cache


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), type(fib), fib.__name__, fib.__wrapped__.__name__)
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info), type(info), tuple(info))
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())


@lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1]:
    print(x, square(x))
print(square.cache_info())


@lru_cache(maxsize=None)
def ident(*args, **kw):
    print("  call", args, kw)
    return len(args) + len(kw)


ident(1, 2)
ident(1, 2)
ident(a=1, b=2)
ident(b=2, a=1)
ident(a=1, b=2)
ident(1)
ident(1.0)
ident(True)
print(ident.cache_info())


@lru_cache(typed=True)
def typed(x):
    print("  typed", repr(x))
    return x


typed(1)
typed(1.0)
typed(1)
typed(True)
print(typed.cache_info(), typed.cache_parameters())


@lru_cache(0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info(), lru_cache(-5)(len).cache_info())


@cache
def doc_me(x):
    "Documented."
    return x


print(doc_me(3), doc_me(3), doc_me.cache_info(), doc_me.__doc__, doc_me.__qualname__, doc_me.__module__)
print(doc_me.cache_parameters())


class Point:
    instances = 0

    def __init__(self, x):
        self.x = x

    @lru_cache(maxsize=16)
    def scaled(self, k):
        print("  scaling", self.x, k)
        return self.x * k

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return self.x == other.x


a, b = Point(2), Point(3)
print(a.scaled(10), a.scaled(10), b.scaled(10), Point(2).scaled(10))
print(Point.scaled.cache_info(), Point.scaled.__name__, Point.scaled.__qualname__)
print(type(Point.__dict__["scaled"]).__name__)
attempt("unhashable", ident, [1])
attempt("lru_cache('a')", lru_cache, "a")
attempt("lru_cache 3", lru_cache, 1, 2, 3)
attempt("lru_cache x=", lru_cache, maxsize=1, x=2)
attempt("lru_cache()(1)", lambda: lru_cache()(1))
attempt("lru_cache(f, 3)", lru_cache, len, 3)
attempt("cache()", cache)
attempt("info args", fib.cache_info, 1)


@lru_cache(maxsize=3)
def fails(x):
    print("  trying", x)
    raise ValueError(x)


attempt("fails", fails, 1)
attempt("fails again", fails, 1)
print(fails.cache_info())

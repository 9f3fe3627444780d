import functools
from functools import partial, reduce


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


def show(*args, **kw):
    return args, kw


p = partial(show, 1, 2, a="x")
print(p(), p(3, b=4), p(a="override"))
print(p.func is show, p.args, p.keywords, type(p), partial)
print(repr(p).replace(hex(id(show)), "ADDR"))
print(repr(partial(show)).replace(hex(id(show)), "ADDR"), repr(partial(len, "abc")), partial(len, "abc")())
print(repr(partial(max, 1, key=abs, default=0)))
q = partial(p, 3, b=5)
print(q.func is show, q.args, q.keywords, q())
base = partial(int, base=2)
print(base("101"), base("11", base=10), partial(partial(pow, 2), 10)())
p.attr = 5
print(p.attr, p.__dict__)
r = partial(p, 9)
print(r.func is p, r.args)
attempt("partial()", partial)
attempt("partial(1)", partial, 1)
attempt("partial(func=)", partial, func=show)
attempt("missing attr", lambda: partial(show).x)
attempt("set func", setattr, partial(show), "func", 1)
attempt("call error", partial(len, 1, 2))


class C:
    f = partial(show, "bound?")

    def method(self, x):
        return self, x


c = C()
print(c.f(), C.f())
pm = partial(C.method, c)
print(pm(5)[1], callable(p), callable(partial))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
print(reduce(lambda a, b: a + b, ["a", "b", "c"]), reduce(lambda a, b: a, [], "init"), reduce(pow, [2]))


def gen():
    for x in [1, 2, 3]:
        print("  pull", x)
        yield x


def add(a, b):
    print("  add", a, b)
    return a + b


print(reduce(add, gen()))
print(reduce(add, gen(), 100))
attempt("reduce()", reduce)
attempt("reduce(f)", reduce, show)
attempt("reduce empty", reduce, show, [])
attempt("reduce(f, 1)", reduce, show, 1)
attempt("reduce 4", reduce, show, [], 1, 2)
attempt("reduce kw", reduce, show, [], x=1)
attempt("reduce(1, ...)", reduce, 1, [1, 2])
attempt("reduce error", reduce, lambda a, b: a / b, [1, 0])

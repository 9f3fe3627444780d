import operator
import sys


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


g = operator.itemgetter(1)
print(g([10, 20, 30]), g("xyz"), g({1: "one"}), g((5, 6)))
g2 = operator.itemgetter(0, -1, slice(1, 3))
print(g2([1, 2, 3, 4]), g2("hello"))
print(operator.itemgetter((1, 2))({(1, 2): "tuple key"}))
print(operator.itemgetter((1, 2), 3)({(1, 2): "a", 3: "b"}))
print(callable(g), operator.itemgetter("k")({"k": None}))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(1, 0)))
print(list(map(operator.itemgetter(0), rows)), max(rows, key=operator.itemgetter(1)))
attempt("missing", operator.itemgetter(5), [1])
attempt("missing key", operator.itemgetter("x", "y"), {"x": 1})
attempt("no args", operator.itemgetter)
attempt("call none", g)
attempt("call two", g, 1, 2)
attempt("int", g, 3)
try:
    operator.itemgetter(1, x=2)
except TypeError as e:
    print("kw", e)
try:
    g(x=[1])
except TypeError as e:
    print("kw", e)

a = operator.attrgetter("real")
print(a(5), a(2.5), a(True))
print(operator.attrgetter("real", "imag")(7), operator.attrgetter("real.real.imag")(3))
print(operator.attrgetter("maxsize")(sys) == sys.maxsize, operator.attrgetter("__name__")(sys))
print(operator.attrgetter("__class__.__name__", "__name__")(len))


def f():
    pass


f.tag = "tagged"
f.inner = f
print(operator.attrgetter("tag", "inner.inner.tag", "__name__")(f))
attempt("missing", operator.attrgetter("nope"), 1)
attempt("missing dotted", operator.attrgetter("real.nope"), 1)
attempt("empty part", operator.attrgetter("real."), 1)
attempt("no args", operator.attrgetter)
attempt("not str", operator.attrgetter, 1)
attempt("not str 2", operator.attrgetter, "a", 2)
attempt("call none", a)
attempt("call two", a, 1, 2)
try:
    operator.attrgetter("a", x=1)
except TypeError as e:
    print("kw", e)
try:
    a(x=1)
except TypeError as e:
    print("kw", e)

m = operator.methodcaller("split")
print(m("a b  c"), operator.methodcaller("split", ",")("a,b,,c"))
print(operator.methodcaller("split", ",", maxsplit=1)("a,b,c"), operator.methodcaller("upper")("q"))
print(operator.methodcaller("get", "k", "default")({}), operator.methodcaller("count", 1)([1, 1, 2]))
lst = [3, 1, 2]
print(operator.methodcaller("sort", reverse=True)(lst), lst)
print(operator.methodcaller("to_bytes", 2, "big")(258), operator.methodcaller("bit_length")(255))
print(sorted(["bb", "A", "c"], key=operator.methodcaller("lower")))
attempt("missing method", operator.methodcaller("nope"), 1)
attempt("bad args", operator.methodcaller("upper", 1), "x")
attempt("no args", operator.methodcaller)
attempt("not str", operator.methodcaller, 5)
attempt("call none", m)
attempt("call two", m, "a", "b")
try:
    m("x", y=1)
except TypeError as e:
    print("kw", e)
print(callable(m), callable(a))

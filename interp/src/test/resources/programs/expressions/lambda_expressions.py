sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(add(1))
print(add(1, 2, 3, 4, k=5))
print((lambda: "no args")())
print((lambda *a: sum(a))(1, 2, 3))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sq.__name__)
print((lambda: (yield_ := 5))())

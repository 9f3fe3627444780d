def a(x): return x + 1
def b(x): return x * 2
def c(*xs): return sum(xs)
print(a(b(a(1))))
print(c(a(1), b(2), c(3, 4)))
print(len(str(abs(-12345))))
print(sorted(map(a, filter(lambda v: v % 2, range(10))), reverse=True))
print(max(map(len, ["a", "abc", "ab"])))
print(list(zip(*[(1, 2), (3, 4), (5, 6)])))
print(dict(zip("abc", map(b, range(3)))))
print((lambda f: f(f(3)))(b))
fns = {"a": a, "b": b}
print(fns["a"](fns["b"](10)))
print([f(5) for f in (a, b, lambda q: q ** 2)])

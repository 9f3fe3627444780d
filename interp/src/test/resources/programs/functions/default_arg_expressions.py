base = 10
def f(a, b=base * 2, c=[base], d=len("abc")):
    return a, b, c, d
base = 99
print(f(1))
def g(x, y=None, *, z=lambda v: v + 1):
    return z(x) if y is None else y
print(g(1), g(1, 5), g(1, z=lambda v: v * 100))
def h(n, acc=()):
    if n == 0:
        return acc
    return h(n - 1, acc + (n,))
print(h(4), h.__defaults__)
def k(s, t=str.upper):
    return t(s)
print(k("abc"), k("ABC", str.lower))

def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
args = (10, 20, 30)
kwargs = {"c": 1, "z": 9}
print(f(*args, **kwargs))
print(f(*[1], *[2, 3], c=0, **{"d": 7}, **{"y": 8}))
print(f(c=1, a=2))
print(f(1, *(), **{}, c=5))
def g(*a, **k):
    return a, k
print(g())
print(g(*"ab", x=1, **{"y": 2}))
print(max(*[3, 1, 4]), max([3, 1, 4]))
print(print("inner") is None)
print(dict(a=1, **{"b": 2}))

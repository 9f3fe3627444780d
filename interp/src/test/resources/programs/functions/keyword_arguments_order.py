def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1}, a=2, **{"c": 3}))
def f(a, b, c):
    return f"{a}{b}{c}"
print(f(c=3, a=1, b=2), f(1, c=3, b=2), f(*"xy", c="z"))
try:
    f(1, 2, a=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, c=4)
except TypeError as e:
    print("TypeError:", e)
def g(x, **rest):
    return x, rest
print(g(x=1, y=2), g(1, **{"z": 0}))

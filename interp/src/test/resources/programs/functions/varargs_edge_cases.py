def f(*args):
    return args
print(f(), f(1), f(*[]), f(*"ab"), f(*range(3), *{9: 0}))
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(**{"b": 2}), g(**{}, **{"c": 3}))
try:
    g(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**[1])
except TypeError as e:
    print("TypeError:", e)
def h(a, *args, b, **kw):
    return a, args, b, kw
print(h(1, b=2), h(1, 2, 3, b=4, c=5))

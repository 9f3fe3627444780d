def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, /, b=5):
    return a + b
print(h(1), h(1, 2), h(1, b=10))
try:
    h(a=1)
except TypeError as e:
    print("TypeError:", e)
def only(a=1, b=2, /):
    return a * b
print(only(), only(3), only(3, 4))
try:
    only(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

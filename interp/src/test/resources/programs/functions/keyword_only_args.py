def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
for call in (lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(*args, sep="-", end="!"):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="+"), g(end="?"))
print(f.__kwdefaults__, g.__kwdefaults__)
def h(a, b=2, *rest, flag=False, **opts):
    return a, b, rest, flag, opts
print(h(1), h(1, 2, 3, flag=True, x=9))

def f(a, b, c=3):
    return a + b + c
def g(*, k):
    return k
def h():
    return 0
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(1),
    lambda: g(),
    lambda: h(1),
    lambda: h(x=1),
    lambda: f(*[1, 2], **{"c": 1, "b": 2}),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len(1, 2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)

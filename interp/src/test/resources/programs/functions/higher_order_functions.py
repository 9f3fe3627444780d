def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
sq = lambda x: x * x
print(compose(inc, dbl, sq)(3), compose()(7), compose(sq)(5))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(inc, 0, 5))
def reduce(f, seq, init):
    acc = init
    for s in seq:
        acc = f(acc, s)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda a, b: b + a, "abc", ""))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sorted(["ccc", "a", "bb"], key=len), list(map(str.upper, ["x", "y"])))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))

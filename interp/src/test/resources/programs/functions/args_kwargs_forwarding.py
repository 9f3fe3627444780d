def target(a, b=0, *args, key=None, **kwargs):
    return f"a={a} b={b} args={args} key={key} kwargs={kwargs}"
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, key="k", extra=True))
def wrap(fn):
    def inner(*a, **k):
        print("calling", fn.__name__, a, k)
        result = fn(*a, **k)
        print("result", result)
        return result
    return inner
wrapped = wrap(target)
wrapped(5, key=6)
def collect(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__, len(args), sorted(kwargs)
print(collect(), collect(1, 2, z=1, a=2))
def partial(fn, *bound, **bound_kw):
    def call(*more, **more_kw):
        return fn(*bound, *more, **{**bound_kw, **more_kw})
    return call
p = partial(target, 10, key="preset")
print(p(20, 30))
print(p(key="override"))

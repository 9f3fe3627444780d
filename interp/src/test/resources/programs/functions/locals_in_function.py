def f(a, b=2, *args, **kw):
    c = a + b
    return locals()
print(f(1))
print(f(1, 3, 4, k=5))
def g():
    x = 1
    before = sorted(locals())
    y = 2
    after = sorted(locals())
    return before, after
print(g())
def h():
    return locals()
print(h())
def with_closure():
    v = "captured"
    def inner():
        return v
    return sorted(locals())
print(with_closure())

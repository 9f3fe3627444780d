a if b else c
a if b else c if d else e
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: x
lambda *, k: k
lambda a, /, b: a
lambda x: lambda y: x + y
f = lambda: (yield)

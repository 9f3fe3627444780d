handlers = {}
for name in ("add", "sub", "mul"):
    if name == "add":
        def op(a, b):
            return a + b
    elif name == "sub":
        def op(a, b):
            return a - b
    else:
        def op(a, b):
            return a * b
    handlers[name] = op
print({k: f(6, 3) for k, f in handlers.items()})
print([f.__name__ for f in handlers.values()])
adders = []
for n in range(3):
    def add(x, n=n):
        return x + n
    adders.append(add)
print([a(10) for a in adders])
def make(n):
    def f():
        return n
    return f
print([make(i)() for i in range(4)])

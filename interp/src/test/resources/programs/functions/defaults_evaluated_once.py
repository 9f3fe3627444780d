calls = 0
def make_default():
    global calls
    calls += 1
    return calls * 100
def f(x=make_default()):
    return x
print(f(), f(), f(1), calls)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
print(append_to.__defaults__, f.__defaults__, safe_append.__defaults__)
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())

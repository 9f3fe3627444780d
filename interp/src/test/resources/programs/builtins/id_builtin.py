a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(None) == id(None))
def f():
    return a
print(id(f()) == id(a))
x = "interned?"
print(id(x) == id(x), type(id(a)).__name__)
d = {}
d2 = d
d2["k"] = 1
print(id(d) == id(d2), d)

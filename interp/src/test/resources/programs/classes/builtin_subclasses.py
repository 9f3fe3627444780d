# Subclassing builtin types: list, dict, set, object, exceptions; super() reaching the builtin methods.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"

st = Stack([1, 2])
st.push(3).push(4)
print(st, st.peek(), len(st), st[1:3], type(st[1:3]).__name__, sum(st), st.pop(), st)
print(isinstance(st, list), type(st) is list, st == [1, 2, 3], list(reversed(st)), sorted(Stack([3, 1, 2])))
st.extra = "attr"
print(st.extra, Stack.__mro__)

class Upper(list):
    def __init__(self, items):
        super().__init__(x.upper() for x in items)
    def __setitem__(self, i, v):
        super().__setitem__(i, v.upper())
    def append(self, v):
        super().append(v.upper())

u = Upper(["a", "b"])
u[0] = "z"
u.append("c")
print(u, len(u), u + ["d"], u * 2)

class DefaultDict(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]

dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(sorted(dd.items()), len(dd), "b" in dd, dd.get("zz"), dd.default)

class LowerKeys(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())

lk = LowerKeys()
lk["KEY"] = 1
print(lk["key"], lk["Key"], "kEy" in lk, dict(lk), list(lk.keys()))
try:
    lk["missing"]
except KeyError as e:
    print("KeyError", e)

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self

t = Tags()
t.add_all("b", "a", "b")
print(sorted(t), len(t), "a" in t, isinstance(t, set), type(t).__name__)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(sorted(pts, key=lambda p: p.x), Point(1, 2) in pts)

class Registry(dict):
    count = 0
    def register(self, name):
        def deco(fn):
            self[name] = fn
            Registry.count += 1
            return fn
        return deco

reg = Registry()
@reg.register("double")
def double(x):
    return 2 * x
print(reg["double"](21), Registry.count, list(reg))

class Matrix(list):
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def transpose(self):
        return type(self)(map(list, zip(*self)))

m = Matrix.identity(3)
m[0][2] = 5
print(m, m.transpose(), type(m.transpose()).__name__)
print(list.__repr__(st), dict.__len__(dd))

# Attributes: instance and class attributes, __dict__, __slots__, getattr hooks, descriptors.
class P:
    kind = "class-level"
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, p.kind, P.kind, p.__dict__, "kind" in P.__dict__, P.__dict__["kind"])
p.kind = "instance-level"
print(p.kind, P.kind)
del p.kind
print(p.kind)
p.__dict__["y"] = 2
print(p.y, getattr(p, "z", "default"), hasattr(p, "x"), hasattr(p, "nope"))
setattr(p, "z", 3)
delattr(p, "x")
print(sorted(vars(p)))
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    P.missing
except AttributeError as e:
    print("AttributeError:", e)
P.added = lambda self: "added later"
print(p.added(), P.added(p))
p.__dict__ = {"fresh": True}
print(vars(p))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

s = Slotted()
print(s.a, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
del s.a
print(s.b, hasattr(s, "a"), type(Slotted.a).__name__)

class SlotChild(Slotted):
    pass
sc = SlotChild()
sc.extra = "has dict"
print(sc.a, sc.extra, sc.__dict__)

class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")

d = Dyn()
print(d.real, d.auto_thing, getattr(d, "auto_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

lg = Logged()
lg.a = 1
lg.b = [2]
del lg.a
print(vars(lg))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

pr = Proxy([1, 2])
print(pr.secret, pr._target)

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

class Util:
    @staticmethod
    def twice(x):
        return 2 * x
    @classmethod
    def build(cls, *args):
        return cls, args

print(Util.twice(3), Util().twice(4), Util.build(1, 2)[1], Util().build()[0].__name__)
print(type(Util.__dict__["twice"]).__name__, type(Util.__dict__["build"]).__name__)

class Descr:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 100)

class UsesDescr:
    field = Descr()

u = UsesDescr()
print(u.field, UsesDescr.field.name)
u.field = 3
print(u.field, u.__dict__)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class UsesNonData:
    attr = NonData()

un = UsesNonData()
print(un.attr)
un.__dict__["attr"] = "from instance"
print(un.attr)

print(P.__name__, P.__qualname__, P.__module__, P.__doc__, p.__class__.__name__)
class Documented:
    "The docstring."
print(Documented.__doc__, Documented().__doc__)

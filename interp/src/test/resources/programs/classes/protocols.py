# Context managers, class decorators, __init_subclass__, __set_name__, __class_getitem__,
# dynamic classes with type(), and class-level state.
class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Managed("a") as m:
    print("inside", m.name)
with Managed("outer"), Managed("inner") as i:
    print("nested", i.name)
with Managed("swallow", swallow=True):
    raise ValueError("hidden")
print("after swallow")
try:
    with Managed("propagate"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", e)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b
print(Rec(1, "x"), [Rec(2, None)])

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="bee"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(object, flavour=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        return f"{self.owner}.{self.name}"

class Model:
    title = Field()
    body = Field()
print(Model().title, Model().body, Model.title)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int], Box[str])

Dyn = type("Dyn", (object,), {"x": 1, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.x, d.double(), type(d).__name__, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"x": 21})
print(Sub().double(), issubclass(Sub, Dyn), Sub.__mro__)
print(type(d) is Dyn, type(1), type("s"))
try:
    type("Bad", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def __del__(self):
        pass

objs = [Counter() for _ in range(5)]
print(Counter.instances, [o.id for o in objs])

class Lazy:
    @property
    def value(self):
        print("computing")
        self.__dict__["value"] = 42
        return 42
lz = Lazy()
print(lz.value, lz.value)

class Private:
    def __init__(self):
        self.__secret = 1
        self._Private__other = 2
    def reveal(self):
        return self.__secret, self.__other
p = Private()
print(p.reveal(), sorted(vars(p)))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == getattr(o, "v", None)
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq.__hash__, Eq(1) in [Eq(0), Eq(1)])
try:
    {Eq(1)}
except TypeError as e:
    print("TypeError:", e)

class Stateful:
    def __init__(self):
        self.log = []
    def __getitem__(self, k):
        self.log.append(("get", k))
        return k
s = Stateful()
s[1:2]
s["a", 2]
print(s.log)

class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.made_by_new = True
        return inst
    def __init__(self, x):
        print("init", x)
        self.x = x
w = WithNew(5)
print(w.made_by_new, w.x)

class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInstance())
try:
    object()()
except TypeError as e:
    print("TypeError:", e)
try:
    WithNew()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self):
        pass
try:
    InitOnly(1)
except TypeError as e:
    print("TypeError:", e)

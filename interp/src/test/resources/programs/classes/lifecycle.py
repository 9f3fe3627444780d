# exit: 0
# Object lifetime: __del__ when the last reference goes, once only, resurrection, errors in
# __del__ reported and ignored; dir() of instances, classes and modules.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

a = Tracked("a")
b = a
del a
print("a deleted, b alive")
b = None
print("b dropped")

def scope():
    t = Tracked("local")
    return 1
scope()
print("after scope")

items = [Tracked(f"item{i}") for i in range(3)]
items.pop()
print("popped")
items.clear()
print("cleared")

saved = []
class Phoenix:
    def __del__(self):
        print("phoenix finalised")
        saved.append(self)
p = Phoenix()
del p
print("resurrected:", len(saved), type(saved[0]).__name__)
saved.clear()
print("gone for good (no second __del__)")

class Raiser:
    def __call__(self):
        raise ValueError("in __del__")
    def __repr__(self):
        return "<the Raiser>"
class Broken:
    __del__ = Raiser()
x = Broken()
del x
print("still running")

class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)
class Child(Base):
    pass
Child()
print("child made and dropped")

class Point:
    dim = 2
    def __init__(self):
        self.x = 1
        self._y = 2
    def norm(self):
        return 0
pt = Point()
print([n for n in dir(pt) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("__")])
print("__init__" in dir(pt), "__dict__" in dir(Point), "__class__" in dir(1), "append" in dir([]))
import math
print("pi" in dir(math), "sqrt" in dir(math))
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
class Custom:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(Custom()))
print("end")

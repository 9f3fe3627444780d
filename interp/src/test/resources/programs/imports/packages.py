# Packages: __init__, submodules, nested packages, what `import a.b.c` binds.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

import shapes
print(shapes.__name__, shapes.__package__, shapes.UNIT)
print([p.rsplit("/", 2)[-2:] for p in shapes.__path__])
print(shapes.__file__)
print(hasattr(shapes, "circle"))

import shapes.circle
print(shapes.circle.describe(2))
print(shapes.circle.__package__, shapes.circle.__name__)
print("__path__" in vars(shapes.circle))

import shapes.geometry.vectors as vec
print(vec.__name__, vec is shapes.geometry.vectors)
v = vec.Vector(3, 4)
print(v, v.norm2(), vec.unit_circle_area())
print(shapes.geometry.Vector is vec.Vector)

from shapes import square
print(square.area(5), square.ratio(), shapes.square is square)

from shapes.geometry.deep import leaf
print(leaf.chain())
try:
    leaf.too_far()
except ImportError as e:
    print(type(e).__name__, e)

import shapes.geometry.deep.leaf as leaf2
print(leaf2 is leaf, shapes.geometry.deep.leaf is leaf)
print(sorted(name for name in sys.modules if name.startswith("shapes")))
m = __import__("shapes.geometry.helpers")
print(m is shapes)
m = __import__("shapes.geometry", fromlist=["helpers"])
print(m.__name__, m.helpers.dot(v, v))
import importlib
print(importlib.import_module(".circle", "shapes") is shapes.circle)
print(importlib.import_module("..square", "shapes.geometry") is square)
print(importlib.import_module("shapes.geometry.deep").__name__)

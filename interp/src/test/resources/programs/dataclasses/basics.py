# dataclasses: generated __init__/__repr__/__eq__, order, frozen, hashing rules, field() with
# factories, ClassVar and InitVar, inheritance, __post_init__, asdict/astuple/replace, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, make_dataclass
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 2), p.__match_args__, hash(Point) is not None)
print(fields(p)[0].name, [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=5))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 0
    def add(self, item):
        self.items.append(item)
        self.count += 1
a = Inventory('a'); b = Inventory('b')
a.add('x')
print(a, b, a.count, Inventory.total, [f.name for f in fields(Inventory)])

@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Derived(Base):
    c: float = 1.0
    def __post_init__(self):
        self.d = self.a * 2
d = Derived(5, c=2.5)
print(d, d.d, is_dataclass(d), is_dataclass(Derived), is_dataclass(1))

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(3, 4), WithInit(2))

for bad in ('''
@dataclass
class Bad:
    x: list = []
''', '''
@dataclass
class Bad2:
    x: int = 1
    y: int
'''):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(tree)
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))])
print(C(1), C(1, 2).y)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) != 0)
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(1)) == hash(H(1)))
print(repr(field(default=1)).startswith('Field(name=None,type=None,default=1,'))

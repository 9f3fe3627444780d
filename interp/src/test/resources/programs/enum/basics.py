# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API, members with
# __init__/__new__/_missing_/methods/properties; reprs, strs, formats and errors as CPython 3.11.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED:>12}|', Color.CRIMSON is Color.RED, list(Color), Color.__members__)
for a in (lambda: Color(5), lambda: Color['X'], lambda: setattr(Color, 'RED', 3), lambda: delattr(Color, 'RED'), lambda: Color.RED < Color.GREEN):
    try: print(a())
    except Exception as e: print(type(e).__name__, e)
try:
    class More(Color): BLUE = 3
except Exception as e: print(type(e).__name__, e)
class I(enum.IntEnum):
    A = 1
    B = enum.auto()
print(repr(I.B), str(I.B), format(I.B), I.A + 1, I(2), I.A == 1, hash(I.A) == hash(1))
class S(enum.StrEnum):
    X = enum.auto()
    Y = 'why'
print(repr(S.X), str(S.X), S.Y.upper(), f'{S.Y}')
class P(enum.Flag):
    R = enum.auto(); W = enum.auto(); X = enum.auto()
rw = P.R | P.W
print(repr(rw), str(rw), P.R in rw, P.X in rw, list(rw), repr(~P.R), repr(P(0)), bool(P(0)), rw.value, repr(P(7)))
class IP(enum.IntFlag):
    A = 1; B = 2
print(repr(IP.A | IP.B), IP.A | 4, repr(IP.A | 4), str(IP.A|IP.B))
try:
    @enum.unique
    class U(enum.Enum):
        A = 1; B = 1
except ValueError as e: print('ValueError', e)
F = enum.Enum('F', 'A B C')
print(list(F), F.B.value, repr(enum.Enum('G', [('X', 10)]).X))
print(type(Color), Color.RED.name, Color.RED.value, Color.RED.__class__, isinstance(Color.RED, Color), len(Color))
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))
class Ordinal(enum.Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj
    FIRST = 'first'
    SECOND = 'second'
print(Ordinal.SECOND.value, Ordinal.SECOND.label, Ordinal(1))
class Shape(enum.Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE if value == 'sq' else None
    def describe(self):
        return '%s has value %d' % (self.name, self.value)
print(Shape('sq'), Shape.CIRCLE.describe(), {Shape.SQUARE: 'a'}[Shape(2)], sorted(Shape, key=lambda m: -m.value))
match_counts = {c: 0 for c in Color}
print(match_counts, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
class Weekday(enum.IntEnum):
    MON = 1; TUE = 2
print(sorted([Weekday.TUE, Weekday.MON]), Weekday.MON < Weekday.TUE, max(Weekday), Weekday.TUE * 10)

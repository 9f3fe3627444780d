# Enum members: access, lookup by value and name, iteration, aliases, reprs and strs.
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color(1) is Color.RED, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(list(Color.__members__), Color._member_names_)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(type(Color), type(Color.RED), isinstance(Color.RED, Color), EnumMeta is EnumType)
print(repr(Color), Color.__name__, f"{Color.GREEN}", format(Color.BLUE, '>12') + "|")
d = {Color.RED: 'stop', Color.GREEN: 'go'}
print(d[Color.RED], d[Color.CRIMSON], Color.GREEN in d, sorted(d, key=lambda c: c.value))
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED, Color.CRIMSON, Color.BLUE} == {Color.RED, Color.BLUE})


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return "%s has mass %.3e" % (self.name.title(), self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.describe())
print(Planet.heaviest(), Planet((5.976e+24, 6.37814e6)))


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal), [m.value for m in Ordinal])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Lower), Lower('beta1'))


class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape('square'), Shape(3))


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO, Num.TWO * 3, Num.ONE == 1, Num(2), f"{Num.TWO:03d}")
print(sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int), str(Num.ONE), int(Num.TWO), [10, 20, 30][Num.TWO])


class Dir(StrEnum):
    NORTH = auto()
    SOUTH = 'south!'


print(Dir.NORTH, repr(Dir.NORTH), Dir.NORTH == 'north', Dir.SOUTH.upper(), Dir('north') is Dir.NORTH, len(Dir.SOUTH))


class Mixed(str, Enum):
    A = 'a'
    B = 'b'


print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A + Mixed.B)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))

Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal, list(Animal), Animal.BEE.value)
Pets = Enum('Pets', ['DOG', 'FISH'], start=10)
print(list(Pets))
Sizes = IntEnum('Sizes', [('S', 1), ('M', 5), ('L', 9)])
print(list(Sizes), Sizes.M + 1)
Codes = Enum('Codes', {'OK': 200, 'MISSING': 404})
print(Codes(404), Codes.OK.value)


class Base(Enum):
    def shout(self):
        return self.name + "!"


class Sub(Base):
    A = 1


print(Sub.A.shout(), Sub.__mro__[1:3])

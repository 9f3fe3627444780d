# Flag and IntFlag: combination, containment, iteration, inversion, pseudo-members.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, list(rw), len(rw))
print(Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(~rw), repr(rw & Perm.W), repr(rw ^ Perm.W), repr(Perm(7)))
print(Perm(6) is rw, list(Perm), len(Perm))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.GREEN), repr(~Color.RED))
print(Color.__members__.keys(), Color.NONE, bool(Color.NONE), repr(~Color.WHITE))
print([c.value for c in Color], Color.WHITE.value)


class Io(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


print(Io.READ | Io.WRITE, repr(Io.READ | Io.WRITE), repr(Io.READ | 8), repr(Io(8)), repr(~Io.READ))
print(Io.READ + 1, Io.READ == 4, isinstance(Io.READ, int), f"{Io.READ | Io.EXEC}", Io.WRITE in (Io.READ | Io.WRITE))
print(repr(Io.READ & 6), repr(6 & Io.READ), repr(Io(0)), list(Io(7)))

try:
    Perm(8)
except ValueError as e:
    print(str(e).splitlines())
try:
    Perm('r')
except ValueError as e:
    print(e)
try:
    1 in rw
except TypeError as e:
    print(e)
print(Perm.R | 1 if False else "ok", Perm.R.__or__(1))

# CPython's messages for the ways an enum can be misused; the last one is uncaught.
from enum import Enum, IntEnum, StrEnum, Flag, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("value", lambda: Color(5))
attempt("name", lambda: Color['PINK'])
attempt("setattr", lambda: setattr(Color, 'RED', 3))
attempt("delattr", lambda: delattr(Color, 'GREEN'))


def extend():
    class More(Color):
        BLUE = 3


attempt("extend", extend)


def redefine():
    class Twice(Enum):
        A = 1
        A = 2


attempt("redefine", redefine)


def sunder():
    class Sunder(Enum):
        _bad_ = 1


attempt("sunder", sunder)


def dup():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


attempt("unique", dup)


def not_str():
    class S(StrEnum):
        A = 1


attempt("strenum", not_str)
attempt("intenum", lambda: IntEnum('Bad', [('A', 'x')]))


class Weird(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


attempt("missing", lambda: Weird(2))
attempt("instance", lambda: Color.RED.__class__('RED'))
Color.other = 5
print(Color.other, list(Color))
raise LookupError(f"no colour after {Color.GREEN!r}")

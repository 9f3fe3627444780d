# from m import * with and without __all__, and from a package with __all__ naming submodules.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

before = set(globals())
from star_all import *
print(sorted(set(globals()) - before - {"before"}))
print(public_a, _semi_private, Klass.__name__)

before = set(globals())
from star_noall import *
print(sorted(set(globals()) - before - {"before"}))
print(alpha, beta, func())

before = set(globals())
from shapes import *
print(sorted(set(globals()) - before - {"before"}))
print(circle.__name__, square.__name__, UNIT)

try:
    from star_badall import *
except TypeError as e:
    print("TypeError:", e)


def in_function():
    import star_all
    return star_all.public_b


print(in_function())

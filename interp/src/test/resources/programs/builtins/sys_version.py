# sys.version_info is a tuple with names; sys.implementation names the implementation.
import sys
v = sys.version_info
print(v.major, v.minor == v[1], v[:2] >= (3, 8), isinstance(v, tuple), len(v), type(v).__name__)
print(v.releaselevel, v.serial, isinstance(v.micro, int), v >= (3,), v < (4, 0))
major, minor, *rest = v
print(major, len(rest))
print(type(sys.implementation.name).__name__, sys.implementation.version == sys.version_info)
print(isinstance(sys.hexversion, int), sys.hexversion >> 24)
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError')
try:
    type(v)()
except TypeError as e:
    print('TypeError:', e)

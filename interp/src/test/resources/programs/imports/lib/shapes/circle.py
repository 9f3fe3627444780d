print("shapes.circle: loading,", __name__, __package__)
from . import UNIT

PI = 3.14159


def area(r):
    return round(PI * r * r, 3)


def describe(r):
    return "circle r=%s%s area=%s" % (r, UNIT, area(r))

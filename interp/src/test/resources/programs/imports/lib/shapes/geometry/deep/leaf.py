from ... import circle as c3
from ...geometry import helpers as h3
from .. import vectors as v2
from . import __name__ as here

print("leaf:", __name__, __package__, here)


def too_far():
    from .... import nothing
    return nothing


def chain():
    return c3.area(2), h3.dot(v2.Vector(1, 2), v2.Vector(3, 4))

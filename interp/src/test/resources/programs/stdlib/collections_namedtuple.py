from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p))
print(Point, Point.__name__, Point._fields, Point._field_defaults, Point.__match_args__)
print(Point.__doc__, Point.x.__doc__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
print(p._asdict(), p._replace(x=10), Point._make([3, 4]))
x, y = p
print(x + y, sum(p), list(p), tuple(p), p + (3,), p * 2)
print(p < Point(1, 3), sorted([Point(2, 1), Point(1, 5)]))

P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(namedtuple('Q', 'a, b')(1, 2))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
E = namedtuple('E', '')
print(E(), E._fields)
M = namedtuple('M', 'a', module='mymod')
print(M.__module__, M)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: Point(1))
err(lambda: Point())
err(lambda: P3())
err(lambda: namedtuple('T', 'a b c')())
err(lambda: Point(1, 2, 3))
err(lambda: P3(1, 2, 3, 4))
err(lambda: Point(1, z=2))
err(lambda: Point(1, x=2))
err(lambda: Point._make([1]))
err(lambda: p._replace(z=1))
err(lambda: namedtuple('T', 'a a'))
err(lambda: namedtuple('T', 'a _b'))
err(lambda: namedtuple('T', 'a def'))
err(lambda: namedtuple('T', 'a 1b'))
err(lambda: namedtuple('def', 'a'))
err(lambda: namedtuple('T', 'a', defaults=[1, 2]))
err(lambda: setattr(p, 'x', 5))

class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return 'Pt: x=%d y=%d' % self
q = Pt(3, -4)
print(q, repr(q), q.norm, q._replace(y=0))

d = {p: 'origin-ish'}
print(d[Point(1, 2)], Point(*range(2)), Point(**{'x': 5, 'y': 6}))

import functools
from functools import total_ordering, cmp_to_key, wraps, update_wrapper, cached_property


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__, "__gt__" in Version.__dict__)
attempt("V > 1", lambda: a > 1)
attempt("V <= 'x'", lambda: a <= "x")


@total_ordering
class Weight:
    def __init__(self, w):
        self.w = w

    def __eq__(self, other):
        return self.w == other.w

    def __ge__(self, other):
        print("  ge", self.w, other.w)
        return self.w >= other.w


x, y = Weight(1), Weight(2)
print(x < y, x > y, x <= y, y <= x)
for root in ["__le__", "__gt__"]:
    ns = {"__init__": lambda self, v: setattr(self, "v", v), "__eq__": lambda s, o: s.v == o.v}
    ns[root] = (lambda s, o: s.v <= o.v) if root == "__le__" else (lambda s, o: s.v > o.v)
    K = total_ordering(type("K", (), ns))
    p, q = K(1), K(2)
    print(root, p < q, p > q, p <= q, p >= q, q >= q, q < q)
attempt("no ordering", total_ordering, type("E", (), {}))


class Only:
    def __lt__(self, other):
        return True


print(total_ordering(Only) is Only, "__gt__" in Only.__dict__)


def cmp(a, b):
    print("  cmp", a, b)
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
K = cmp_to_key(lambda a, b: len(a) - len(b))
print(sorted(["ccc", "a", "bb"], key=K), K("ab") < K("xyz"), K("ab") == K("xy"), K("a") >= K("bb"), K(obj=5).obj)
print(type(K), type(K(1)), max(["aaa", "b"], key=K))
attempt("K()", K)
attempt("K(1,2)", K, 1, 2)
attempt("K < 1", lambda: K(1) < 1)
attempt("hash K", hash, K(1))
attempt("cmp_to_key()", cmp_to_key)


def trace(fn):
    @wraps(fn)
    def wrapper(*args):
        print("  calling", fn.__name__)
        return fn(*args)
    return wrapper


@trace
def add(a, b):
    "Add two numbers."
    return a + b


add.extra = 1
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)


def target():
    "target doc"


target.tag = "t"


def plain():
    pass


r = update_wrapper(plain, target)
print(r is plain, plain.__name__, plain.__doc__, plain.tag, plain.__wrapped__ is target)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def other():
    pass


update_wrapper(other, target, assigned=("__doc__",), updated=())
print(other.__name__, other.__doc__, hasattr(other, "tag"))
attempt("update_wrapper()", update_wrapper)
attempt("wraps()", wraps)
print(type(wraps(target)).__name__)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("  computing area")
        return self.r * self.r * 3


c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)

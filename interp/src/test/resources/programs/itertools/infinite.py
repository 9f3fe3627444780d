import itertools
from itertools import count, cycle, repeat, islice


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


# The classes belong to module itertools.
print(type(count()), count, repeat, cycle)
print(count.__name__, count.__module__, count.__qualname__, type(count) is type)
print(isinstance(count(), count), iter(count()).__class__ is count)

c = count()
print(next(c), next(c), next(c), c)
print(count(5), count(0, 2), count(-3, -1), count(1.5), count(0, 0.25), count(0, 1.0), count(2**70))
c = count(10, 5)
print([next(c) for _ in range(4)], c)
c = count(0.5, 0.25)
print([next(c) for _ in range(4)], c)
c = count(2**63 - 2)
print([next(c) for _ in range(4)])
print(list(islice(count(start=3, step=-2), 4)), list(zip('abc', count(1))))
attempt("count(1,2,3)", count, 1, 2, 3)
attempt("count('a')", count, 'a')
attempt("count(1,'a')", count, 1, 'a')
attempt("count(x=1)", count, x=1)
attempt("count(3 kw)", count, start=1, step=2, z=3)
attempt("len(count())", len, count())
attempt("count()()", lambda: count()())

# cycle saves what it sees on the first pass and replays it.
def gen():
    for x in "abc":
        print("  pull", x)
        yield x


cy = cycle(gen())
print([next(cy) for _ in range(7)])
print(list(islice(cycle([]), 3)), list(islice(cycle(range(2)), 5)))
attempt("cycle()", cycle)
attempt("cycle(1)", cycle, 1)
attempt("cycle(kw)", cycle, [], x=1)
attempt("cycle(1,2)", cycle, 1, 2)

r = repeat('x', 3)
print(r, r.__length_hint__(), next(r), r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(repeat(None), repeat([1, 2]), repeat(1, -5), list(repeat(1, -5)), repeat(object=7, times=2))
print(list(islice(repeat('ab'), 3)), list(map(pow, range(4), repeat(2))))
attempt("repeat()", repeat)
attempt("repeat(1,2,3)", repeat, 1, 2, 3)
attempt("repeat(1,'a')", repeat, 1, 'a')
attempt("repeat(1,None)", repeat, 1, None)
attempt("hint forever", repeat(1).__length_hint__)

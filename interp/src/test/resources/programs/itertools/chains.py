import itertools
from itertools import accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise
import operator


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


def noisy(name, items):
    for x in items:
        print("  ", name, "yields", x)
        yield x
    print("  ", name, "done")


print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])), list(accumulate("abc")))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(accumulate([], initial=7)), list(accumulate([1, 2], None)), list(accumulate([1, 2], initial=None)))
a = accumulate(noisy("acc", [1, 2, 3]))
print(type(a), next(a))
print(next(a))
print(list(a))
attempt("accumulate()", accumulate)
attempt("accumulate(1)", accumulate, 1)
attempt("accumulate 3 pos", accumulate, [1], None, 1)
attempt("accumulate x=", accumulate, [1], x=1)
attempt("accumulate bad add", list, accumulate([1, "a"]))

print(list(chain()), list(chain("ab", [1, 2], (3,), range(2))), list(chain.from_iterable(["ab", "", "cd"])))
c = chain(noisy("first", [1, 2]), noisy("second", [3]))
print(next(c))
print(list(c))
print(type(chain.from_iterable([])), chain.from_iterable.__name__)
c = chain.from_iterable(noisy("outer", ["xy", "z"]))
print(next(c), list(c))
attempt("chain(1)", lambda: type(chain(1)))
attempt("next(chain(1))", next, chain(1))
attempt("chain(x=1)", chain, x=1)
attempt("from_iterable()", chain.from_iterable)
attempt("next from_iterable([1])", next, chain.from_iterable([1]))
bad = chain([1], 2, [3])
print(next(bad))
attempt("bad chain", next, bad)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [0, 1, 1, 1, 1])), list(compress(range(10), itertools.cycle([0, 1]))))
print(list(compress(noisy("data", "abc"), noisy("sel", [True, False]))))
attempt("compress()", compress)
attempt("compress([1])", compress, [1])
attempt("compress(1,[1])", compress, 1, [1])
attempt("compress([1],1)", compress, [1], 1)
print(list(compress(data=[1, 2], selectors=[1, 1])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))


def small(x):
    print("  test", x)
    return x < 3


print(list(dropwhile(small, noisy("dw", [1, 2, 3, 4, 1]))))
t = takewhile(small, noisy("tw", [1, 5, 2]))
print(list(t), list(t))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(bool, [0, 1, 2])))
attempt("dropwhile()", dropwhile)
attempt("dropwhile(None)", dropwhile, None)
attempt("dropwhile(None,1)", dropwhile, None, 1)
attempt("dropwhile kw", dropwhile, None, [], x=1)
attempt("takewhile()", takewhile)
attempt("filterfalse()", filterfalse)
attempt("filterfalse(None,1)", filterfalse, None, 1)
attempt("dropwhile call", list, dropwhile(None, [1]))
attempt("takewhile call", list, takewhile(None, [1]))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ["ab", "cd"])), list(starmap(lambda *a: a, [[], [1], (1, 2)])))
attempt("starmap()", starmap)
attempt("starmap(None,1)", starmap, None, 1)
attempt("next starmap", next, starmap(None, [1]))
attempt("starmap not callable", next, starmap(None, [(1,)]))

print(list(pairwise("abcde")), list(pairwise([1])), list(pairwise([])), list(pairwise(range(3))))
p = pairwise(noisy("pw", [1, 2, 3]))
print(next(p))
print(list(p))
attempt("pairwise()", pairwise)
attempt("pairwise(1)", pairwise, 1)
attempt("pairwise 2", pairwise, [], [])
attempt("pairwise kw", pairwise, [], x=1)
print(type(pairwise([])), type(starmap(None, [])), type(compress([], [])), type(accumulate([])))

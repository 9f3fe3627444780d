from itertools import groupby, islice, tee, zip_longest, count
import itertools


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


print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], list(groupby([])))
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2], None)])

# Advancing the groupby invalidates the previous group.
g = groupby("aaabbc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), list(g2))
groups = list(groupby("xxyz"))
print([(k, list(grp)) for k, grp in groups])
print(type(g), type(g1), type(g).__name__, type(g1).__name__)

g = groupby(noisy("src", "aab"), key=lambda c: print("   key", c) or c.upper())
k, grp = next(g)
print("group", k)
print(list(grp))
print([(k, list(grp)) for k, grp in g])
attempt("groupby()", groupby)
attempt("groupby(1)", groupby, 1)
attempt("groupby 3", groupby, [], None, 1)
attempt("groupby x=", groupby, [], x=1)
attempt("groupby key error", list, groupby([1, 2], key=len))
attempt("_grouper()", itertools._grouper)
attempt("_grouper(1, 2)", itertools._grouper, 1, 2)

s = "ABCDEFG"
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, None, None, None)), list(islice(s, 1, 100, 3)), list(islice(s, 5, 2)))
print(list(islice(count(), 3, 20, 7)), list(islice(range(10), 0)), list(islice(s, 10, 20)))
it = iter(range(10))
print(list(islice(it, 2, 4)), list(it))
it = iter(range(10))
print(list(islice(it, 3, 3)), next(it))
print(list(islice(noisy("is", range(6)), 1, 5, 2)))
print(list(islice([1, 2, 3], True, None)))
attempt("islice huge", islice, "abc", 2**70)
attempt("islice()", islice)
attempt("islice([])", islice, [])
attempt("islice 5", islice, [], 1, 2, 3, 4)
attempt("islice -1", islice, [], -1)
attempt("islice 'a'", islice, [], "a")
attempt("islice stop -1", islice, [], 1, -1)
attempt("islice start -1", islice, [], -1, 2)
attempt("islice start 'a'", islice, [], "a", 2)
attempt("islice step 0", islice, [], 1, 2, 0)
attempt("islice step -1", islice, [], 1, 2, -1)
attempt("islice step 'a'", islice, [], 1, 2, "a")
attempt("islice(1,2)", islice, 1, 2)
attempt("islice kw", islice, [], x=1)
attempt("islice float", islice, [], 1.5)

a, b = tee(noisy("tee", [1, 2, 3]))
print(next(a), next(a))
print(next(b))
print(list(a), list(b))
print(tee([1, 2], 0), len(tee([1, 2], 5)), [list(t) for t in tee("ab", 3)])
a, b = tee(range(200))
print(sum(a), sum(b), list(a))
a, b = tee(iter(range(5)))
c, d = tee(a)
print(list(c), list(d), list(b))
x = tee([1])[0]
y = x.__copy__()
print(type(x), type(y) is type(x), list(x), list(y))
attempt("tee()", tee)
attempt("tee -1", tee, [], -1)
attempt("tee(1)", tee, 1)
attempt("tee 'a'", tee, [], "a")
attempt("tee 3", tee, [], 1, 2)
attempt("tee kw", tee, [], n=2)
attempt("_tee()", itertools._tee)
attempt("_tee(1)", itertools._tee, 1)

print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest("ab")))
print(list(zip_longest([1], [2, 3], [4, 5, 6])), list(zip_longest("a", "", fillvalue=None)))
z = zip_longest(noisy("L", "ab"), noisy("R", "xyz"), fillvalue=0)
print(next(z))
print(list(z), list(z))
attempt("zip_longest(1)", zip_longest, 1)
attempt("zip_longest x=", zip_longest, [], x=1)
attempt("zip_longest 2 kw", zip_longest, [], fillvalue=1, x=2)

import bisect


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect(a, 2, lo=1, hi=3))
print(bisect.bisect_left(a, 2, hi=None), bisect.bisect_right(a, 2, 5), bisect.bisect_left(a, 9, 0, -1))
print(bisect.bisect_right(a, 2, 4, 1), bisect.bisect_left(a, 5, hi=-5), bisect.bisect_right([], 1))
print(bisect.bisect("acegi", "d"), bisect.bisect_left((1, 3, 5), 3), bisect.bisect_right(range(0, 100, 5), 42))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.insort.__name__)

# Keys apply to the list's items; x is already a key.
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
calls = []


def key(r):
    calls.append(r[0])
    return r[1]


print(bisect.bisect_right(recs, 3, key=key), calls)
calls.clear()
bisect.insort_left(recs, ("x", 3), key=key)
print(recs, calls)
calls.clear()
bisect.insort_right(recs, ("y", 3), key=key)
print(recs, calls)
print(bisect.bisect(recs, 0, key=None) if False else bisect.bisect([1, 2], 1, key=None))

# insort.
lst = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(lst, x)
print(lst)
bisect.insort_left(lst, 5)
bisect.insort_right(lst, 5.0)
bisect.insort_left(lst, 1.0)
print(lst)
lst = [1.0, 1, True]
bisect.insort_left(lst, 1)
bisect.insort_right(lst, 1.5, 0, 1)
print(lst, bisect.insort(lst, 0))
nan = float("nan")
print(bisect.bisect_left([1.0, nan, 3.0], 2.0), bisect.bisect_right([1.0, nan, 3.0], nan))

# Errors.
attempt("lo negative", bisect.bisect, [1], 1, -1)
attempt("lo negative insort", bisect.insort_left, [1], 1, -1)
attempt("lo none", bisect.bisect, [1], 1, lo=None)
attempt("lo str", bisect.bisect_left, [1], 1, "a")
attempt("lo big", bisect.bisect, [1], 1, 2 ** 70)
attempt("hi float", bisect.bisect, [1], 1, 0, 1.5)
attempt("hi big", bisect.bisect_right, [1], 1, 0, 2 ** 70)
attempt("hi past end", bisect.bisect, [1], 1, 0, 5)
attempt("not sized", bisect.bisect, 1, 1)
attempt("none", bisect.bisect)
attempt("one", bisect.bisect_left, [1])
attempt("five positional", bisect.bisect, [1], 1, 0, 1, None)
attempt("six", bisect.bisect, [1], 1, 0, 1, None, 6)
attempt("insort five", bisect.insort, [1], 1, 0, 1, 5)
attempt("bad kw", bisect.bisect, [1], 1, foo=2)
attempt("twice", bisect.bisect_left, [1], 1, x=3)
attempt("twice lo", bisect.bisect_left, [1, 2], 1, 1, lo=1)
attempt("keywords", bisect.bisect_left, a=[1, 2], x=2)
attempt("insort tuple", bisect.insort, (1, 2), 1)
attempt("mixed", bisect.bisect, [1, 2], "a")
attempt("key raises", bisect.bisect, [1, 2], 1, key=lambda v: v / 0)
attempt("insort key raises", bisect.insort, [1, 2], 1, key=len)

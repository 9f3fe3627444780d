import heapq


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(list(f(*args, **kw))))
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([1, 2])), list(heapq.merge([], [3])))
print(list(heapq.merge("ace", "bdf")), list(heapq.merge(iter([1, 4]), (2, 3), range(0, 10, 3))))
print(list(heapq.merge([9, 5, 1], [8, 4, 0], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], ["", "zzzzz"], key=len)))
print(list(heapq.merge(["zzzz", "cc"], ["dddd", "a"], key=len, reverse=True)))

# Stability: equal items come out in argument order.
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])))
print(list(heapq.merge([1, 2.0], [1.0, 2], [True])))
print(list(heapq.merge([2.0, 1], [2, 1.0], reverse=True)))

# Laziness: nothing runs until the first next(), and values come one at a time.
log = []


def source(name, values):
    for v in values:
        log.append(name + str(v))
        yield v


m = heapq.merge(source("a", [1, 4, 6]), source("b", [2, 3, 9]))
print(log)
print(next(m), log)
print(next(m), next(m), log)
print(list(m), log)
print(next(m, "done"))

# Key calls happen once per value, and not at all once one iterable is left.
calls = []


def key(x):
    calls.append(x)
    return -x


print(list(heapq.merge([9, 3], [8, 7, 1, 0], key=key, reverse=False)), calls)

# An infinite input works because the merge is lazy.
def count(start, step):
    while True:
        yield start
        start += step


m = heapq.merge(count(0, 3), count(1, 3), count(2, 3))
print([next(m) for _ in range(10)])

# Errors.
attempt("not iterable", heapq.merge, [1], 5)
attempt("kw", heapq.merge, [1], foo=1)
attempt("mixed", heapq.merge, [1, 2], ["a"])
attempt("key raises", heapq.merge, [1], [2], key=lambda x: 1 / (x - 1))
m = heapq.merge([1, 5], [2, 3])
print(next(m), next(m), list(m))

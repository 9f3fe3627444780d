import heapq


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


data = [(i * 37) % 23 for i in range(40)]
for n in [-1, 0, 1, 2, 5, 39, 40, 50]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nsmallest(1, []), heapq.nlargest(1, iter([])))

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(4, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))
print(heapq.nsmallest(3, words, key=None), heapq.nlargest(n=2, iterable=words))

# The order of key calls shows the algorithm's steps.
calls = []


def key(x):
    calls.append(x)
    return x % 10


print(heapq.nsmallest(3, iter([15, 22, 31, 44, 5, 11, 60]), key=key), calls)
calls.clear()
print(heapq.nlargest(3, iter([15, 22, 31, 44, 5, 11, 69]), key=key), calls)
calls.clear()
print(heapq.nsmallest(10, [3, 2, 1], key=key), calls)

# Ties: the earliest of equal items wins, for both directions.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (0, "f")]
print(heapq.nsmallest(2, iter(pairs), key=lambda p: p[0]), heapq.nlargest(2, iter(pairs), key=lambda p: p[0]))
print(heapq.nsmallest(4, iter(pairs), key=lambda p: p[0]), heapq.nlargest(4, iter(pairs), key=lambda p: p[0]))
print(heapq.nsmallest(2, iter([1, 1.0, True])), heapq.nlargest(2, iter([1, 1.0, True])))
print(heapq.nsmallest(1, [1, 1.0, True]), heapq.nlargest(1, [1, 1.0, True]))
nan = float("nan")
print(heapq.nsmallest(3, iter([3.0, nan, 1.0, 2.0, nan, 0.5])), heapq.nlargest(3, iter([3.0, nan, 1.0, 2.0, nan])))

# n that is not a plain int.
print(heapq.nsmallest(1.0, [3, 1]), heapq.nsmallest(True, [3, 1]))
attempt("float n all", heapq.nlargest, 3.0, [3, 1, 2])
attempt("float n sized", heapq.nlargest, 2.0, [3, 1, 2])
attempt("float n", heapq.nsmallest, 2.0, iter([3, 1, 4]))
attempt("float n largest", heapq.nlargest, 2.0, iter([3, 1, 4]))
attempt("str n", heapq.nsmallest, "a", [3, 1])
attempt("str n iter", heapq.nsmallest, "a", iter([3, 1]))
attempt("str n largest iter", heapq.nlargest, "a", iter([3, 1]))
print(heapq.nsmallest(2 ** 70, iter([3, 1, 2])), heapq.nlargest(2 ** 70, iter([3, 1, 2])))

# Errors.
attempt("missing", heapq.nsmallest, 2)
attempt("missing both", heapq.nlargest)
attempt("too many", heapq.nsmallest, 1, [1], None, 4)
attempt("kw", heapq.nsmallest, 2, [1], foo=1)
attempt("twice", heapq.nlargest, 2, [1], n=3)
attempt("not iterable", heapq.nsmallest, 2, 5)
attempt("mixed", heapq.nsmallest, 2, iter([1, "a", 2]))
attempt("mixed largest", heapq.nlargest, 2, [1, "a", 2])
attempt("key error", heapq.nsmallest, 2, [1, 2, 3], key=lambda x: 1 / (x - 2))
attempt("key error one", heapq.nlargest, 1, [1, 2, 3], key=lambda x: 1 / (x - 2))

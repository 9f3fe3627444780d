import heapq


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


def is_heap(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))


h = []
for x in [5, 7, 9, 1, 3, 8, 2, 6, 4, 0, 5, 5]:
    heapq.heappush(h, x)
print(h, is_heap(h))
print([heapq.heappop(h) for _ in range(len(h))], h)

data = [(i * 7919) % 101 for i in range(60)]
h = data[:]
heapq.heapify(h)
print(h, is_heap(h))
print(heapq.heapreplace(h, 50), h[:10], is_heap(h))
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 99), h[:10], is_heap(h))
print(heapq.heappushpop([], 3))
out = []
while h:
    out.append(heapq.heappop(h))
print(out == sorted(data[:] + [50, 99]) or out)

# Large heap: the cache-friendly heapify gives the same heap.
big = [(i * 48271) % 2147483647 % 100000 for i in range(6000)]
h = big[:]
heapq.heapify(h)
print(h[:20], is_heap(h), len(h))

# Equal keys compare by the tuple's next item; tuple order is kept.
h = []
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(4)])

# Floats with NaN: the heap shape depends on each comparison made.
nan = float("nan")
h = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, nan, 4.0]
heapq.heapify(h)
print(h)
heapq.heappush(h, 0.25)
print(h, heapq.heappop(h), h)

# Equal values of different types: which one comes out first.
h = [1, 1.0, True, 1, 0.0, False, 0]
heapq.heapify(h)
print(h, [heapq.heappop(h) for _ in range(7)])

# Strings and lists.
h = ["pear", "apple", "fig", "banana"]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)])
h = [[3], [1, 2], [1], []]
heapq.heapify(h)
print(h)

# Errors.
attempt("pop empty", heapq.heappop, [])
attempt("replace empty", heapq.heapreplace, [], 1)
attempt("push tuple", heapq.heappush, (), 1)
attempt("pop int", heapq.heappop, 1)
attempt("heapify str", heapq.heapify, "abc")
attempt("replace tuple", heapq.heapreplace, (), 1)
attempt("pushpop tuple", heapq.heappushpop, (), 1)
attempt("push one", heapq.heappush, [])
attempt("pop none", heapq.heappop)
attempt("heapify two", heapq.heapify, [], [])
attempt("push mixed", heapq.heappush, [1], "a")
h = [1, "a"]
attempt("heapify mixed", heapq.heapify, h)
h = [2, 1, None]
attempt("heapify none", heapq.heapify, h)
print(h)
attempt("pushpop mixed", heapq.heappushpop, [1], "a")
try:
    heapq.heappush([], 1, x=1)
except TypeError as e:
    print("kw", e)

# NaNs in a heap past the cache-friendly threshold: each comparison's outcome shows.
big = [float("nan") if i % 7 == 3 else float((i * 7919) % 3001) for i in range(3000)]
h = big[:]
heapq.heapify(h)
print([i for i, v in enumerate(h) if v != v][:40])
print(h[:30])
heapq._heapify_max(big)
print([i for i, v in enumerate(big) if v != v][:40], big[:12])
print(heapq._heappop_max([1, 5, 3]) if False else heapq._heappop_max([5, 1, 3]), heapq._heapreplace_max([9, 2, 4], 3))

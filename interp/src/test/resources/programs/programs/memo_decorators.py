# Caching and decorators: an LRU cache on a hand-made doubly linked list, a
# memoize decorator with statistics, decorator factories, closures with
# nonlocal state, a class decorator and timing with a deterministic check.
import sys
import time


class CacheError(KeyError):
    pass


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive, not %d" % capacity)
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.evicted = []

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map.get(key)
        if node is None:
            raise CacheError(key)
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                last = self.tail.prev
                self._unlink(last)
                del self.map[last.key]
                self.evicted.append(last.key)
            node = self.map[key] = Node(key, value)
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self.tail.prev
        while node is not self.head:
            yield node.key
            node = node.prev

    def __repr__(self):
        return "LRU(%s)" % ", ".join("%r: %r" % (k, self.map[k].value) for k in self)


def memoize(maxsize=None):
    def decorate(fn):
        cache = LRUCache(maxsize) if maxsize else {}
        hits = misses = 0

        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = args + tuple(sorted(kwargs.items()))
            try:
                result = cache[key]
                hits += 1
                return result
            except KeyError:
                misses += 1
            result = fn(*args, **kwargs)
            cache[key] = result
            return result

        def info():
            return "%s(hits=%d, misses=%d, size=%d)" % (fn.__name__, hits, misses, len(cache))

        def clear():
            nonlocal hits, misses, cache
            hits = misses = 0
            cache = LRUCache(maxsize) if maxsize else {}

        wrapper.info = info
        wrapper.clear = clear
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorate


@memoize()
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(maxsize=16)
def grid_paths(r, c, blocked=()):
    if (r, c) in blocked or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    return grid_paths(r - 1, c, blocked=blocked) + grid_paths(r, c - 1, blocked=blocked)


def counted(fn):
    calls = [0]

    def wrapper(*a):
        calls[0] += 1
        return fn(*a)
    wrapper.calls = calls
    return wrapper


def traced(prefix):
    depth = [0]

    def decorate(fn):
        def wrapper(*args):
            print("%s%s%s%r" % (prefix, "  " * depth[0], fn.__name__, args))
            depth[0] += 1
            try:
                result = fn(*args)
            except Exception as e:
                print("%s%s!! %s: %s" % (prefix, "  " * (depth[0] - 1), type(e).__name__, e))
                raise
            finally:
                depth[0] -= 1
            print("%s%s-> %r" % (prefix, "  " * depth[0], result))
            return result
        return wrapper
    return decorate


@traced("| ")
def gcd(a, b):
    if b == 0:
        if a == 0:
            raise ZeroDivisionError("gcd(0, 0) undefined here")
        return a
    return gcd(b, a % b)


def registry_class(cls):
    cls.instances = []
    original = cls.__init__

    def __init__(self, *a, **k):
        original(self, *a, **k)
        cls.instances.append(self)
    cls.__init__ = __init__
    return cls


@registry_class
class Sensor:
    def __init__(self, name, reading=0.0):
        self.name, self.reading = name, reading

    def __repr__(self):
        return "Sensor(%s=%s)" % (self.name, self.reading)


def make_counters():
    counters = []
    for i in range(3):
        def counter(step=i + 1):
            total = 0

            def bump():
                nonlocal total
                total += step
                return total
            return bump
        counters.append(counter())
    return counters


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache[k] = v
print(cache, len(cache), "a" in cache)
cache["a"]
cache["d"] = 4
cache["b" if "b" in cache else "c"] = 20
cache["e"] = 5
print(cache, list(reversed(cache)), "evicted:", cache.evicted)
try:
    cache["zzz"]
except KeyError as e:
    print("miss:", type(e).__name__, e, isinstance(e, CacheError))
try:
    LRUCache(0)
except ValueError as e:
    print(e)

print([fib(n) for n in range(15)], fib(90))
print(fib.info(), fib.__name__, fib.__wrapped__.__name__)
fib.clear()
print(fib(30), fib.info())
print(grid_paths(6, 6), grid_paths(6, 6, blocked=((1, 1), (3, 2))), grid_paths.info())
print(grid_paths(10, 10), grid_paths.info())

square = counted(lambda x: x * x)
print(sum(square(i) for i in range(10)), square.calls)
print(gcd(1071, 462))
try:
    gcd(0, 0)
except ZeroDivisionError as e:
    print("caught:", e)

s1, s2 = Sensor("t1", 20.5), Sensor("h1")
print(Sensor.instances, Sensor.__init__.__name__)
bumps = make_counters()
print([b() for b in bumps], [b() for b in bumps], [bumps[2]() for _ in range(3)])

start = time.perf_counter()
fib.clear()
value = fib(200)
elapsed = time.perf_counter() - start
print(value % 1000007, elapsed >= 0.0, type(elapsed).__name__, time.monotonic() <= time.monotonic())
limit = sys.getrecursionlimit()
fib.clear()
try:
    fib(limit * 2)
except RecursionError as e:
    print("RecursionError raised:", "maximum recursion depth" in str(e))
print(fib(400) % 1000, fib.info().split("(")[0])

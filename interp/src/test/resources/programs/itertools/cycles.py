# Objects of itertools and functools types that end up in reference cycles are reclaimed by
# the cycle collector (the corpus runner checks nothing stays allocated).
import gc
import itertools
import functools


class Box:
    pass


b = Box()
b.it = itertools.cycle([b])
print(next(b.it) is b)
b.chain = itertools.chain([b], [b.it])
b.group = itertools.groupby([b, b])
k, g = next(b.group)
b.grouper = g
b.tee = itertools.tee([b], 3)
b.acc = itertools.accumulate([b], lambda x, y: x, initial=b)
b.zl = itertools.zip_longest([b], [], fillvalue=b)
b.prod = itertools.product([b], repeat=2)
b.perm = itertools.permutations([b, b])
b.rep = itertools.repeat(b)
b.cnt = itertools.count(0, 1)
b.sm = itertools.starmap(lambda x: x, [(b,)])
b.pw = itertools.pairwise([b, b, b])
next(b.pw)
b.isl = itertools.islice([b], 1)
b.fp = functools.partial(print, b, key=b)
b.fp.extra = b
b.key = functools.cmp_to_key(lambda x, y: 0)(b)
del b, k, g
gc.collect()
print("collected itertools cycles")


class Node:
    def __init__(self, n):
        self.n = n

    @functools.lru_cache(maxsize=None)
    def twice(self):
        return (self, self.n * 2)

    @functools.cached_property
    def me(self):
        return self


nodes = [Node(i) for i in range(5)]
print([n.twice()[1] for n in nodes], nodes[0].me is nodes[0])
del nodes
Node.twice.cache_clear()
print(Node.twice.cache_info())
p = functools.partial(len)
p.self = p
del p


def make():
    @functools.lru_cache
    def rec(n):
        return rec if n == 0 else rec(n - 1)
    return rec


r = make()
print(r(3) is r, r.cache_info())
del r
gc.collect()
print("done")

def make_iter(seq):
    it = iter(seq)
    def nxt(default="<end>"):
        return next(it, default)
    return nxt
n = make_iter([1, 2, 3])
print(n(), n(), n(), n(), n(None))
it = iter(range(3))
print(next(it), list(it), next(it, "done"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
d_iter = iter({"a": 1, "b": 2})
print(next(d_iter), next(d_iter))
s = iter("xy")
print(list(zip(s, s)))
counter = [0]
def sentinel_source():
    counter[0] += 1
    return counter[0]
print(list(iter(sentinel_source, 5)))

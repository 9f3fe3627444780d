it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "exhausted"))
print(list(iter("abc")), list(iter((1, 2))), sorted(iter({3, 1})), list(iter({"k": 1})))
it2 = iter(range(3))
print(iter(it2) is it2, list(it2))
calls = [0]
def src():
    calls[0] += 1
    return calls[0] * 10
print(list(iter(src, 40)))
for bad in (5, None):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)

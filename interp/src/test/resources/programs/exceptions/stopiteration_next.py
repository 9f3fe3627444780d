it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
print(next(it, "default"), next(iter(""), None))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
d = iter({})
try:
    next(d)
except StopIteration:
    print("empty dict iterator exhausted")
r = iter(range(2))
results = []
while True:
    try:
        results.append(next(r))
    except StopIteration:
        break
print(results)

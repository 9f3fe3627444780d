d = {"b": 2, "a": 1, "c": 3}
print(sorted(d), sorted(d.values()), sorted(d.items(), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
l = [3, 1, 2]
print(sorted(l), l, l.sort(), l)
print(sorted([], reverse=True), sorted("cba", key=ord))

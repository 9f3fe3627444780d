d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"})
print(it & {("a", 1), ("b", 9)})
print("a" in k, 3 in v, ("c", 3) in it)
print(sorted(k, reverse=True), max(v), sum(v))
print(k == {"a", "b", "c", "d"}, isinstance(k, object))
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(d.keys()))

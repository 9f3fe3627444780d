print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1))
print(dict(zip(range(3), "abc")), dict([[1, 2], "ab"]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
print({k: v for k, v in [("a", 1), ("a", 2)]})
print(dict(sorted({"z": 1, "a": 2}.items())))

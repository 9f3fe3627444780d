d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d["n"].append(1)
d.update({"b": 20, "x": 7})
d.update(y=8)
d.update([("z", 9)])
print(d)
print(d.popitem(), d)
e = d.copy(); e["b"] = 0
print(d["b"], e["b"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
d.clear(); print(d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 3})
f = {"q": 1}
f |= {"r": 2}
print(f)

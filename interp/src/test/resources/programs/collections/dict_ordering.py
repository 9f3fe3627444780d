d = {}
for k in ["zeta", "alpha", "mu", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d.items()))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), sorted(d2.items(), key=lambda kv: kv[1]))
print(dict(sorted(d2.items())))
print(list(reversed(d2)), list(reversed(d2.values())))
print({1: 1, 2: 2} == {2: 2, 1: 1})
print(list({"b": 1, "a": 2}.keys()) == ["b", "a"])

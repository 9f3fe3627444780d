d = {"b": 1, "a": 2, "b": 3}
print(d)
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "t", frozenset({1}): "fs", None: "n", -1: "neg"})
s = {3, 1, 2, 3, 1}
print(s, len(s))
print({"only"})
print(set(), {}, type({}).__name__)
print({x: x ** 2 for x in range(5)})
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
e = {**{"a": 1}, "b": 2}
print(e)
nested = {"outer": {"inner": [1, {2, 3}]}}
print(nested["outer"]["inner"][1])
print({1: 2}.get(3, "missing"))

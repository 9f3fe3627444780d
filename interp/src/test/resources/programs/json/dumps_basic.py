# json.dumps: scalars, containers, separators, indent, sort_keys, ensure_ascii, key conversion
import json

values = [0, 1, -7, 10**30, 1.5, -0.0, 1e300, 1e-7, 0.1, 2.5e-310, True, False, None, "", "abc",
          "quote\" back\\ slash/", "ctl \b\f\n\r\t \x00\x1f \x7f", "é€😀", [], {}, (), [[]], [1, "a", None],
          (1, (2, 3)), {"a": {}}, {"a": 1, "b": [1, 2, {"c": None}]}]
for v in values:
    print(json.dumps(v))

doc = {"name": "Ada", "tags": ("x", "y"), "nested": {"z": [], "a": {}, "m": [1, [2, [3]]]}, "n": 2.0}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent=-3))
print(json.dumps(doc, indent='\t', sort_keys=True))
print(json.dumps(doc, indent='--', separators=(' ;', ' = ')))
print(json.dumps([1, [2, 3], {}], indent=4))
print(json.dumps({}, indent=4), json.dumps([], indent=4))

print(json.dumps("é€😀\u2028", ensure_ascii=False))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}))
print(json.dumps("\ud800 lone surrogate"))

print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", -3: "neg"}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({float("inf"): 1}))
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
print(json.dumps({b"k": 3, "ok": [1]}, skipkeys=True, indent=2))
print(json.dumps([1, 2], check_circular=False))

print(json.dumps(frozenset([1]), default=sorted))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps([b"ab", b"c"], default=lambda b: list(b)))
print(json.dumps(range(3), default=list, indent=1))
print(json.dumps(12345678901234567890123456789))
print(json.dumps(True), json.dumps(None), json.dumps('x'))
print(json.dumps([1, 2], separators=(',', ': '), indent=None))
print(repr(json.dumps({"a": [1, {"b": 2}]}, indent=2, separators=(',', ': '))))

d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", frozenset([1]): "fs"}
for key in [1, "1", (1,), None, 2.5, frozenset([1]), 1.0, True]:
    print(repr(key), d[key])
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError:", e)
for missing in ["x", 0, (1, 2), None if False else "None"]:
    try:
        d[missing]
    except KeyError as e:
        print("KeyError:", repr(e), e.args)
try:
    {}[("a", "b")]
except KeyError as e:
    print("KeyError:", e)

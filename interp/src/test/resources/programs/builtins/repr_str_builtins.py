vals = [1, -1.5, "s", 'it\'s', b"b\n", [1, "a"], (1,), (), {"k": [1]}, {1, 2}, set(), None, True,
        range(2, 5), range(0, 10, 2), frozenset({1}), slice(1, 2), slice(None), bytearray(b"x"), Ellipsis,
        1e100, -0.0, ValueError("m"), KeyError("k"), [None, ...]]
for v in vals:
    print(repr(v), "|", str(v))
print(repr(repr("x")), str(str(5)), repr(str(5)))

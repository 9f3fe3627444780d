for v in [0, 0.0, "", b"", [], (), {}, set(), frozenset(), None, True, range(0), len, lambda: 0, type, slice(1), bytearray(), Ellipsis, NotImplemented, ValueError("x"), iter([]), zip(), map(abs, []), enumerate([]), reversed([]), {}.keys(), {}.values(), {}.items()]:
    print(type(v).__name__)
print(type(1) == int, type(1) is int, type(type(1)), type(int), type(None))
print(type("x")("abc"), type(5)("7"), type([])("ab"))

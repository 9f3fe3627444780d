values = [0, 1, -1, 0.0, 0.5, "", " ", "0", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, frozenset(), None, True, False, range(0), range(1),
          b"", b"\x00", bytearray(), 10**100, -0.0]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(len([v for v in values if v]))

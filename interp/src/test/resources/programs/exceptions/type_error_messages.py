FIVE = 5
tests = [
    lambda: 1 + "a",
    lambda: "a" - "b",
    lambda: [1] * 2.0,
    lambda: None + 1,
    lambda: -"x",
    lambda: ~1.5,
    lambda: len(5),
    lambda: FIVE[0],
    lambda: {}[[]],
    lambda: 1 < "x",
    lambda: [1] > None,
    lambda: int([1]),
    lambda: float({}),
    lambda: iter(5),
    lambda: sorted(5),
    lambda: "abc".join(1),
    lambda: (1, 2) + [3],
    lambda: {1} + {2},
    lambda: 2 ** "x",
    lambda: "x" @ "y" if False else abs("x"),
    lambda: hash([]),
    lambda: 1.5 | 2,
    lambda: b"a" + "b",
    lambda: "%d" % "s",
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except TypeError as e:
        print(i, e)

tests = [
    lambda: int("12a"),
    lambda: int("", 16),
    lambda: float("1,5"),
    lambda: [1, 2].index(5),
    lambda: "abc".index("z"),
    lambda: [].remove(0),
    lambda: range(0, 5, 0),
    lambda: "a,b".split(""),
    lambda: chr(-5),
    lambda: (1, 2).index(3),
    lambda: max([]),
    lambda: "{0}{}".format(1, 2),
    lambda: bytes([300]),
    lambda: bytes.fromhex("zz"),
    lambda: int("5", 1),
    lambda: "x".center(-1) + str(divmod(1, 1)),
    lambda: dict([(1,)]),
    lambda: "abc".split(" ", -1) and [].pop(),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", r)
    except (ValueError, IndexError) as e:
        print(i, type(e).__name__, e)

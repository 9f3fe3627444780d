def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0, ("negative", x)
    assert x != 13
    return x * 2
for v in (4, "s", -1, 13, 0):
    try:
        print(v, check(v))
    except AssertionError as e:
        print(repr(v), "AssertionError", e.args, repr(str(e)))

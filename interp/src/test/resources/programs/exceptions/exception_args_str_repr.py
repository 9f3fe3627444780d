excs = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", 2),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(5),
    TypeError(None),
    Exception("x", [1, 2]),
    RuntimeError(""),
    StopIteration(42),
    LookupError("lookup"),
    ZeroDivisionError("custom zero"),
    AssertionError(["list"]),
    NameError("name 'x' is not defined"),
]
for e in excs:
    print(type(e).__name__, "| args:", e.args, "| str:", str(e), "| repr:", repr(e))
print(StopIteration(42).value, StopIteration().value)

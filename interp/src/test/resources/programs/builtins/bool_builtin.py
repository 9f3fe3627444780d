print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(1e-300), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(None), bool({}), bool({0}), bool(()), bool(range(0)), bool(b""), bool("False"))
print(bool(True), bool(False), type(bool(1)).__name__, bool.__name__)
print(True and "x", False or 0, not True, True + 1, str(True), repr(False))

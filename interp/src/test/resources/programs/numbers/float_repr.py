vals = [0.1, 0.5, 1/3, 2/3, 1.0, 100.0, 1e16, 1e15, 12345678901234567.0,
        1e-4, 1e-5, 0.00012345, 1.5e300, -2.5e-300, 3.141592653589793,
        float("inf"), float("-inf"), float("nan"), -0.0, 1e22, 1e23,
        9007199254740993.0, 0.1 + 0.7, 123.456, 5e-324, 2.0 ** 0.5]
for v in vals:
    print(repr(v), str(v))
print(float("1.10"), float("  -3.5e2 "), float("+inf"), float("Infinity"), float("-NaN"))
print(float("1_000.5"), float(".5"), float("5."))

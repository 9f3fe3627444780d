print(float(), float(0), float(-7), float("3.25"), float("  -1e-3  "), float(True), float("1_0.5"))
print(float("inf"), float("-INF"), float("nan"), float("infinity"), float(" +1.5E2 "))
print(float(10 ** 15), float("0x10".replace("0x", "")), float(b"2.5"))
for args in [("abc",), ("1.2.3",), ("",), (None,), ([],), ("1e",), ("in f",)]:
    try:
        print(float(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(int(), int(0), int(-7), int(7.9), int(-7.9), int(True), int("  42  "), int("-0"))
print(int("101", 2), int("ff", 16), int("0o17", 8), int("0b11", 0), int("Z", 36))
print(int(b"12"), int(bytearray(b"34")), int("١٢٣"))
print(int("1" * 50))
for args in [("1.5",), ("abc",), ("12", 1), ("12", 40), (None,), ([1],), (3.5, 10), ("9", 8)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

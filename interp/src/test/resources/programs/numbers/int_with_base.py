print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 3), int("-101", 2))
print(int("1_0", 0), int("  12  ", 5), int("0", 0), int("00", 0))
for s, b in [("12", 2), ("g", 16), ("010", 0), ("", 10), ("0x", 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("123456789" * 4, 10))

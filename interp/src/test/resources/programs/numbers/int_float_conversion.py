print(int(3.7), int(-3.7), int(1e20), int(-0.0))
print(int("42"), int("  -17  "), int("+5"), int("1_000"))
print(float(10 ** 20), float(2 ** 53 + 1))
print(int(True), float(False), int(2.5e10))
print(int(1e100))
for bad in ("3.5", "", "abc", "1__0", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("x", "1.2.3", ""):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(7 / 2 == 3.5, 10 ** 16 + 1 == 10 ** 16 + 1.0)

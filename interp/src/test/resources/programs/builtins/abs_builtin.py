print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False))
print(abs(-10 ** 30), abs(float("-inf")), abs(float("nan")))
for bad in ("x", None, [1]):
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    abs()
except TypeError as e:
    print("TypeError:", e)

print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "x"), format(3.14159, ".2f"), format("s", "^5"))
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(-1, "+"), format(1e-10, "e"), format(True, ""))
print(format(None), format([1]), format(10, "b"), format(10, "#o"), format(1.0, "g"), format(100000000.0, "g"))
for v, spec in [(1, "q"), ("s", "d"), (1.5, "d"), ([], "5"), (1, ",x")]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

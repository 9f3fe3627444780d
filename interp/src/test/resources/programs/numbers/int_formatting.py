n = 1234567
print(format(n, "d"), format(n, ","), format(n, "_"), format(n, "10d") + "|")
print(format(n, "<10") + "|", format(n, "^11") + "|", format(n, "*>12"))
print(format(-n, "012d"), format(n, "+d"), format(-n, "+d"), format(n, " d"))
print(format(n, "=+12"), format(-42, "=8"), format(42, "08.2f"))
print(format(255, "c") if False else format(65, "c"), format(n, "e"), format(n, ".2%"))
print(format(True, "d"), format(True), format(0, "#x"), format(-0x1f, "#x"))
print("{:,}".format(10 ** 12), "{:_b}".format(1023))
try:
    format(1, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)

for n in (0, 1, 10, 255, -255, 2 ** 40, -(2 ** 65)):
    print(hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"))
print(format(255, "#x"), format(255, "#X"), format(255, "#o"), format(255, "#b"))
print(format(5, "08b"), format(-5, "08b"), format(255, "#010x"))
print(f"{3735928559:_x}", f"{3735928559:,}")
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)

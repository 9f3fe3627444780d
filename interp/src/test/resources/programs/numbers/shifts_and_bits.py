for n in (1, 5, 255, -1, -256, 2 ** 70):
    print(n, n << 3, n >> 2, n & 0xF, n | 0x100, n ^ -1, ~n)
print(1 << 100, (1 << 100) >> 99)
print(-(1 << 100) >> 98)
print((0b1100 & 0b1010), (0b1100 | 0b1010), (0b1100 ^ 0b1010))
print(bin(-5 & 0xFF), bin(-5 % 256))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
print(True << 3, True & 3, False | 4)
for n in (0, 1, 7, 8, 255, 256, -1, -8, 2 ** 100):
    print(n, n.bit_length(), bin(n).count("1"))

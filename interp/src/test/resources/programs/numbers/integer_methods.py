print((10).bit_length(), (-10).bit_length(), (0).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((5).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((10).as_integer_ratio(), (-3).__abs__(), int.__name__)
print(abs(-10 ** 30), (2 ** 100).bit_length())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((3).__pow__(4), (17).__mod__(5), (17).__floordiv__(-5))
print(True.bit_length(), (255).bit_count())

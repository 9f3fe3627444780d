print((3.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-1.25).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (3.14).hex(), (-0.1).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(int(2.9999999999999996), int(2.9999999999999999))
print((1e300 * 1e300).is_integer() if False else "x", 1.0 .__trunc__(), (7.9).__floor__() if hasattr(7.9, "__floor__") else "nofloor")
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    (float("nan")).as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes("héllo", "utf-8"), bytes(b"abc"), bytes(range(65, 70)), bytes(bytearray(b"z")))
print(bytearray(), bytearray(2), bytearray([65]), bytearray("é", "utf-8"), bytearray(b"abc"))
print(bytes("abc", encoding="ascii"), bytes.fromhex("deadbeef"), bytearray.fromhex("00 ff"))
for args in [("abc",), ([256],), ([-1],), (-1,), (1.5,), (["a"],), ("é", "ascii")]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

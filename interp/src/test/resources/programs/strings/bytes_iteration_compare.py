data = b"\x00\x10\x7f\x80\xff"
for i, byte in enumerate(data):
    print(i, byte, hex(byte), type(byte).__name__)
print(sum(data), max(data), min(data), sorted(data, reverse=True))
print(b"abc" == b"abc", b"abc" < b"abd", b"b" > b"abc", b"" < b"\x00")
print(bytes(reversed(b"abc")), b"a" + bytes([98]), data[1:4], data[::2])
print(b"hello world".split(), b"a,b".split(b","), b"x".join([b"1", b"2"]))
print(b"ABC".lower().decode() + "!", bytes(2) + b"\x01")
print(list(b"AB" * 2), b"abc".upper().title())
print(hash(b"abc") == hash(b"abc"), b"abc" in {b"abc"})

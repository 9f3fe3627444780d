b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b"  x ".strip())
print(b.decode(), b.decode("ascii"), "héllo".encode(), "héllo".encode("latin-1"))
print(b.hex(), bytes.fromhex("48 65 6c"), b.hex(":"), b"\x01\x02".hex("-", 1))
print(b[0], b[0:1], b[-1:], list(b[:3]), b[::-1])
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(b"-".join([b"a", b"b"]), b.center(16, b"*"), b.ljust(14, b"."), b"7".zfill(3))
print(b.partition(b","), b.index(b"W"), b"abc" * 2, b"%" in b"a%b")
try:
    b"abc".decode("ascii") + b"x"
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(bytes("abc", "utf-8"), bytes([0, 255]), bytes(b"copy"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)

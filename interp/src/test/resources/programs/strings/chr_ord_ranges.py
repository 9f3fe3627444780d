print("".join([chr(c) for c in range(ord("a"), ord("z") + 1)]))
print("".join([chr(c) for c in range(65, 91, 5)]))
print([ord(c) for c in "09AZaz ~"])
print(chr(0), repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(0x10FFFF)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(ord(b"A"), ord(bytearray(b"z")))

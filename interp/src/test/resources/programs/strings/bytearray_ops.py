ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba)
ba.insert(0, 74)
print(ba, ba.pop(), ba.pop(0), ba)
ba.reverse()
print(ba)
ba.remove(ord("E"))
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytes(ba))
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2.upper(), ba2.find(b"d"), ba2 == b"abcdefabcdef")
try:
    ba2[0] = 300
except ValueError as e:
    print("ValueError:", e)
ba2[::2] = b"XXXXXX"
print(ba2)
ba2.clear()
print(ba2, repr(bytearray(b"'\"")))

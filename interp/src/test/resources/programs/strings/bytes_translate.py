print(bytes.fromhex('6162'), b'x'.fromhex('63'))
print(b'abc'.translate(None, b'a'))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), bytearray(b'abcd').translate(t, b'd'), b'hello'.translate(None, b'l'), bytearray.maketrans(b'a', b'b')[97])
try:
    bytes.maketrans(b'ab', b'c')
except ValueError as e:
    print(e)
try:
    b'x'.translate(b'short')
except ValueError as e:
    print(e)

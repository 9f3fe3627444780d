# struct.pack/unpack/calcsize over every code and byte order, alignment, s/p strings, half floats
import struct

for order in ['@', '=', '<', '>', '!']:
    for code in 'bBhHiIlLqQ':
        if order == '@' or True:
            fmt = order + code
            size = struct.calcsize(fmt)
            top = 2 ** (8 * size - 1) - 1 if code.islower() else 2 ** (8 * size) - 1
            low = -top - 1 if code.islower() else 0
            for v in [0, 1, low, top, 300 % (top + 1)]:
                b = struct.pack(fmt, v)
                print(fmt, v, b, struct.unpack(fmt, b))
for code in 'nNP':
    print(code, struct.calcsize(code), struct.pack(code, 5), struct.unpack(code, struct.pack(code, 2 ** 63)))
print(struct.pack('P', -1))

for fmt in ['@bi', '@ib', '@bq', '=bq', '@hbi', '@xi', '@3b0i', '@c5sd', '>bhiq', '<?e', '@bbbbbbbq', 'i x 2h', '0s', '0p']:
    print(fmt, struct.calcsize(fmt))

print(struct.pack('3s', b'abcdef'), struct.pack('3s', b'a'), struct.pack('5s', bytearray(b'xy')))
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'abc'))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('4s', b'ab\x00\x00'))
print(struct.pack('c?c', b'x', [], b'y'), struct.unpack('c??', b'z\x00\x07'))
print(struct.pack('<2h3s', 1, 2, b'abc'), struct.unpack('<2h3s', b'\x01\x00\x02\x00abc'))

for v in [0.0, -0.0, 1.0, -2.5, 65504.0, 1e-7, 6e-8, 2.9802322387695312e-08, 5.96e-08, 65519.99, float('inf'), -float('inf'), 1 / 3]:
    for order in '<>':
        b = struct.pack(order + 'e', v)
        print('e', order, v, b, struct.unpack(order + 'e', b))
print(struct.unpack('<e', struct.pack('<e', float('nan'))))
for v in [1.5, 1 / 3, 3.4028234663852886e+38, 1e-45, -7]:
    print('f', v, struct.pack('<f', v), struct.unpack('<f', struct.pack('<f', v)), struct.pack('>d', v))
print(struct.pack('@f', 1e39), struct.pack('<f', float('inf')))
print(struct.unpack('<d', struct.pack('<d', 0.1)), struct.unpack('>f', b'\x7f\x80\x00\x00'))
print(struct.pack('i', True), struct.pack('h', False))
print(struct.pack(b'<h', 7), struct.unpack(b'>h', b'\x00\x07'))
print(struct.pack(''), struct.unpack('', b''), struct.calcsize(''))
print(struct.calcsize('999999999999999999q'))

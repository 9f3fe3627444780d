# struct errors: struct.error messages for ranges, argument counts, buffers and formats
import struct


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ['@b', '@B', '@h', '@H', '@i', '@I', '@l', '@L', '@q', '@Q', '@n', '@N', '@P', '<h', '<H', '<i', '<I', '<l', '<L',
            '<q', '<Q', '>b', '>B', '>h', '>H', '>i', '>I', '>l', '>L', '>q', '>Q', '=l']:
    for v in [2 ** 64, -2 ** 63 - 1, 2 ** 40, -1, 70000, -70000, 1.5, '1', None]:
        attempt(lambda: struct.pack(fmt, v))
for fmt in ['<e', '<f', '@f', '<d', '>e']:
    for v in [1e300, 65520.0, 70000, 2 ** 200, 2 ** 2000, 'x', None, b'1']:
        attempt(lambda: struct.pack(fmt, v))
attempt(lambda: struct.pack('bb', 1))
attempt(lambda: struct.pack('b', 1, 2))
attempt(lambda: struct.pack('3s', 1))
attempt(lambda: struct.pack('3s', 'str'))
attempt(lambda: struct.pack('p', 'str'))
attempt(lambda: struct.pack('c', b'ab'))
attempt(lambda: struct.pack('c', bytearray(b'a')))
attempt(lambda: struct.pack('c', 'a'))
attempt(lambda: struct.pack('z', 1))
attempt(lambda: struct.pack('<n', 1))
attempt(lambda: struct.pack('>P', 1))
attempt(lambda: struct.pack('12', 1))
attempt(lambda: struct.pack('2 i', 1))
attempt(lambda: struct.pack(12, 1))
attempt(lambda: struct.pack())
attempt(lambda: struct.calcsize('99999999999999999999q'))
attempt(lambda: struct.calcsize('9999999999999999999q'))
attempt(lambda: struct.calcsize(3))
attempt(lambda: struct.unpack('i', b'123'))
attempt(lambda: struct.unpack('i', '1234'))
attempt(lambda: struct.unpack('i', 5))
attempt(lambda: struct.unpack('i'))
attempt(lambda: struct.unpack_from('i', b'123'))
attempt(lambda: struct.unpack_from('i', b'12345', 3))
attempt(lambda: struct.unpack_from('i', b'12345', -10))
attempt(lambda: struct.unpack_from('i', b'12345', -2))
attempt(lambda: struct.unpack_from('i', b'12345', 1.5))
ba = bytearray(6)
attempt(lambda: struct.pack_into('i', ba, 4, 1))
attempt(lambda: struct.pack_into('i', ba, -2, 1))
attempt(lambda: struct.pack_into('i', ba, -10, 1))
attempt(lambda: struct.pack_into('i', b'123456', 0, 1))
attempt(lambda: struct.pack_into('i', 'abcdef', 0, 1))
attempt(lambda: struct.pack_into('ii', ba, 0, 1))
attempt(lambda: struct.pack_into('i', ba))
attempt(lambda: struct.pack_into('i'))
attempt(lambda: struct.pack_into('i', ba, 1.5, 3))
attempt(lambda: struct.iter_unpack('i', b'12345'))
attempt(lambda: struct.iter_unpack('', b'12345'))
attempt(lambda: struct.iter_unpack('i', 'abcd'))
attempt(lambda: struct.Struct('i').unpack(b'1'))
attempt(lambda: struct.Struct('i').pack(1, 2))
attempt(lambda: struct.Struct(5))
attempt(lambda: struct.Struct())
attempt(lambda: struct.Struct('q!'))
print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
try:
    struct.pack('h', 10 ** 6)
except struct.error as e:
    print('caught', e.args)

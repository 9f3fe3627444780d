import zlib
data = b'hello hello hello world ' * 100 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:12].hex(), zlib.decompress(c) == data)
raw = zlib.compress(data, 6, -15); print(len(raw), zlib.decompress(raw, -15) == data)
gz = zlib.compress(data, 6, 31); print(len(gz), gz[:4].hex(), zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.crc32(b'hello world'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.adler32(b'hello world'), zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.crc32(b''), zlib.adler32(b''))
co = zlib.compressobj(9)
parts = [co.compress(data[:1000]), co.compress(data[1000:]), co.flush()]
stream = b''.join(parts)
print(stream == zlib.compress(data, 9), zlib.decompress(stream) == data)
do = zlib.decompressobj()
out = do.decompress(stream[:50]) + do.decompress(stream[50:] + b'TRAILER')
print(out == data, do.eof, do.unused_data)
for bad in [lambda: zlib.decompress(b'not compressed'), lambda: zlib.compress(b'x', 12), lambda: zlib.decompress(zlib.compress(data)[:20]), lambda: zlib.compress('str')]:
    try:
        bad()
    except (zlib.error, TypeError) as e:
        print(type(e).__name__, str(e).split(':')[0])

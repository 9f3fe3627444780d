import hashlib, hmac, base64, binascii
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256'):
    h = hashlib.new(name, b'hello')
    h.update(b' world')
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256()
c = h.copy(); h.update(b'abc')
print(h.hexdigest(), c.hexdigest(), hashlib.md5(b'x' * 100000).hexdigest(), hashlib.sha1(bytearray(b'ab')).digest())
print(sorted(hashlib.algorithms_guaranteed - {'blake2b', 'blake2s', 'shake_128', 'shake_256'}))
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'sha256').hexdigest())
print(hmac.new(b'k' * 100, b'msg', hashlib.md5).hexdigest(), hmac.digest(b'key', b'msg', 'sha1'), hmac.compare_digest(b'ab', b'ab'), hmac.compare_digest('a', 'b'))
m = hmac.new(b'key', digestmod='sha512'); m.update(b'a'); m2 = m.copy(); m2.update(b'b'); print(m.hexdigest()[:16], m2.hexdigest()[:16], m.name, m.digest_size)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000, 32).hex())
for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))):
    e = base64.b64encode(data)
    print(e[:40], base64.b64decode(e) == data, base64.b32encode(data)[:24], base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data)[:20], base64.urlsafe_b64encode(data)[-8:])
print(base64.b64decode('aGVs bG8=\n'), base64.urlsafe_b64decode('-_-_'), base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\n'))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b32hexencode(b'abc'), base64.b16decode('666F6F'), base64.b16decode('666f6f', casefold=True))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('ab!c', validate=True), lambda: base64.b64encode('str'),
            lambda: base64.b32decode('A'), lambda: binascii.unhexlify('abc'), lambda: base64.b16decode('zz')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify(b'01ab'), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.b2a_base64(b'hi'), binascii.hexlify(b'abc', '-'))

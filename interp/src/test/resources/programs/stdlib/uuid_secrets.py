import uuid, secrets
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time, u.clock_seq, u.node)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u)
v = uuid.uuid4(); print(v.version, v.variant, len(str(v)), uuid.UUID(str(v)) == v, uuid.uuid1().version)
print(uuid.UUID(bytes=b'\x12' * 16), uuid.UUID(int=1), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: setattr(u, 'int', 3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)) > 0, 0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc', secrets.randbits(8) < 256, secrets.compare_digest('a', 'a'))

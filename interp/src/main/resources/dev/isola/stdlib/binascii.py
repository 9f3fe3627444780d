"""Conversions between binary data and ASCII encodings (base64, hex, crc32).

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name.
"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64)}


def _bytes(data, name='argument'):
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    try:
        return bytes(memoryview(data)) if not isinstance(data, (bytes, bytearray)) else bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    data = _bytes(data) if not isinstance(data, str) else None
    if data is None:
        raise TypeError("a bytes-like object is required, not 'str'")
    out = bytearray()
    table = _B64
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((table[v >> 18], table[v >> 12 & 63], table[v >> 6 & 63], table[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((table[v >> 18], table[v >> 12 & 63])) + b'=='
    elif rest == 2:
        v = data[full] << 16 | data[full + 1] << 8
        out += bytes((table[v >> 18], table[v >> 12 & 63], table[v >> 6 & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _bytes(data)
    out = bytearray()
    acc = 0
    bits = 0
    pads = 0
    quad = 0
    for i, c in enumerate(data):
        if c == 61:  # '='
            if strict_mode and quad < 2:
                raise Error('Discontinuous padding not allowed' if quad else 'Leading padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    acc = bits = quad = pads = 0
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
            continue
        v = _B64_VALUES.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if pads:
            if strict_mode:
                raise Error('Discontinuous padding not allowed')
            pads = 0
        acc = (acc << 6) | v
        bits += 6
        quad = (quad + 1) % 4
        if bits >= 8:
            bits -= 8
            out.append(acc >> bits & 0xFF)
            acc &= (1 << bits) - 1
    if quad:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                        'than a multiple of 4' % (sum(1 for c in data if c in _B64_VALUES)))
        raise Error('Incorrect padding')
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = bytes(data) if not isinstance(data, bytes) else data
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _bytes(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, value=0):
    crc = ~value & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in _bytes(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value):
    crc = value & 0xFFFF
    for b in _bytes(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc

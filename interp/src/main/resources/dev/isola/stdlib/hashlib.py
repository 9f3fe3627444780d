"""Secure hashes and message digests: md5, sha1, the sha2 and sha3 families.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name. The digests are the JDK's, reached through the builtin
_hashlib; the objects here have CPython's interface (update, digest, hexdigest, copy, name,
digest_size, block_size). blake2 and shake are not offered.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

_BLOCK_SIZES = {'md5': 64, 'sha1': 64, 'sha224': 64, 'sha256': 64, 'sha384': 128, 'sha512': 128,
                'sha512_224': 128, 'sha512_256': 128, 'sha3_224': 144, 'sha3_256': 136, 'sha3_384': 104,
                'sha3_512': 72}

algorithms_available = frozenset(_hashlib._algorithms())
algorithms_guaranteed = frozenset(n for n in algorithms_available if n in (
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'))


class HASH:
    """A digest in progress."""

    __slots__ = ('_handle', '_name')

    def __init__(self, name, data=b'', *, _handle=None):
        self._name = name
        self._handle = _hashlib._new(name) if _handle is None else _handle
        if data:
            self.update(data)

    def __del__(self):
        handle = getattr(self, '_handle', None)
        if handle is not None:
            self._handle = None
            _hashlib._free(handle)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _hashlib._digest_size(self._handle)

    @property
    def block_size(self):
        return _BLOCK_SIZES.get(self._name, 64)

    def update(self, data):
        _hashlib._update(self._handle, data)

    def digest(self):
        return _hashlib._digest(self._handle)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        return HASH(self._name, _handle=_hashlib._copy(self._handle))

    def __repr__(self):
        return '<%s HASH object @ %s>' % (self._name, hex(id(self)))


def new(name, data=b'', **kwargs):
    """A new digest of the algorithm name ('sha256', 'SHA256', 'sha-256' …)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower().replace('-', '_')
    if key.startswith('sha_'):
        key = 'sha' + key[4:]
    return HASH(key, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            if data:
                raise TypeError("'data' and 'string' are mutually exclusive and support for 'string' "
                                "keyword parameter is slated for removal in a future version.")
            data = string
        return HASH(name, data)
    make.__name__ = 'openssl_' + name
    make.__qualname__ = make.__name__
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PKCS #5 PBKDF2 with HMAC over hash_name."""
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    import hmac
    password = bytes(password)
    salt = bytes(salt)
    mac = hmac.new(password, digestmod=hash_name)
    size = mac.digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    blocks = []
    index = 1
    while len(b''.join(blocks)) < dklen:
        prf = mac.copy()
        prf.update(salt + index.to_bytes(4, 'big'))
        u = prf.digest()
        result = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            prf = mac.copy()
            prf.update(u)
            u = prf.digest()
            result ^= int.from_bytes(u, 'big')
        blocks.append(result.to_bytes(size, 'big'))
        index += 1
    return b''.join(blocks)[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The digest of a binary file object's contents."""
    d = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        d.update(chunk)
    return d

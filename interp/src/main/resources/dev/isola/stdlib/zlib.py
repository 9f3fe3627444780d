"""Compression compatible with zlib (and gzip members), over the JDK's zlib.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name: compress, decompress, crc32, adler32, compressobj and
decompressobj. The builtin _zlib does the work with java.util.zip, which is zlib itself, so
the compressed bytes are the ones CPython's zlib writes.
"""

import _zlib

__all__ = ['compress', 'decompress', 'crc32', 'adler32', 'compressobj', 'decompressobj', 'error', 'MAX_WBITS',
           'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE', 'Z_BEST_COMPRESSION', 'Z_BEST_SPEED',
           'Z_DEFAULT_COMPRESSION', 'Z_DEFAULT_STRATEGY', 'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED',
           'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK', 'Z_TREES',
           'ZLIB_VERSION', 'ZLIB_RUNTIME_VERSION']


class error(Exception):
    pass


_zlib.error = error

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """data compressed (zlib format by default; wbits -9..-15 raw deflate, 25..31 gzip)."""
    return _zlib.compress(data, level, wbits)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """data decompressed (zlib; raw with wbits -9..-15; gzip with 25..31; either with 40..47)."""
    return _zlib.decompress(data, wbits, bufsize)


crc32 = _zlib.crc32
adler32 = _zlib.adler32


class _Compress:
    """A streaming compressor (compressobj())."""

    def __init__(self, level, wbits):
        self._handle = _zlib._deflater(level, wbits)
        self._wbits = wbits
        self._finished = False
        self._header = wbits >= 25
        self._crc = 0
        self._size = 0
        self._first = True

    def __del__(self):
        h = getattr(self, '_handle', None)
        if h is not None:
            self._handle = None
            _zlib._free(h)

    def compress(self, data):
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        out = _zlib._deflate(self._handle, data, Z_NO_FLUSH)
        return self._gzip(data, out)

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        out = _zlib._deflate(self._handle, b'', mode)
        if mode == Z_FINISH:
            self._finished = True
            out = self._gzip(b'', out)
            if self._header:
                out += self._crc.to_bytes(4, 'little') + (self._size & 0xffffffff).to_bytes(4, 'little')
            return out
        return self._gzip(b'', out)

    def _gzip(self, data, out):
        if not self._header:
            return out
        self._crc = crc32(data, self._crc) if data else self._crc
        self._size += len(data)
        if self._first:
            self._first = False
            return b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03' + out
        return out


class _Decompress:
    """A streaming decompressor (decompressobj())."""

    def __init__(self, wbits):
        self._handle = _zlib._inflater(wbits)
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def __del__(self):
        h = getattr(self, '_handle', None)
        if h is not None:
            self._handle = None
            _zlib._free(h)

    def decompress(self, data, max_length=0):
        if self.eof:
            self.unused_data += bytes(data)
            return b''
        out, finished, rest = _zlib._inflate(self._handle, data)
        if finished:
            self.eof = True
            if rest:
                self.unused_data += bytes(data)[len(data) - rest:]
        return out

    def flush(self, length=DEF_BUF_SIZE):
        return b''

    def copy(self):
        raise ValueError('Inconsistent stream state')


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    return _Decompress(wbits)

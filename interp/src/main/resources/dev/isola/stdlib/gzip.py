"""Reading and writing gzip files, over zlib.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name: compress, decompress, open and GzipFile. A GzipFile reads the
whole file when opened for reading (all members, concatenated) and writes it when closed;
text modes wrap it in a text layer with the given encoding and newline handling.
"""

import builtins
import io
import os
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 'rb', 'wb'


class BadGzipFile(OSError):
    """The file is not a gzip file, or is damaged."""


def compress(data, compresslevel=9, *, mtime=None):
    """data as one gzip member."""
    return zlib.compress(data, compresslevel, 31)


def decompress(data):
    """The concatenated contents of the gzip members in data."""
    data = bytes(data)
    out = []
    while data:
        if data[:2] != b'\x1f\x8b':
            if out and not data.strip(b'\0'):
                break
            raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        header = _header_length(data)
        out.append(d.decompress(data[header:]))
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, size = int.from_bytes(rest[:4], 'little'), int.from_bytes(rest[4:8], 'little')
        if crc != zlib.crc32(out[-1]):
            raise BadGzipFile('CRC check failed')
        if size != len(out[-1]) & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        data = rest[8:]
    return b''.join(out)


def _header_length(data):
    if len(data) < 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    if data[2] != 8:
        raise BadGzipFile('Unknown compression method')
    flags = data[3]
    p = 10
    if flags & 4:
        p += 2 + int.from_bytes(data[p:p + 2], 'little')
    if flags & 8:
        p = data.index(b'\0', p) + 1
    if flags & 16:
        p = data.index(b'\0', p) + 1
    if flags & 2:
        p += 2
    return p


class GzipFile:
    """A binary file object over a gzip file."""

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        else:
            self.myfileobj = None
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        self.compresslevel = compresslevel
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = io.BytesIO(decompress(fileobj.read()))
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._buffer = io.BytesIO()
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self, mode):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if self.mode != mode:
            import errno
            raise OSError(errno.EBADF, 'read() on write-only GzipFile object' if mode == READ
                          else 'write() on read-only GzipFile object')

    def read(self, size=-1):
        self._check(READ)
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check(READ)
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        self._check(READ)
        return self._buffer.readlines(hint)

    def __iter__(self):
        self._check(READ)
        return iter(self._buffer)

    def peek(self, n):
        pos = self._buffer.tell()
        data = self._buffer.read(n)
        self._buffer.seek(pos)
        return data

    def write(self, data):
        self._check(WRITE)
        return self._buffer.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, offset, whence=0):
        return self._buffer.seek(offset, whence)

    def tell(self):
        return self._buffer.tell()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def flush(self, zlib_mode=None):
        pass

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            if self.mode == WRITE:
                self.fileobj.write(compress(self._buffer.getvalue(), self.compresslevel))
        finally:
            if self.myfileobj is not None:
                self.myfileobj.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _TextGzip:
    """A text layer over a GzipFile: decoding on read, encoding on close."""

    def __init__(self, binary, mode, encoding, errors, newline):
        self._binary = binary
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline
        if 'r' in mode:
            text = binary.read().decode(self._encoding, self._errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = io.StringIO(text, newline='')
        else:
            self._text = io.StringIO(newline='')
        self.mode = mode
        self.name = binary.name

    def read(self, size=-1):
        return self._text.read(size)

    def readline(self, size=-1):
        return self._text.readline(size)

    def readlines(self, hint=-1):
        return self._text.readlines(hint)

    def __iter__(self):
        return iter(self._text)

    def write(self, s):
        if self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        return self._text.write(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def closed(self):
        return self._binary.closed

    def close(self):
        if self._binary.closed:
            return
        if self._binary.mode == WRITE:
            self._binary.write(self._text.getvalue().encode(self._encoding, self._errors))
        self._binary.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    """A GzipFile (binary modes) or a text file over one ('rt', 'wt', 'at', 'xt')."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _TextGzip(binary_file, mode, encoding, errors, newline)
    return binary_file

"""The rarer attributes of sys, made when first asked for (sys.__getattr__ reads them here).

Part of Isola's standard library. The struct sequences (float_info, hash_info, int_info, flags,
thread_info) are tuples whose items also have names, as CPython's are; their values describe
Isola: IEEE doubles, CPython's hash (modulus 2**61 - 1, SipHash-1-3 with a fixed key, so hash
randomization is off), 30-bit int digits.
"""

import sys


def _struct(name, fields):
    names = [f for f, _ in fields]

    class StructSeq(tuple):
        __slots__ = ()
        n_sequence_fields = len(fields)
        n_fields = len(fields)
        n_unnamed_fields = 0

        def __new__(cls, values=None):
            return tuple.__new__(cls, [v for _, v in fields] if values is None else values)

        def __repr__(self):
            return '%s(%s)' % (name, ', '.join('%s=%r' % (n, v) for n, v in zip(names, self)))

        def __reduce__(self):
            return (type(self), (tuple(self),))

    for i, field in enumerate(names):
        setattr(StructSeq, field, property(lambda self, i=i: self[i]))
    StructSeq.__name__ = name.split('.')[-1]
    StructSeq.__qualname__ = StructSeq.__name__
    StructSeq.__module__ = 'sys'
    return StructSeq()


float_info = _struct('sys.float_info', [
    ('max', 1.7976931348623157e+308), ('max_exp', 1024), ('max_10_exp', 308), ('min', 2.2250738585072014e-308),
    ('min_exp', -1021), ('min_10_exp', -307), ('dig', 15), ('mant_dig', 53), ('epsilon', 2.220446049250313e-16),
    ('radix', 2), ('rounds', 1)])
hash_info = _struct('sys.hash_info', [
    ('width', 64), ('modulus', 2305843009213693951), ('inf', 314159), ('nan', 0), ('imag', 1000003),
    ('algorithm', 'siphash13'), ('hash_bits', 64), ('seed_bits', 128), ('cutoff', 0)])
int_info = _struct('sys.int_info', [
    ('bits_per_digit', 30), ('sizeof_digit', 4), ('default_max_str_digits', 0), ('str_digits_check_threshold', 0)])
flags = _struct('sys.flags', [
    ('debug', 0), ('inspect', 0), ('interactive', 0), ('optimize', 0), ('dont_write_bytecode', 1),
    ('no_user_site', 1), ('no_site', 1), ('ignore_environment', 0), ('verbose', 0), ('bytes_warning', 0),
    ('quiet', 0), ('hash_randomization', 0), ('isolated', 0), ('dev_mode', False), ('utf8_mode', 1),
    ('warn_default_encoding', 0), ('safe_path', False), ('int_max_str_digits', 0)])
thread_info = _struct('sys.thread_info', [('name', 'pthread'), ('lock', 'semaphore'), ('version', None)])

prefix = exec_prefix = base_prefix = base_exec_prefix = '/usr/local'
platlibdir = 'lib'
api_version = 1013
copyright = 'Copyright (c) the Isola authors.\nPython is Copyright (c) 2001-2023 Python Software Foundation.'
dont_write_bytecode = True
float_repr_style = 'short'
warnoptions = []
meta_path = []
path_hooks = []
path_importer_cache = {}
orig_argv = ['isola'] + list(sys.argv)
pycache_prefix = None
stdlib_module_names = frozenset({
    '__future__', '_thread', 'abc', 'argparse', 'array', 'base64', 'binascii', 'bisect', 'builtins', 'collections',
    'concurrent', 'contextlib', 'copy', 'csv', 'dataclasses', 'datetime', 'enum', 'fnmatch', 'fractions',
    'functools', 'gc', 'glob', 'hashlib', 'heapq', 'hmac', 'importlib', 'inspect', 'io', 'itertools', 'json',
    'keyword', 'logging', 'math', 'numbers', 'operator', 'os', 'pathlib', 'posixpath', 'pprint', 'queue',
    'random', 're', 'shutil', 'stat', 'statistics', 'string', 'struct', 'sys', 'tempfile', 'textwrap',
    'threading', 'time', 'traceback', 'types', 'typing', 'uuid', 'secrets', 'warnings', 'weakref', 'zlib', 'gzip', 'subprocess'})


def getfilesystemencoding():
    return 'utf-8'


def getfilesystemencodeerrors():
    return 'surrogateescape'


def is_finalizing():
    return False


def displayhook(value):
    if value is None:
        return
    import builtins
    builtins._ = None
    sys.stdout.write(repr(value) + '\n')
    builtins._ = value


def unraisablehook(unraisable):
    sys.stderr.write('Exception ignored in: %r\n' % (unraisable.object,))


def gettrace():
    """None: Isola runs no trace function."""
    return None


def getprofile():
    """None: Isola runs no profile function."""
    return None


def settrace(function):
    """Only None is accepted: Isola has no line or call tracing yet, and says so."""
    if function is not None:
        raise NotImplementedError('sys.settrace is not supported by Isola (no line or call tracing)')


def setprofile(function):
    """Only None is accepted: Isola has no profile hook yet, and says so."""
    if function is not None:
        raise NotImplementedError('sys.setprofile is not supported by Isola (no profile hook)')

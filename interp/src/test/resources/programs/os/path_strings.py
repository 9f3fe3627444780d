# posixpath's string functions on edge cases: every result must be CPython's exactly.
import os.path
import posixpath

CASES = ['', '/', '//', '///', '////', '.', '..', 'a', 'a/', 'a//', '/a', '//a', '///a', 'a/b', 'a/b/',
         '/a/b/', '//a//b//', 'a/../b', '../a', '../../a/b', '/../a', '/..', '//..', 'a/./b', './a', 'a/.',
         '.bashrc', '..bashrc', '...', 'a.b.c', 'a.tar.gz', '/x/.hidden', '/x.y/z', '/x.y/.z', 'a.', 'a..',
         'dir.d/file', 'a/b.', '/a/b/.c.d', 'foo..bar', '.a.', '~', '~/x', 'a/b/c/../../d', 'a/./../b',
         '/./a/../b', '../..', '../../..', 'x/..', 'x/../..', 'é/ü.txt']

for p in CASES:
    print(repr(p), posixpath.split(p), posixpath.splitext(p), repr(posixpath.basename(p)),
          repr(posixpath.dirname(p)), repr(posixpath.normpath(p)), posixpath.isabs(p),
          posixpath.splitdrive(p), repr(posixpath.normcase(p)))

print('-- join')
JOINS = [('a',), ('',), ('', ''), ('a', ''), ('', 'a'), ('a', 'b'), ('a/', 'b'), ('a//', 'b'), ('a', '/b'),
         ('/a', 'b', '/c', 'd'), ('a', 'b/', 'c'), ('/', 'a'), ('//', 'a'), ('a', '', 'b'), ('a', '', ''),
         ('.', '..', 'x'), ('/a/b', '../c')]
for args in JOINS:
    print(args, repr(posixpath.join(*args)))

print('-- commonprefix')
for m in [[], [''], ['abc'], ['abc', 'abd'], ['/usr/lib', '/usr/local/lib'], ['a', 'b'], ['abc', 'ab', 'abcd'],
          [['a', 'b'], ['a', 'c']], [('x', 'y', 'z'), ('x', 'y')], ['same', 'same']]:
    print(m, repr(posixpath.commonprefix(m)))

print('-- commonpath')
for paths in [['/usr/lib', '/usr/local/lib'], ['/usr/lib/', '/usr/lib'], ['a/b', 'a/c'], ['a', 'b'], ['/', '/a'],
              ['./a/b', 'a/b/c'], ['/a//b', '/a/b/'], ['a'], ['/a'], ['a/./b', 'a/b/.']]:
    print(paths, repr(posixpath.commonpath(paths)))
for bad in [[], ['/a', 'b']]:
    try:
        posixpath.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)

print('-- relpath')
for args in [('a', 'a'), ('a/b', 'a'), ('a', 'a/b'), ('/a/b/c', '/a/x/y'), ('/', '/a/b'), ('/a/b', '/'),
             ('x/y', 'x/z'), ('../a', 'b'), ('/a/b/', '/a/b/c/')]:
    print(args, repr(posixpath.relpath(*args)))
print(posixpath.relpath(os.getcwd()), posixpath.relpath(os.getcwd() + '/x/y'))
try:
    posixpath.relpath('')
except ValueError as e:
    print('ValueError', e)

print('-- abspath')
print(posixpath.abspath('/a/./b/../c'), posixpath.abspath('//a'), posixpath.abspath('/'))
print(posixpath.abspath('x') == posixpath.join(os.getcwd(), 'x'), posixpath.abspath('') == os.getcwd())

print('-- expandvars')
os.environ['ISOLA_T'] = 'value'
os.environ['ISOLA_E'] = ''
for p in ['$ISOLA_T', '${ISOLA_T}', '$ISOLA_T/x', 'a$ISOLA_T$ISOLA_T', '$NO_SUCH_VAR_X', '${NO_SUCH_VAR_X}',
          '$', '$$', '${', '${ISOLA_T', '$ISOLA_Tx', '${ISOLA_T}x', 'x$ISOLA_E.y', '$ISOLA_T$NO_SUCH_VAR_X$ISOLA_T',
          'no dollar', '$1', '${}', '$-']:
    print(repr(p), repr(posixpath.expandvars(p)))

print('-- expanduser')
os.environ['HOME'] = '/home/someone/'
for p in ['~', '~/', '~/a', 'a/~', '~~', '~/a/~', 'x']:
    print(repr(p), repr(posixpath.expanduser(p)))
os.environ['HOME'] = '/'
print(repr(posixpath.expanduser('~')), repr(posixpath.expanduser('~/x')))
os.environ['HOME'] = ''
print(repr(posixpath.expanduser('~')), repr(posixpath.expanduser('~/x')))
print(repr(posixpath.expanduser('~root')), repr(posixpath.expanduser('~no_such_user_isola/x')))

print('-- constants')
print(posixpath.sep, posixpath.curdir, posixpath.pardir, posixpath.extsep, posixpath.pathsep, posixpath.altsep,
      posixpath.defpath, posixpath.devnull)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print('-- PathLike')
print(posixpath.join(P('a'), P('b')), posixpath.basename(P('/x/y.z')), os.fspath(P('q')), os.fspath('s'))

print('-- errors')
for f in [lambda: posixpath.join(1), lambda: posixpath.join('a', 1), lambda: posixpath.split(None),
          lambda: posixpath.normpath(3), lambda: posixpath.splitext([]), lambda: os.fspath(1.5),
          lambda: posixpath.join(), lambda: posixpath.basename(), lambda: posixpath.split('a', 'b'),
          lambda: posixpath.dirname(p='x'), lambda: posixpath.commonpath(['a', 3])]:
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)

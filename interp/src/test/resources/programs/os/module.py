# The os module itself: constants, os.path as a submodule, environ, stat_result, the stat module.
import os
import os.path
import stat
import sys
from os import path
from os.path import join, splitext

import posixpath

print(os.path is posixpath, path is posixpath, sys.modules['os.path'] is posixpath, os.path.__name__)
print(join('a', 'b'), splitext('x.tar.gz'), os.error is OSError)
print(os.name, repr(os.sep), os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(type(os.environ).__name__ in ('dict', '_Environ'), all(isinstance(k, str) and isinstance(v, str)
                                                           for k, v in os.environ.items()))
print(os.getenv('ISOLA_SURELY_UNSET'), os.getenv('ISOLA_SURELY_UNSET', 'dflt'), os.getenv(key='ISOLA_SURELY_UNSET'))
os.environ['ISOLA_SET'] = 'yes'
print(os.getenv('ISOLA_SET'), os.environ['ISOLA_SET'])
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.path.isabs(os.getcwd()), os.path.isdir(os.getcwd()))
print(os.fspath('x'), os.fspath(b'y'))

st = os.stat('/')
print(type(st).__name__, isinstance(st, tuple), len(st), stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode))
print(st[stat.ST_MODE] == st.st_mode, st[stat.ST_SIZE] == st.st_size, st[6] == st.st_size, st[-1] == st[9])
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime))
print(st.st_mtime_ns // 10**9 == st[8], tuple(st) == st, st == tuple(st), st[:2] == (st.st_mode, st.st_ino))
print(repr(st).startswith('os.stat_result(st_mode='), repr(st).count('='))
print(os.path.getmtime('/') == st.st_mtime, os.path.getsize('/dev/null'))
print(stat.S_ISCHR(os.stat('/dev/null').st_mode), os.path.isfile('/dev/null'), os.path.exists('/dev/null'))
a, b, *rest = st
print(a == st.st_mode, len(rest))
try:
    st.st_mode = 5
except (AttributeError, TypeError) as e:
    print(type(e).__name__)

print('-- stat')
for m in [0o40755, 0o100644, 0o120777, 0o20666, 0o60660, 0o10600, 0o140755, 0o104755, 0o102755, 0o41777,
          0o41776, 0o46000, 0, 0o170777]:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), stat.S_ISDIR(m), stat.S_ISREG(m),
          stat.S_ISLNK(m), stat.S_ISCHR(m), stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m))
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IRWXU, stat.S_IRUSR, stat.S_IXOTH, stat.ST_MTIME, stat.S_ISUID)
for bad in ['x', None, 1.5]:
    try:
        stat.S_ISDIR(bad)
    except TypeError as e:
        print('TypeError', e)

import os, pathlib
base = 'isola_osx_%d_%s' % (os.getpid(), os.urandom(3).hex())
os.makedirs(os.path.join(base, 'sub'))
with open(os.path.join(base, 'f.txt'), 'w') as f:
    f.write('x')
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, e.name)) for e in entries], repr(entries[0]))
print(entries[0].stat().st_size, os.fspath(entries[0]) == entries[0].path, isinstance(entries[0], os.PathLike), isinstance(pathlib.Path('x'), os.PathLike), isinstance('x', os.PathLike))
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.SEEK_SET, os.SEEK_END, os.get_exec_path({'PATH': '/a:/b'}))
os.renames(os.path.join(base, 'f.txt'), os.path.join(base, 'new', 'g.txt'))
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, 'new')))
os.remove(os.path.join(base, 'new', 'g.txt')); os.rmdir(os.path.join(base, 'new')); os.rmdir(os.path.join(base, 'sub')); os.rmdir(base)
try:
    os.no_such_thing
except AttributeError as e:
    print(e)
from os import scandir, PathLike
print(scandir.__name__, PathLike.__name__)

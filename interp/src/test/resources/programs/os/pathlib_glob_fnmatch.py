import os
from pathlib import Path, PurePath, PurePosixPath
import glob, fnmatch
p = PurePath('/usr//local/./lib/python3.11/site-packages/pkg.tar.gz')
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root, p.drive, list(p.parents)[:3], len(p.parents))
print(PurePath('a/b') / 'c' / PurePath('d'), 'x' / PurePath('y'), PurePath('a', '/b', 'c'), PurePath(''), PurePath('.'), PurePath('a/../b'), PurePath('//x'), PurePath('///x'))
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_stem('other'), PurePath('a/b.txt').with_suffix(''), p.relative_to('/usr/local'), p.is_relative_to('/opt'), p.is_absolute(), PurePath('a').is_absolute())
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('/*.py'), PurePath('a') == PurePath('a/'), PurePath('a') < PurePath('b'), hash(PurePath('a/b')) == hash(PurePath('a//b')))
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]), PurePath('.hidden').suffix, PurePath('name.').suffix, PurePath('a.b.c').suffixes, str(PurePath('a/b').as_posix()), os.fspath(PurePath('q')))
for bad in [lambda: p.relative_to('/opt'), lambda: PurePath('a').with_suffix('txt'), lambda: PurePath('/').with_name('x'), lambda: PurePath(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
base = Path('isola_pathlib_%d_%s' % (os.getpid(), os.urandom(4).hex()))
if base.exists():
    for r, ds, fs in os.walk(base, topdown=False):
        for f in fs: os.remove(os.path.join(r, f))
        for d in ds: os.rmdir(os.path.join(r, d))
    os.rmdir(base)
(base / 'sub' / 'deep').mkdir(parents=True)
(base / 'a.txt').write_text('hello\nworld\n')
(base / 'b.py').write_bytes(b'print(1)\n')
(base / 'sub' / 'c.py').write_text('x = 1\n')
(base / 'sub' / 'deep' / 'd.py').touch()
print(base.exists(), base.is_dir(), (base / 'a.txt').is_file(), (base / 'a.txt').read_text().splitlines(), (base / 'b.py').read_bytes(), (base / 'a.txt').stat().st_size)
print(sorted(x.name for x in base.iterdir()), sorted(str(x.relative_to(base)) for x in base.glob('*.py')), sorted(str(x.relative_to(base)) for x in base.rglob('*.py')), sorted(str(x.relative_to(base)) for x in base.glob('**/*.py')))
print(sorted(os.path.relpath(g, base) for g in glob.glob(str(base) + '/**/*.py', recursive=True)), sorted(os.path.relpath(g, base) for g in glob.glob(str(base) + '/*')), fnmatch.fnmatch('x.PY', '*.py'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'), fnmatch.translate('a*b?[!c-e]'))
r = (base / 'a.txt').rename(base / 'renamed.txt'); print(r.name, r.exists(), (base / 'a.txt').exists())
try:
    (base / 'sub').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
(base / 'sub').mkdir(exist_ok=True)
try:
    (base / 'missing.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename == str(base / 'missing.txt'))
(base / 'missing.txt').unlink(missing_ok=True)
print(Path('x/y').absolute() == Path.cwd() / 'x' / 'y', Path('~').expanduser() == Path.home(), base.resolve().is_absolute(), Path('.').resolve() == Path.cwd())
with (base / 'renamed.txt').open() as f:
    print(f.readline().strip())
for f in sorted(base.rglob('*'), reverse=True):
    f.rmdir() if f.is_dir() else f.unlink()
base.rmdir()
print(base.exists(), type(Path('a')).__name__, isinstance(Path('a'), PurePath))

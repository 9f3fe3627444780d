# os and os.path on a scratch directory under the current one: directories, symbolic links,
# errors, walk, chdir. Prints only facts that do not depend on where or when it runs.
import os
import os.path
import stat

base = 'isola_os_files_%d_%s' % (os.getpid(), os.urandom(4).hex())
J = os.path.join
start = os.getcwd()


def fails(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except (OSError, ValueError, TypeError) as e:
        return type(e).__name__
    return 'ok'


print('exists before', os.path.exists(base), os.path.lexists(base))
os.mkdir(base)
print('made', os.path.isdir(base), os.path.isfile(base), os.path.exists(base), os.path.islink(base), os.listdir(base))
print('mkdir again', fails(os.mkdir, base))
print('mkdir no parent', fails(os.mkdir, J(base, 'no', 'such')))
os.makedirs(J(base, 'a', 'b', 'c'))
os.makedirs(J(base, 'a', 'b'), exist_ok=True)
os.makedirs(J(base, 'a', 'b', 'c') + '/', exist_ok=True)
print('makedirs existing', fails(os.makedirs, J(base, 'a')))
os.makedirs(J(base, 'x', '.', 'y'))
print(sorted(os.listdir(base)), sorted(os.listdir(J(base, 'a'))), os.listdir(J(base, 'x')))
os.mkdir(J(base, 'a', 'd'))
os.mkdir(J(base, 'a', 'b', 'e'))

print('-- links')
os.symlink('a', J(base, 'link'))
os.symlink('nowhere', J(base, 'dangling'))
print(os.path.islink(J(base, 'link')), os.path.isdir(J(base, 'link')), os.readlink(J(base, 'link')))
print(os.path.exists(J(base, 'dangling')), os.path.lexists(J(base, 'dangling')), os.path.isfile(J(base, 'dangling')))
print(os.path.realpath(J(base, 'link', 'b')) == os.path.abspath(J(base, 'a', 'b')))
print(os.path.realpath(J(base, 'dangling')) == os.path.abspath(J(base, 'nowhere')))
print(os.path.samefile(J(base, 'link'), J(base, 'a')), os.path.samefile(base, J(base, 'a')))
print(stat.S_ISLNK(os.lstat(J(base, 'link')).st_mode), stat.S_ISDIR(os.stat(J(base, 'link')).st_mode))
print('readlink of a dir', fails(os.readlink, base), 'of nothing', fails(os.readlink, J(base, 'zz')))
os.symlink('loop2', J(base, 'loop1'))
os.symlink('loop1', J(base, 'loop2'))
print(os.path.realpath(J(base, 'loop1')) == os.path.abspath(J(base, 'loop1')))
print('strict loop', fails(os.path.realpath, J(base, 'loop1'), strict=True))
print('strict missing', fails(os.path.realpath, J(base, 'nothing'), strict=True))

print('-- walk')
for top, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(top, base), dirs, sorted(files))
print([r for r in (os.path.relpath(t, base) for t, d, f in os.walk(base, topdown=False)) if r.endswith('b')])
up = [os.path.relpath(t, base) for t, d, f in os.walk(base, topdown=False)]
print(sorted(up), up.index(J('a', 'b')) < up.index('a'), up[-1])
for top, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d != 'a']
    print('pruned', os.path.relpath(top, base), sorted(dirs))
for top, dirs, files in os.walk(base, followlinks=True):
    if 'link' in top:
        dirs.sort()
        print('followed', os.path.relpath(top, base), dirs)
errors = []
print(list(os.walk(J(base, 'missing'), onerror=lambda e: errors.append(type(e).__name__))), errors)
print(list(os.walk(J(base, 'missing'))))

print('-- rename')
os.rename(J(base, 'x'), J(base, 'x2'))
print(sorted(os.listdir(base)))
print('rename missing', fails(os.rename, J(base, 'x'), J(base, 'x3')))
os.mkdir(J(base, 'empty'))
os.replace(J(base, 'empty'), J(base, 'x2', 'y'))
print(sorted(os.listdir(base)), os.listdir(J(base, 'x2')))

print('-- errors')
print('rmdir non-empty', fails(os.rmdir, J(base, 'a')))
print('rmdir missing', fails(os.rmdir, J(base, 'zz')))
print('rmdir link', fails(os.rmdir, J(base, 'link')))
print('remove dir', fails(os.remove, J(base, 'a')), fails(os.unlink, J(base, 'a')))
print('remove missing', fails(os.remove, J(base, 'zz')))
print('listdir missing', fails(os.listdir, J(base, 'zz')))
print('stat empty', fails(os.stat, ''), 'listdir empty', fails(os.listdir, ''), 'mkdir empty', fails(os.mkdir, ''))
print('getsize missing', fails(os.path.getsize, J(base, 'zz')))
for f in [lambda: os.stat('a\0b'), lambda: os.stat(1.5), lambda: os.listdir([]), lambda: os.mkdir(None),
          lambda: os.chdir(2.5), lambda: os.getenv(1), lambda: os.urandom(-1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.path.exists('a\0b'), os.path.isdir('a\0b'), os.path.isfile(''), os.path.exists(''))

print('-- access')
print(os.access(base, os.F_OK), os.access(base, os.R_OK | os.W_OK | os.X_OK), os.access(J(base, 'zz'), os.F_OK),
      os.access(J(base, 'dangling'), os.F_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)

print('-- chdir')
os.chdir(base)
print(os.getcwd() == J(start, base), sorted(os.listdir()), sorted(os.listdir('.')), os.path.isdir('a'))
print(os.path.abspath('a') == J(start, base, 'a'), os.path.realpath('link') == J(start, base, 'a'))
os.chdir('a/b')
print(os.path.basename(os.getcwd()), sorted(os.listdir('..')))
os.chdir('../..')
print(os.getcwd() == J(start, base))
print('chdir missing', fails(os.chdir, 'zz'), 'chdir to link', fails(os.chdir, 'link'), os.path.basename(os.getcwd()))
os.chdir('..')
print(os.getcwd() == start)
os.chdir(os.path.join(start, base, 'x2'))
print(os.listdir())
os.chdir(start)

print('-- removedirs')
os.removedirs(J(base, 'x2', 'y'))
print(sorted(os.listdir(base)))

print('-- cleanup')
for top, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(J(top, name))
    for name in dirs:
        p = J(top, name)
        if os.path.islink(p):
            os.unlink(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print(os.path.exists(base), base in os.listdir('.'))

import tempfile, shutil, os
d = tempfile.mkdtemp(prefix='isola_')
print(os.path.isdir(d), os.path.basename(d).startswith('isola_'), os.path.isabs(d))
with tempfile.TemporaryDirectory() as t:
    p = os.path.join(t, 'f.txt')
    with open(p, 'w') as f:
        f.write('data\n')
    os.makedirs(os.path.join(t, 'tree', 'sub'))
    shutil.copy(p, os.path.join(t, 'tree'))
    shutil.copyfile(p, os.path.join(t, 'tree', 'sub', 'g.txt'))
    shutil.copytree(os.path.join(t, 'tree'), os.path.join(t, 'copy'), ignore=shutil.ignore_patterns('g*'))
    print(sorted(os.listdir(os.path.join(t, 'copy'))), sorted(os.listdir(os.path.join(t, 'copy', 'sub'))))
    shutil.move(os.path.join(t, 'copy'), os.path.join(t, 'moved'))
    print(sorted(os.listdir(t)))
    shutil.rmtree(os.path.join(t, 'moved'))
    print(sorted(os.listdir(t)))
    try:
        shutil.copyfile(p, p)
    except shutil.SameFileError as e:
        print('SameFileError')
    saved = t
print(os.path.exists(saved))
with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    f.write('hello')
    f.seek(0)
    print(f.read(), f.name.endswith('.txt'), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
with tempfile.TemporaryFile() as f:
    f.write(b'abc'); f.seek(0); print(f.read())
fd, path = tempfile.mkstemp(suffix='.dat')
print(os.path.exists(path), path.endswith('.dat'))
os.remove(path)
shutil.rmtree(d)
print(os.path.exists(d), shutil.which('sh') is not None, shutil.which('definitely-not-a-command'), tuple(shutil.get_terminal_size((100, 30))) in {(100, 30)} or True)

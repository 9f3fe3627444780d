# not-differential: _interpreters.new_config/create(config) are CPython 3.14's (PEP 734); the machine's
# python3 is 3.11. The expected output follows 3.14's documented behaviour; memory_limit and
# the messages of refused configs are Isola's own.
import _interpreters as I
print(I.new_config())
print(I.new_config('legacy'))
print(I.new_config('empty'))
print(I.new_config('isolated', allow_threads=False, memory_limit=10**6))
for bad in [dict(name='nope'), dict(foo=1), dict(gil='x'), dict(allow_fork=1)]:
    try:
        name = bad.pop('name', 'isolated')
        I.new_config(name, **bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    I.create(I.new_config('empty'))
except Exception as e:
    print(type(e).__name__, e)
try:
    I.create(I.new_config('isolated', use_main_obmalloc=True))
except Exception as e:
    print(type(e).__name__, e)
i = I.create()
print(I.get_config(i))
j = I.create('legacy')
print(I.get_config(j))
print(I.exec(j, "x = 40 + 2\nimport threading\nt = threading.Thread(target=print, args=('legacy thread',), daemon=True)\nt.start(); t.join()"))
print(I.exec(i, "import threading\ntry:\n    threading.Thread(target=print, daemon=True)\nexcept RuntimeError as e:\n    print('RuntimeError', e)\nt = threading.Thread(target=print, args=('isolated thread',)); t.start(); t.join()"))
k = I.create(I.new_config('isolated', allow_threads=False))
print(I.exec(k, "import threading\ntry:\n    threading.Thread(target=print).start()\nexcept RuntimeError as e:\n    print('RuntimeError', e)"))
m = I.create(I.new_config('isolated', memory_limit=2_000_000))
print(I.exec(m, """
x = []
try:
    while True:
        x.append('y' * 10000)
except MemoryError as e:
    n = len(x)
    del x
    print('MemoryError after', n, 'strings', type(e).__name__)
s = ' ' * 100000
print('recovered', len(s))
import _interpreters
print(_interpreters.get_config(_interpreters.get_current()[0]).memory_limit)
"""))
big = []
for _ in range(200):
    big.append('z' * 100000)
print('main unaffected', len(big))
for x in (i, j, k, m):
    I.destroy(x)
print(len(I.list_all()))
sub = I.create()
print(I.exec(sub, "import subprocess\ntry:\n    subprocess.run(['true'])\nexcept RuntimeError as e:\n    print('RuntimeError', e)"))
leg = I.create('legacy')
print(I.exec(leg, "import subprocess\nprint(subprocess.run(['true']).returncode)"))
I.destroy(sub); I.destroy(leg)

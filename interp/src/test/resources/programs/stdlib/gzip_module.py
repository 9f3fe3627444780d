import gzip, os, io
data = b'line one\nline two\n' * 50
c = gzip.compress(data)
print(c[:3].hex(), gzip.decompress(c) == data, gzip.decompress(c + gzip.compress(b'more')) == data + b'more')
name = 'isola_gzip_%d_%s.gz' % (os.getpid(), os.urandom(3).hex())
with gzip.open(name, 'wb') as f:
    f.write(data)
with gzip.open(name, 'rb') as f:
    print(f.read() == data)
with gzip.open(name, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with gzip.open(name, 'rt', encoding='utf-8') as f:
    print([line for line in f])
with open(name, 'rb') as raw:
    print(gzip.decompress(raw.read()).decode())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb') as g:
    g.write(b'in memory')
print(gzip.decompress(buf.getvalue()), gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
os.remove(name)
for bad in [lambda: gzip.decompress(b'plain'), lambda: gzip.decompress(c[:-3]), lambda: gzip.open(name, 'rb', encoding='x')]:
    try:
        bad()
    except (OSError, EOFError, ValueError) as e:
        print(type(e).__name__, e)

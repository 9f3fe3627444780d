# Text and binary files: modes, reading and writing methods, iteration, seek/tell, with,
# newline handling, errors with CPython's messages. Works in a scratch directory it removes.
import io
import sys

base = "files_text_scratch.txt"
with open(base, "w") as f:
    print(type(f).__name__, f.mode, f.name, f.closed, f.writable(), f.readable(), f.encoding)
    n = f.write("first line\nsecond line\n")
    f.writelines(["third\n", "fourth"])
    print("wrote", n, f.tell())
print(f.closed)

with open(base) as f:
    print(repr(f.read()))
with open(base) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(base) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(base, "r") as f:
    print(f.read(5), f.tell(), f.seek(0), f.read(5), f.seek(0, 2), repr(f.read()))
    print(list(f), f.seek(6), f.readline())

with open(base, "a") as f:
    f.write("\nappended")
with open(base) as f:
    print(f.read().splitlines())

with open(base, "r+") as f:
    print(f.read(5))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(f.readline(), end="")

with open(base, "w+") as f:
    f.write("crlf\r\nmac\rlast")
    f.seek(0)
    print(repr(f.read()))
with open(base, newline="") as f:
    print(repr(f.read()))
with open(base, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(base, "rb") as f:
    data = f.read()
    print(type(f).__name__, f.mode, data, len(data))

with open(base, "wb") as f:
    print(type(f).__name__, f.write(b"\x00\x01bytes\n"), f.write(bytearray(b"more\n")))
with open(base, "rb") as f:
    print(f.readline(), f.read(2), f.tell(), f.seek(-3, 2), f.read(), f.seek(1), f.read(3))
with open(base, "rb") as f:
    print(list(f))
with open(base, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(base, "rb") as f:
    print(f.read())
with open(base, encoding="utf-8") as f:
    print(f.read(), end="")
with open(base, encoding="latin-1") as f:
    print(repr(f.read()))

for args in [("no_such_file.txt",), (base, "rw"), (base, "rbt"), (base, "b"), (base, "rb", -1, "utf-8"),
             (base, "z"), (base, "r", -1, "no-such-codec"), (".", "r"), (base, "x")]:
    try:
        open(*args)
    except (OSError, ValueError, LookupError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
try:
    open(42.5)
except TypeError as e:
    print("TypeError", e)

f = open(base)
f.close()
for op in (f.read, f.readline, lambda: f.write("x"), f.tell, lambda: iter(f)):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
with open(base) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
with open(base, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)

s = io.StringIO("line one\nline two\nline three")
print(s.readline(), end="")
print(s.read(4), s.tell(), s.readlines())
s.seek(0)
print([l for l in s])
out = io.StringIO()
print("hello", "world", file=out)
out.write("x=%d\n" % 5)
print(repr(out.getvalue()), out.tell())
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.getvalue(), b.seek(0), b.write(b"XY"), b.getvalue())
with io.StringIO() as buf:
    buf.write("inside")
    print(buf.getvalue(), buf.closed)
print(buf.closed)
sys.stdout.write("direct write\n")
print(sys.stdout.writable(), sys.stdin.readable() if hasattr(sys.stdin, "readable") else True)

try:
    import os
    os.remove(base)
except ImportError:
    pass

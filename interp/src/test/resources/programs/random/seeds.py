# random.seed: every supported seed type gives CPython's sequence.
import random


def show(label, seed, **kw):
    random.seed(seed, **kw)
    print(label, [random.random() for _ in range(4)], random.getrandbits(32), random.getrandbits(70))


for n in [0, 1, 2, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**64, 2**100, 10**50, 2**1000 + 7]:
    show(n, n)
for n in [-1, -5, -42, -(2**100)]:
    show(n, n)
show("True", True)
show("False", False)
for text in ["", "a", "hello", "Hello, world!", "\u00e9t\u00e9", "\u6f22\u5b57", "x" * 1000]:
    show(repr(text), text)
for data in [b"", b"a", b"hello", bytes(range(256))]:
    show(repr(data)[:30], data)
show("bytearray", bytearray(b"hello"))
for text in ["", "a", "hello", "\u00e9t\u00e9"]:
    show("v1 " + repr(text), text, version=1)
for data in [b"", b"hello", b"\xff\x00"]:
    show("v1 " + repr(data), data, version=1)
for x in [0.0, 1.5, -2.25, 1e300, 3.0, float("inf")]:
    show("float " + repr(x), x)
show("int keyword", 7, version=2)
random.seed(a=99)
print("a=", random.random())

# The same seed twice gives the same numbers; seed(None) and seed() reseed from the OS.
random.seed(5)
first = [random.random() for _ in range(10)]
random.seed(5)
print(first == [random.random() for _ in range(10)])
random.seed()
x = random.random()
random.seed(None)
print(type(x).__name__, 0.0 <= x < 1.0, x != random.random())

for bad in [[1], (1, 2), {}, object, None.__class__, range(3)]:
    try:
        random.seed(bad)
        print("no error for", bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: random.seed(1, 2, 3), lambda: random.seed(x=1), lambda: random.seed(1, a=2),
             lambda: random.seed(bytearray(b"x"), version=1), lambda: random.random(1),
             lambda: random.random(x=1)]:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

# The module's constants.
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)
print(sorted(n for n in random.__dict__ if not n.startswith("_") and n not in ("Random", "SystemRandom")))

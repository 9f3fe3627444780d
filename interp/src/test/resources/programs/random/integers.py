# getrandbits, randrange, randint and randbytes draw as CPython's.
import random

random.seed(42)
print([random.getrandbits(k) for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 200]])
print(random.getrandbits(1000))
print([random.getrandbits(3) for _ in range(40)])

random.seed(2024)
print([random.randrange(10) for _ in range(30)])
print([random.randrange(1, 7) for _ in range(30)])
print([random.randrange(0, 100, 7) for _ in range(20)])
print([random.randrange(100, 0, -3) for _ in range(20)])
print([random.randrange(-50, 50, 1) for _ in range(20)])
print([random.randrange(-10, -100, -9) for _ in range(10)])
print([random.randrange(2**64) for _ in range(5)])
print([random.randrange(2**100, 2**101) for _ in range(3)])
print([random.randrange(-(2**80), 2**80, 2**40 + 1) for _ in range(3)])
print([random.randrange(1, 2) for _ in range(5)])
print(random.randrange(start=3, stop=9, step=2), random.randrange(5, None), random.randrange(5, None, 1))
print(random.randrange(True, 10), random.randrange(10, step=1))

random.seed(7)
print([random.randint(1, 6) for _ in range(40)])
print([random.randint(-3, 3) for _ in range(20)])
print([random.randint(0, 2**70) for _ in range(3)])
print(random.randint(5, 5), random.randint(a=1, b=2))

random.seed(11)
print([random.randbytes(n) for n in [0, 1, 2, 3, 4, 5, 8, 9, 16, 17]])
print(random.randbytes(40).hex())

for call in [lambda: random.getrandbits(-1), lambda: random.getrandbits(1.5),
             lambda: random.getrandbits(2**40), lambda: random.getrandbits(-2**40),
             lambda: random.getrandbits("a"), lambda: random.getrandbits(),
             lambda: random.getrandbits(1, 2), lambda: random.getrandbits(k=2),
             lambda: random.randrange(0), lambda: random.randrange(-3),
             lambda: random.randrange(1, 2, 0), lambda: random.randrange(5, 2),
             lambda: random.randrange(5, 5), lambda: random.randrange(5, 2, 1), lambda: random.randrange(5, 2, 2),
             lambda: random.randrange(2, 5, -1), lambda: random.randrange(5, stop=None, step=2),
             lambda: random.randrange(5, None, True), lambda: random.randrange("a"),
             lambda: random.randrange(1, "a"), lambda: random.randrange(1, 5, "a"),
             lambda: random.randrange(), lambda: random.randrange(1, 2, 3, 4),
             lambda: random.randrange(1, start=2), lambda: random.randrange(1, foo=2),
             lambda: random.randint(1), lambda: random.randint(), lambda: random.randint(1, 2, 3),
             lambda: random.randint(5, 3), lambda: random.randint(1, "a"), lambda: random.randint(1, a=2),
             lambda: random.randbytes(-1), lambda: random.randbytes(1.5), lambda: random.randbytes(),
             lambda: random.randbytes("ab")]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

# Subclassing int, float, str, bytes and tuple: values behave as the base, the class adds
# attributes and methods; __new__ customises construction of immutable values.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
    def __repr__(self):
        return f"Celsius({float(self)})"

c = Celsius(21.5)
print(c, c.to_f(), c + 1, type(c + 1).__name__, isinstance(c, float), c == 21.5, hash(c) == hash(21.5))
c.note = "warm"
print(c.note, vars(c))

class Flags(int):
    names = {1: "read", 2: "write", 4: "exec"}
    def __str__(self):
        return "|".join(n for bit, n in self.names.items() if self & bit) or "none"
    def __or__(self, other):
        return Flags(int(self) | int(other))

rw = Flags(1) | Flags(2)
print(rw, repr(rw), int(rw), type(rw).__name__, rw + 0, rw * 2, rw == 3, {rw: "x"}[3], Flags(0))
print(isinstance(rw, int), issubclass(Flags, int), Flags.__mro__, Flags(7).bit_length(), Flags("12"), Flags("ff", 16))
big = Flags(2 ** 100)
print(big, big > 2 ** 99, -Flags(5), abs(Flags(-3)), f"{Flags(255):x}", [10, 20, 30][Flags(1)])

class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hello")
print(t, repr(t), t.shout(), t + " world", type(t + "x").__name__, len(t), t[1:3], t == "hello", "ell" in t)
print(sorted([Tag("b"), Tag("a")]), {Tag("k"): 1}["k"], t.split("l"), f"<{t}>", str(t) is not t or True)
t.meta = 1
print(t.meta)

class Blob(bytes):
    def hexed(self):
        return self.hex()
b = Blob(b"\x01\x02")
print(b, b.hexed(), len(b), b + b"\x03", type(b).__name__, b[0])

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
    def __repr__(self):
        return f"Pair{tuple(self)}"

p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, list(p), max(p), p.count(1), isinstance(p, tuple))

class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
pt = Point(3, 4)
print(pt, pt.x, pt.y, hasattr(pt, "__dict__"))
try:
    pt.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)

class Meters(int):
    def __new__(cls, value, unit="m"):
        scale = {"m": 1, "km": 1000}[unit]
        return super().__new__(cls, value * scale)
print(Meters(3), Meters(2, "km"), Meters(2, unit="km") + 1)

class Money(float):
    def __new__(cls, amount):
        return super().__new__(cls, round(amount, 2))
    def __add__(self, other):
        return Money(float(self) + float(other))
    def __str__(self):
        return f"${float(self):.2f}"
total = Money(1.005) + Money(2.5) + 3
print(total, type(total).__name__, repr(total))

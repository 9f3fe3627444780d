# Operator and protocol dunders on user classes, with CPython's dispatch rules.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))
    __rmul__ = __mul__
    def __truediv__(self, o):
        return Num(self.v / o)
    def __floordiv__(self, o):
        return Num(self.v // o)
    def __mod__(self, o):
        return Num(self.v % o)
    def __pow__(self, o, m=None):
        return Num(pow(self.v, o, m))
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return self
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __lshift__(self, o):
        return Num(self.v << o)
    def __rshift__(self, o):
        return Num(self.v >> o)
    def __and__(self, o):
        return Num(self.v & o)
    def __or__(self, o):
        return Num(self.v | o)
    def __xor__(self, o):
        return Num(self.v ^ o)
    def __matmul__(self, o):
        return ("matmul", self.v, o)
    def __divmod__(self, o):
        return divmod(self.v, o)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __hash__(self):
        return hash(self.v)
    def __bool__(self):
        return self.v != 0

a, b = Num(7), Num(3)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * b, 2 * a, a / 2, a // 2, a % 4)
print(a ** 2, pow(a, 2, 5), 2 ** b, -a, +a, abs(Num(-4)), ~a)
print(a << 2, a >> 1, a & 3, a | 8, a ^ 1, a @ 5, divmod(a, 2))
print(int(a), float(a), [10, 20, 30, 40, 50, 60, 70, 80][b], hex(a), bin(b))
print(a == Num(7), a != Num(7), a < b, a <= b, a > b, a >= b, a == 7)
print(sorted([Num(3), Num(1), Num(2)]), max(Num(1), Num(9)), min([a, b]))
print(hash(a) == hash(7), {a: 1}[Num(7)], len({Num(1), Num(1), Num(2)}))
print(bool(Num(0)), bool(a), "yes" if Num(0) else "no", not a)
print(str(a), repr(a), f"{a}", f"{a!r}", [a], (a,), {"k": a})

c = Num(5)
c += 1
print(c)
c -= Num(2)
print(c)
c *= 3
print(c)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self):
        return f"Acc({self.items})"

acc = Acc()
keep = acc
acc += 1
acc += 2
print(acc, acc is keep)

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
    def __contains__(self, x):
        return x == "magic"

s = Seq(5)
print(len(s), s[2], s[1:4], list(s), 9 in s, "magic" in s, bool(Seq(0)))
for x in Seq(3):
    print("item", x)

class Box:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v * 2
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        print("deleting", k)
        del self.data[k]

bx = Box()
bx["a"] = 5
print(bx["a"])
del bx["a"]
print(bx.data)

class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Counter(4)), sum(Counter(10)), [x * 2 for x in Counter(3)])
it = iter(Counter(2))
print(next(it), next(it), next(it, "done"))

class Gen:
    def __iter__(self):
        yield 1
        yield from [2, 3]

print(list(Gen()), tuple(Gen()), set(Gen()))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Num))

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

print(Cmp(1) > Cmp(2))

class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "right wins"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base())

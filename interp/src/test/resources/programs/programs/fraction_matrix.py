# Exact linear algebra: a hand-written Fraction type, Vector and Matrix with
# operator overloading, Gaussian elimination, determinants and inverses.
import math
import operator


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num=0, den=1):
        if isinstance(num, Fraction) and den == 1:
            num, den = num.num, num.den
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError("Fraction needs ints, got %s/%s" % (type(num).__name__, type(den).__name__))
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g

    @classmethod
    def coerce(cls, x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return cls(x)
        return NotImplemented

    def __repr__(self):
        return "Fraction(%d, %d)" % (self.num, self.den)

    def __str__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)

    def __format__(self, spec):
        return format(str(self), spec)

    def _op(fn):
        def forward(self, other):
            other = Fraction.coerce(other)
            if other is NotImplemented:
                return other
            return fn(self, other)

        def reverse(self, other):
            other = Fraction.coerce(other)
            if other is NotImplemented:
                return other
            return fn(other, self)
        return forward, reverse

    __add__, __radd__ = _op(lambda a, b: Fraction(a.num * b.den + b.num * a.den, a.den * b.den))
    __sub__, __rsub__ = _op(lambda a, b: Fraction(a.num * b.den - b.num * a.den, a.den * b.den))
    __mul__, __rmul__ = _op(lambda a, b: Fraction(a.num * b.num, a.den * b.den))
    __truediv__, __rtruediv__ = _op(lambda a, b: Fraction(a.num * b.den, a.den * b.num))
    del _op

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den, self.num) ** -n
        return Fraction(self.num ** n, self.den ** n)

    def __eq__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = Fraction.coerce(other)
        return self.num * other.den < other.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2 ** 52 else self.num // self.den


class SingularMatrix(ArithmeticError):
    pass


class ShapeError(ValueError):
    def __init__(self, op, a, b):
        super().__init__("%s: shapes %s and %s do not match" % (op, a, b))


class Vector:
    def __init__(self, items):
        self.items = [Fraction.coerce(x) for x in items]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def _zip(self, other, op):
        if len(self) != len(other):
            raise ShapeError(op.__name__, len(self), len(other))
        return Vector(op(a, b) for a, b in zip(self, other))

    def __add__(self, other):
        return self._zip(other, operator.add)

    def __sub__(self, other):
        return self._zip(other, operator.sub)

    def __mul__(self, k):
        return Vector(x * k for x in self)

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(self._zip(other, operator.mul), Fraction(0))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.items == other.items

    def __repr__(self):
        return "Vector(%s)" % ", ".join(map(str, self.items))


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction.coerce(x) for x in row] for row in rows]
        widths = {len(r) for r in self.rows}
        if len(widths) > 1:
            raise ValueError("ragged rows: %s" % sorted(widths))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(Vector(row) @ other for row in self.rows)
        if self.shape[1] != other.shape[0]:
            raise ShapeError("matmul", self.shape, other.shape)
        cols = other.transpose().rows
        return Matrix([[Vector(r) @ Vector(c) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        w = max((len(c) for row in cells for c in row), default=1)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in row) + " ]" for row in cells)

    def eliminate(self, rhs=None, trace=False):
        """Gauss-Jordan on [self | rhs]; returns (reduced augmented rows, det)."""
        n, m = self.shape
        aug = [row[:] + (rhs.rows[i][:] if rhs else []) for i, row in enumerate(self.rows)]
        det = Fraction(1)
        r = 0
        for c in range(m):
            pivot = next((i for i in range(r, n) if aug[i][c]), None)
            if pivot is None:
                det = Fraction(0)
                continue
            if pivot != r:
                aug[r], aug[pivot] = aug[pivot], aug[r]
                det = -det
                if trace:
                    print("   swap rows %d and %d" % (r, pivot))
            p = aug[r][c]
            det = det * p
            aug[r] = [x / p for x in aug[r]]
            for i in range(n):
                if i != r and aug[i][c]:
                    f = aug[i][c]
                    aug[i] = [a - f * b for a, b in zip(aug[i], aug[r])]
            if trace:
                print("   pivot (%d,%d)=%s -> %s" % (r, c, p, [str(x) for x in aug[r]]))
            r += 1
        return aug, (det if r == n == m else Fraction(0))

    def det(self):
        return self.eliminate()[1]

    def inverse(self):
        n = self.shape[0]
        aug, det = self.eliminate(Matrix.identity(n))
        if not det:
            raise SingularMatrix("matrix is singular")
        return Matrix([row[n:] for row in aug])

    def solve(self, b):
        aug, det = self.eliminate(Matrix([[x] for x in b]))
        if not det:
            raise SingularMatrix("no unique solution")
        return Vector(row[-1] for row in aug)


h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 / t, -h, abs(Fraction(-3, 4)), h ** 3, t ** -2)
print(repr(Fraction(6, -8)), Fraction(3, 6) == h, h == 0.5, h < t, t <= h, bool(Fraction(0)))
print(float(Fraction(22, 7)), int(Fraction(-7, 2)), sorted([h, t, Fraction(-1, 5), Fraction(2)]))
print(len({Fraction(2, 4), h, Fraction(1, 2)}), hash(Fraction(4, 2)) == hash(2), "[%6s]" % h, "[{:>5}]".format(t))
s = sum((Fraction(1, k * (k + 1)) for k in range(1, 20)), Fraction(0))
print("telescoping:", s, "harmonic(10):", sum(Fraction(1, k) for k in range(1, 11)))
for bad in [(1, 0), (1.5, 2)]:
    try:
        Fraction(*bad)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    h + "x"
except TypeError as e:
    print("TypeError", e)

a = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
print(a, a.shape, a[1, 2])
print("det:", a.det())
x = a.solve([8, -11, -3])
print("solution:", x, "check:", a @ x)
inv = a.inverse()
print(inv)
print("A @ inv == I:", a @ inv == Matrix.identity(3), "transpose twice:", a.transpose().transpose() == a)
hilbert = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", hilbert.det())
hinv = hilbert.inverse()
print(hinv)
print("exact:", hilbert @ hinv == Matrix.identity(4))
p = Matrix([[0, 2, 1], [1, 1, 1], [2, 0, 3]])
aug, d = p.eliminate(trace=True)
print("det with swaps:", d)
v = Vector([1, 2, 3])
w = Vector([h, t, Fraction(1, 4)])
print(v + w, v - w, v * 2, 3 * w, v @ w, v == Vector([1, 2, 3]))
for thunk in [lambda: Matrix([[1, 2], [2, 4]]).inverse(),
              lambda: Matrix([[1, 2], [3]]),
              lambda: v + Vector([1]),
              lambda: a @ Matrix([[1, 2]]),
              lambda: Matrix([[1, 1], [1, 1]]).solve([1, 2])]:
    try:
        thunk()
    except (ArithmeticError, ValueError) as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, ArithmeticError))

from fractions import Fraction as F
import numbers, math
print(F(3, 4), repr(F(6, -8)), F('3/4'), F(' -1.25e1 '), F('1_000/3'), F(0.1), F(2.5), F(F(1, 3)), F(7))
print(F(1, 3) + F(1, 6), F(1, 3) - 1, 2 * F(3, 4), F(3, 4) / F(3, 8), 1 / F(5), F(7, 2) // 2, F(7, 2) % 1, divmod(F(7, 2), F(2, 3)))
print(F(1, 2) + 0.25, 0.5 + F(1, 4), F(1, 2) * 1j, F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, 4 ** F(1, 2), F(4) ** F(1, 2), 2 ** F(3))
print(F(1, 3) == F(2, 6), F(1, 2) == 0.5, F(1, 3) < 0.34, F(1, 3) > F(1, 4), F(1) == 1, F(1, 2) == complex(0.5, 0), F(5, 2) >= 2)
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 3)), hash(F(-1, 3)), hash(F(-1)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(12345, 100), 1), round(F(12345, 100), -1), int(F(-7, 2)), float(F(1, 3)))
print(F(math.pi).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(), F(0.1).limit_denominator(10))
print(F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, bool(F(0)), abs(F(-3, 4)), -F(3, 4), +F(3, 4))
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1.0, numbers.Rational), issubclass(int, numbers.Number))
print(sum([F(1, n) for n in range(1, 10)]), sorted([F(1, 2), F(1, 3), 0.4]), max(F(7, 3), 2), F.from_float(0.75), F.from_decimal(3))
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F(1.5, 2), lambda: F(float('nan')), lambda: F(float('inf')), lambda: F(0) ** -1, lambda: F([1]), lambda: F(1, 2) / 0]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print({F(1, 2): 'half'}[0.5], F(1, 2) in {0.5}, str(F(10, 5)), f'{F(1, 3)!s:>6}')

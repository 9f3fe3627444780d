import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.inf > 10 ** 300)

# ceil, floor, trunc: ints for floats, ints pass through exactly
for x in (2.5, -2.5, 2.0, -0.0, 0.1, -0.1, 1e20, -1e20, 3.999999999999999, 7, -7, True, 10 ** 30):
    print(x, math.ceil(x), math.floor(x), math.trunc(x), type(math.ceil(x)).__name__, type(math.trunc(x)).__name__)
print(math.floor(1e300) == 10 ** 300, math.ceil(1e300) // 10 ** 280)
for bad in (math.inf, -math.inf, math.nan):
    for f in (math.ceil, math.floor, math.trunc):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, bad, type(e).__name__, e)

# fabs, copysign
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2.5), math.fabs(-math.inf), math.fabs(True))
print(math.copysign(3, -0.0), math.copysign(-3.5, 1), math.copysign(0.0, -1), math.copysign(math.inf, -2))
print(math.copysign(1, math.nan), math.isnan(math.copysign(math.nan, -1)))

# fmod and remainder are exact
for x, y in ((10, 3), (-10, 3), (10, -3), (5.5, 2), (-5.5, 2), (1e300, 3.7), (0.1, 0.03), (7, math.inf), (-0.0, 1)):
    print(x, y, math.fmod(x, y), math.remainder(x, y))
for x, y in ((5, 2), (7, 2), (-5, 2), (2.5, 1), (3.5, 1), (-3.5, 1), (1e308, 3e-308)):
    print("remainder", x, y, math.remainder(x, y))
print(math.remainder(3, math.inf), math.isnan(math.remainder(math.nan, 1)), math.isnan(math.fmod(1, math.nan)))

# frexp, ldexp, modf
for x in (8.0, 0.3, -5.5, 0.0, -0.0, 1e-310, 5e-324, 1.7976931348623157e308, 1, True, 10 ** 20):
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.frexp(math.inf), math.frexp(-math.inf), math.frexp(math.nan))
print(math.ldexp(1, 10), math.ldexp(0.75, -1074), math.ldexp(0.5, -1074), math.ldexp(1.5, -1075), math.ldexp(3, -1076))
print(math.ldexp(1.0, -10 ** 30), math.ldexp(-1.0, -10 ** 30), math.ldexp(0.0, 10 ** 30), math.ldexp(math.inf, -5))
print(math.ldexp(1.0, True), math.ldexp(5, 2))
for x in (2.5, -2.5, 3.0, -3.0, 0.0, -0.0, 1e300, 0.1, math.inf, -math.inf):
    print("modf", x, math.modf(x))
print(math.modf(math.nan))

# classification and isclose
for x in (0.0, 1, -1e308, math.inf, -math.inf, math.nan, 10 ** 300):
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-11), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1.0000000001), math.isclose(1e308, math.inf), math.isclose(5, 5, rel_tol=0.0))

# sqrt, pow, degrees, radians
for x in (0, 1, 2, 4.0, 0.25, 1e-320, 1e308, 10 ** 300, True):
    print("sqrt", x, math.sqrt(x))
print(math.sqrt(-0.0), math.sqrt(math.inf))
for x, y in ((2, 10), (2, 0.5), (2, -1), (-2, 3), (-2, -3), (0, 0), (10, -300), (1.0000001, 1e7), (-8, 1 / 3 * 3)):
    print("pow", x, y, math.pow(x, y))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, 2))
print(math.pow(-math.inf, -3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf), math.pow(0.0, 3))
print(math.pow(-0.0, 3), math.pow(-0.0, 2), math.pow(-0.0, 0.5))
for x in (0, 90, 180, -45, 1, 360.5):
    print("radians", x, math.radians(x), math.degrees(math.radians(x)))
print(math.degrees(math.pi), math.degrees(1), math.degrees(-math.tau))

# nextafter, ulp
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1), math.nextafter(0.0, -1), math.nextafter(5, 5))
print(math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.inf, 0), math.nextafter(-0.0, 0.0))
print(math.ulp(1), math.ulp(-1e100), math.ulp(0.0), math.ulp(5e-324), math.ulp(1.7976931348623157e308), math.ulp(math.inf))
print(math.isnan(math.ulp(math.nan)), math.ulp(2 ** 60))

# hypot and dist: exact where the answer is representable
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(5, 12, 84), math.hypot(1, 1), math.hypot(1e200, 1e200))
print(math.hypot(1e-200, 1e-200), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(*range(20)), math.hypot(0.1, 0.2, 0.3), math.hypot(True, 2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((), ()), math.dist(iter([1.5]), (0.5,)))
print(math.dist((1e308, 0), (-1e308, 0)), math.dist((0.1, 0.2), (0.4, 0.7)))

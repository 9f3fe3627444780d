import math

# Every result is printed in full (repr): Isola calls the same C library functions as CPython.
xs = [0.0, -0.0, 0.5, 1, 2, 3.5, 10, 100, 1e-10, 0.999, 7.25, 1e5, 123.456, 2 ** 0.5, True]

for name in ("sqrt", "log", "log10", "log2", "log1p", "cbrt", "erf", "erfc", "asinh", "exp2"):
    f = getattr(math, name)
    out = []
    for x in xs + [-x for x in xs[2:6]]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
print("acosh", [math.acosh(x) for x in (1, 1.5, 2, 10, 1e10, 1e300)])
print("atanh", [math.atanh(x) for x in (0, 0.1, -0.5, 0.9, 0.999999, 1e-20)])
print("cbrt", math.cbrt(27), math.cbrt(-8), math.cbrt(1e300), math.cbrt(5e-324), math.cbrt(0.001))
print("log2", math.log2(1024), math.log2(2 ** -1074), math.log2(3), math.log2(10 ** 100), math.log2(2 ** 2000))
print("log10", math.log10(1000), math.log10(1e-300), math.log10(10 ** 1000), math.log10(2))
print("log", math.log(math.e), math.log(1), math.log(10 ** 400), math.log(2 ** 5000), math.log(8, 2), math.log(100, 10))
print("log", math.log(10 ** 1000, 10), math.log(2 ** 3000, 2 ** 10), math.log(3, 0.5), math.log(True, 2), math.log(0.5, 10 ** 300))
print("erf", math.erf(-1), math.erf(5), math.erf(6), math.erf(-30), math.erf(1e-300), math.erf(math.inf))
print("erfc", math.erfc(-1), math.erfc(5), math.erfc(10), math.erfc(27), math.erfc(30), math.erfc(-7), math.erfc(-math.inf))

for name in ("exp", "expm1", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh"):
    f = getattr(math, name)
    print(name, [f(x) for x in xs + [-x for x in xs[2:6]] if abs(x) <= 100])
for name in ("asin", "acos"):
    f = getattr(math, name)
    print(name, [f(x) for x in (0, 0.5, -0.5, 1, -1, 0.999, 1e-10)])
print("atan2", [math.atan2(y, x) for y in (1, -1, 0.0, -0.0) for x in (1, -1, 0.0, -0.0, 2.5)])
print("atan2", math.atan2(math.inf, math.inf), math.atan2(-math.inf, -math.inf), math.atan2(1, math.inf), math.atan2(1, -math.inf))
print("atan2", math.atan2(-math.inf, 5), math.atan2(-0.0, -math.inf), math.isnan(math.atan2(math.nan, 1)))
print("gamma", [math.gamma(x) for x in (1, 2, 5, 10, 23, 0.5 * 0 + 1)], math.gamma(0.5) ** 2)
print("gamma", [math.gamma(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.7, 1e-5)], math.gamma(170.5))
print("gamma", math.gamma(-200.5), math.gamma(1e-300), math.gamma(-1e-300), math.gamma(math.inf), math.gamma(171.6))
print("lgamma", [math.lgamma(x) for x in (1, 2)], [math.lgamma(x) for x in (0.5, 3, 10, 100.5, -0.5, -2.5, 1e-30)])
print("lgamma", math.lgamma(1e300), math.lgamma(math.inf), math.lgamma(-math.inf), math.isnan(math.lgamma(math.nan)))
print("special", math.exp(0), math.exp(-math.inf), math.exp(-1000), math.expm1(0.0), math.expm1(-math.inf), math.sin(0.0))
print("special", math.sinh(-0.0), math.cosh(0), math.tanh(math.inf), math.tanh(-1000), math.atan(math.inf), math.cos(0))
print("special", math.sinh(-math.inf), math.cosh(-math.inf), math.asinh(-math.inf), math.acosh(math.inf), math.exp2(-1075))
print("special", math.exp2(10), math.exp2(0.5) == math.sqrt(2), math.exp(1) == math.e, math.log1p(-0.5))
print("identities", math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))

import math

# Every libm-backed function of math, and float **, over a fixed grid of arguments: special
# values, subnormals, tiny, near 0 and 1, near multiples of pi/4, large and negative. Results are
# printed with repr() (or the exception), so they must equal CPython's bit for bit.

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, -1.7976931348623157e308, 1.0, -1.0, 0.5, -0.5, 2.0]
TINY = [math.ldexp(1.2345678901234567, e) for e in range(-1074, -20, 61)]
NEAR_ZERO = [k / 7.0 - 3.0 for k in range(0, 43)]
NEAR_PI = [math.nextafter(k * math.pi / 4, d) for k in range(-12, 13) for d in (-math.inf, math.inf)]
LARGE = [math.ldexp(1.7320508075688772, e) for e in range(5, 1024, 53)] + [1e22, 1e300, 710.0, 709.78]
ARGS = SPECIAL + TINY + NEAR_ZERO + NEAR_PI + LARGE + [-x for x in LARGE[:8]] + [-x for x in TINY[:6]]
UNIT = SPECIAL + TINY + [k / 23.0 - 1.0 for k in range(47)] + [1 - math.ldexp(1.0, -e) for e in range(1, 54, 4)]
ABOVE_ONE = SPECIAL + [1 + math.ldexp(1.0, -e) for e in range(0, 53, 4)] + [1.5 ** k for k in range(1, 60, 3)]
GAMMA = SPECIAL + TINY[:6] + [k / 4.0 for k in range(-30, 31)] + [k + 0.1 for k in range(-185, 185, 23)] + [171.6, -200.5]
PAIRS = [(x, y) for x in SPECIAL[:9] for y in SPECIAL[:9]] + [
    (1.0 + k / 1000.0, k * 37.0 - 500.0) for k in range(1, 30)] + [
    (k / 3.0, k / 7.0 - 2.0) for k in range(1, 40)] + [
    (-(k / 5.0), float(k - 20)) for k in range(1, 40)] + [
    (math.ldexp(1.1, e), 0.7) for e in range(-1074, 1024, 111)]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__


def table(name, f, args, arity=1):
    for i in range(0, len(args), 6):
        chunk = args[i:i + 6]
        print(name, " ".join(show(f, *a) if arity == 2 else show(f, a) for a in chunk))


for name in ("sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "exp", "exp2", "expm1",
             "erf", "erfc", "cbrt", "sqrt", "log", "log2", "log10"):
    table(name, getattr(math, name), ARGS)
for name in ("asin", "acos", "atanh", "log1p"):
    table(name, getattr(math, name), UNIT)
table("acosh", math.acosh, ABOVE_ONE)
table("gamma", math.gamma, GAMMA)
table("lgamma", math.lgamma, GAMMA)
table("atan2", math.atan2, PAIRS, 2)
table("pow", math.pow, PAIRS, 2)
table("fmod", math.fmod, PAIRS, 2)
table("**", lambda x, y: x ** y if x >= 0 or y == int(y) else "complex", [p for p in PAIRS if math.isfinite(p[1]) or p[0] >= 0], 2)
print("int log", math.log(10 ** 500), math.log2(3 ** 900), math.log10(7 ** 1000), math.log(2 ** 1100, 3))

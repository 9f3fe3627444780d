import math


def attempt(name, *args, **kwargs):
    try:
        r = getattr(math, name)(*args, **kwargs)
        print(name, args, "->", r)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__ + ":", e)


# math domain error: a NaN from non-NaN input, or a pole
for name, x in (("sqrt", -1), ("log", 0), ("log", -1.5), ("log", -10 ** 400), ("log2", 0), ("log10", -1),
                ("log1p", -1), ("log1p", -2), ("acos", 2), ("asin", -1.5), ("acosh", 0.5), ("atanh", 1),
                ("atanh", -1), ("atanh", 2), ("sin", math.inf), ("cos", -math.inf), ("tan", math.inf),
                ("gamma", 0), ("gamma", -0.0), ("gamma", -3), ("gamma", -math.inf), ("lgamma", 0), ("lgamma", -7),
                ("log", math.inf), ("log", -math.inf), ("sqrt", -math.inf), ("sqrt", math.nan), ("erf", math.nan)):
    attempt(name, x)
for name, x, y in (("pow", 0, -1), ("pow", -0.0, -2.5), ("pow", -2, 0.5), ("fmod", 1, 0), ("fmod", math.inf, 2),
                   ("remainder", 1, 0), ("remainder", math.inf, 1), ("atan2", 0, 0), ("log", 10, 1), ("log", 1, 1),
                   ("log", 0, 10), ("log", 10, 0), ("log", 10, -2), ("copysign", math.nan, 1)):
    attempt(name, x, y)

# math range error: an infinity from finite input
for name, x in (("exp", 1000), ("exp", 709.8), ("exp2", 1024), ("expm1", 710), ("sinh", 711), ("sinh", -711),
                ("cosh", -711), ("gamma", 172), ("gamma", 5e-324), ("gamma", 1e300), ("lgamma", 1e306 * 1e3),
                ("exp", -1e300), ("sinh", math.inf)):
    attempt(name, x)
for name, x, y in (("pow", 10, 400), ("pow", -10, 309), ("ldexp", 1.0, 1024), ("ldexp", 1.0, 10 ** 30),
                   ("ldexp", 1e308, 1), ("pow", 2, 1023.9), ("hypot", 1e308, 1e308), ("atan2", 1e308, 1e-308)):
    attempt(name, x, y)
attempt("fsum", [1e308, 1e308, -1e308])
attempt("dist", (1e308,), (-1e308,))

# ints too large for a float
for name in ("sqrt", "exp", "sin", "floor", "ceil", "isfinite", "frexp", "degrees", "fabs", "erf"):
    attempt(name, 10 ** 400)
attempt("log", 10 ** 400)
attempt("log2", -(10 ** 400))
attempt("pow", 10 ** 400, 0)
attempt("hypot", 1, 10 ** 400)
attempt("isclose", 10 ** 400, 1)
attempt("ldexp", 10 ** 400, -10)
attempt("fsum", [10 ** 400])

# type errors
for name in ("sqrt", "exp", "floor", "ceil", "fabs", "isnan", "frexp", "modf", "erf", "gamma", "log", "log2", "radians"):
    attempt(name, "1.5")
for name, arg in (("sqrt", None), ("trunc", "x"), ("trunc", None), ("isqrt", 2.0), ("isqrt", "9"), ("factorial", 5.0),
                  ("factorial", "5"), ("gcd", 2.5), ("lcm", "1"), ("fsum", 3), ("fsum", ["1"]), ("ceil", [1]),
                  ("floor", b"1")):
    attempt(name, arg)
attempt("hypot", 3, "4")
attempt("dist", (1, 2), (3, "4"))
attempt("dist", 1, (3,))
attempt("dist", (1, 2), (3,))
attempt("ldexp", 1.0, 2.0)
attempt("ldexp", "1", 2)
attempt("comb", 5.0, 2)
attempt("comb", 5, "2")
attempt("perm", 5, 2.0)
attempt("pow", "2", 2)
attempt("copysign", 1, None)
attempt("nextafter", 1, "2")
attempt("gcd", 4, 6, 1.0)
attempt("gcd", 1, 6, "x")
attempt("lcm", 0, "x")

# integer domain errors
attempt("isqrt", -1)
attempt("isqrt", -(10 ** 30))
attempt("factorial", -1)
attempt("factorial", -(10 ** 30))
attempt("factorial", 2 ** 63)
attempt("comb", -1, 2)
attempt("comb", 5, -2)
attempt("comb", -1, -2)
attempt("perm", -3, 1)
attempt("perm", 3, -1)
attempt("perm", 2 ** 70, 2 ** 64)
attempt("comb", 2 ** 200, 2 ** 100)
attempt("perm", -1)
attempt("isclose", 1, 2, rel_tol=-1)
attempt("isclose", 1, 2, abs_tol=-0.5)
attempt("isclose", 1, 2, rel_tol="x")

# argument counts and keywords
attempt("sqrt")
attempt("sqrt", 1, 2)
attempt("sqrt", x=4)
attempt("atan2", 1)
attempt("atan2", 1, 2, 3)
attempt("pow", 2)
attempt("log")
attempt("log", 1, 2, 3)
attempt("log", x=3)
attempt("comb", 5)
attempt("perm")
attempt("perm", 1, 2, 3)
attempt("hypot", x=3)
attempt("gcd", a=3)
attempt("isclose", 1)
attempt("isclose", 1, 2, 3)
attempt("isclose", 1, 2, tol=3)
attempt("isclose", 1, b=2, a=3)
attempt("prod")
attempt("prod", [1], 2)
attempt("prod", [1], begin=2)
attempt("fsum")
attempt("dist", (1,))
attempt("ldexp", 1.0)
attempt("factorial")
attempt("modf", 1, 2)
attempt("nextafter", 1)
attempt("ceil", 1.5, 2)

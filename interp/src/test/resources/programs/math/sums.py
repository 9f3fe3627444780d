import math

print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e16, 1e-16]), math.fsum([1e308, 1e-308, -1e308]))
print(math.fsum(x / 7 for x in range(1000)), math.fsum(range(100)), math.fsum([True, 2, 0.5]))
print(math.fsum([-0.0, -0.0]), math.fsum([0.0, -0.0]), math.fsum([math.inf, 1, math.inf]), math.fsum([-math.inf, 5]))
print(math.isnan(math.fsum([math.nan, 1])), math.fsum([10 ** 300, -10 ** 300, 1]), math.fsum(iter([2.5, 2.5])))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0 ** 53, 1.0, 1e-10]), math.fsum([2.0 ** 53, -1.0, -1e-10]))
vals = [((-1) ** k) * (k + 1) ** -1.5 * 1e5 for k in range(2000)]
print(math.fsum(vals), math.fsum(reversed(vals)) == math.fsum(vals))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.7976931348623157e308]))
for bad in ([math.inf, -math.inf], [1e308, 1e308], [1, "x"], 5):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

print(math.prod([]), math.prod([], start=5), math.prod(range(1, 11)), math.prod([2.5, 4]), math.prod([2, 2.5]))
print(math.prod(range(1, 30)), math.prod([10 ** 10] * 5), math.prod([1, 2], start=1.5), math.prod([True, True]))
print(math.prod([3, 4], start=2 ** 70), math.prod(x for x in [0.5, 0.5, 0.5]), math.prod([[1, 2]], start=1))
print(math.prod(["ab"], start=3), math.prod([3], start="ab"), math.prod([-1e200, 1e200]), math.prod([2 ** 62, 2]))
print(math.prod([2 ** 62, 2, 0.5]), math.prod([1e308, 10]), math.prod([4, math.nan, 0]))
for bad in (([1, "x", "y"],), (5,), ([1, None],)):
    try:
        print(math.prod(*bad))
    except TypeError as e:
        print(type(e).__name__, e)

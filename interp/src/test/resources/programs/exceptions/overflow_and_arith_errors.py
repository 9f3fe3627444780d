tests = [
    lambda: float(10 ** 1000),
    lambda: 10 ** 1000 / 3,
    lambda: int(float("inf")),
    lambda: (1e308).__mul__(10),
    lambda: 1e308 * 10,
    lambda: round(1e308, -400),
    lambda: 10 ** 1000 // 3 > 0,
    lambda: divmod(10 ** 500, 1e-300),
]
for i, t in enumerate(tests):
    try:
        print(i, "ok", t())
    except ArithmeticError as e:
        print(i, type(e).__name__, e)

print(pow(2, 8), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(9, 2, 5), pow(0, 0), pow(base=2, exp=5))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2), divmod(-9.5, -2))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(5, 0), round(0.125, 2), round(0.375, 2))
for f, args in [(pow, (2, 3, 0)), (divmod, (1, 0)), (round, ("1",)), (pow, ("2", 2)), (round, (1.5, 1.5))]:
    try:
        print(f(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)

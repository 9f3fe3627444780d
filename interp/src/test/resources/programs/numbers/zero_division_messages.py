cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
         lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: 10 ** 30 // 0, lambda: 0 / 0.0]
for i, c in enumerate(cases):
    try:
        c()
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e.args)

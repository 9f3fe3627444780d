print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)), list(range(-3)))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0)))
print(range(3)[1], range(10)[-1], range(10)[2:8:3], range(10)[::-1])
print(len(range(1, 10, 2)), 5 in range(1, 10, 2), range(1, 10, 2).index(5), range(3).count(1))
print(range(True, 3), list(range(False, 2)))
for args in [(1.5,), ("1",), (1, 2, 0), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)

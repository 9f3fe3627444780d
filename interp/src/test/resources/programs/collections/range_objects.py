r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1])
print(8 in r, 9 in r, r.index(11), r.count(14))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(10, 0, -3)))
print(range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3, 1), len(range(-5, 5)))
print(range(10**20)[10**19], range(0, 10**20, 7)[-1], 10**20 - 1 in range(10**20))
print(r.start, r.stop, r.step, reversed(range(3)) is not None, list(reversed(range(1, 10, 4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True))

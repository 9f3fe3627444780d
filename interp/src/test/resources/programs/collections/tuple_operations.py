t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t), t[1:4], t[::-1])
print(t + (4,), t * 2, (0,) * 3, () + ())
print(1 in t, 9 not in t, min(t), max(t), sum(t))
a, b, *c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
lt = ([1], [2])
lt[0].append(99)
print(lt)
print(tuple(range(3)), tuple("ab"), tuple([1, [2]]))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)

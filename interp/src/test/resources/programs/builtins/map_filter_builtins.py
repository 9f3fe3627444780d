print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, [])))
print(list(filter(lambda x: x > 2, [1, 3, 5, 0])), list(filter(None, [0, 1, [], "a"])), list(filter(str.isupper, "aBcD")))
m = map(abs, [-1, -2, -3])
print(next(m), list(m), list(m))
f = filter(None, range(4))
print(list(f), list(f))
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(abs, ["x"]))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(None, 5)
except TypeError as e:
    print("TypeError:", e)

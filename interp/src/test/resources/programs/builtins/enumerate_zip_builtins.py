print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip("a")), list(zip("ab", "cd", "ef")))
z = zip(range(3), range(10, 13))
print(next(z), list(z))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)

s = {5, 3, 17, 1, 9, 33, 2}
print(s)
print(list(s), sorted(s))
t = set()
for x in [100, 5, 64, 3, 32]:
    t.add(x)
print(t)
print({x % 7 for x in range(20)})
u = {"apple", "banana", "cherry"}
print(sorted(u), len(u))
print({-1, -2, 0, 1})

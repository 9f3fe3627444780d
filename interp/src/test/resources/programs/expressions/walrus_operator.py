data = [5, 1, 8, 3, 9, 2]
if (n := len(data)) > 4:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
i = 0
while (i := i + 1) < 4:
    print("iter", i)
print(i)
total = 0
vals = [(total := total + v) for v in range(5)]
print(vals, total)
print((a := 10) + a)
def f():
    if any([(hit := v) > 7 for v in data]):
        return hit
print(f())
print([last := c for c in "abc"], last)
x = (z := 3, 4)
print(x, z)

def rotate(a, k):
    if not a:
        return a
    k %= len(a)
    return a[-k:] + a[:-k]
base = [1, 2, 3, 4, 5]
for k in (0, 1, 2, 5, 7, -1):
    print(k, rotate(base, k))
a = base[:]
a.reverse()
print(a, base[::-1] == a)
i, j = 0, len(a) - 1
while i < j:
    a[i], a[j] = a[j], a[i]
    i += 1
    j -= 1
print(a)
print(rotate([], 3))

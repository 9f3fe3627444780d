def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in (0, 1, 2, 15, 16, 17, 10 ** 10, 10 ** 40 + 12345, 2 ** 127 - 1):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(isqrt(2 * 10 ** 60))

data = [3, 8, 1, 9, 4, 7, 2]
i = 0
while i < len(data) and data[i] != 9:
    i += 1
print(i, data[i] if i < len(data) else None)
lo, hi = 0, 100
steps = 0
target = 37
while lo <= hi:
    mid = (lo + hi) // 2
    steps += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print(mid, steps)
n = 12345
digits = []
while n > 0:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
x = 1
while not (x > 100 or x % 17 == 0):
    x = x * 3 + 1
print(x)

total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0)
print(sum([0.1] * 10))
print(1e16 + 1 - 1e16, 1e16 - 1e16 + 1)
xs = [1e100, 1.0, -1e100]
print(sum(xs), sum(sorted(xs)))
print(0.1 * 3, 0.3 / 0.1, 3 * 0.1 == 0.3)
print(1 / 7 * 7, 49 * (1 / 49))
acc = 1.0
for i in range(60):
    acc /= 2
print(acc, acc * 2 ** 60)
print(2.0 ** 1023 * 2, 2.0 ** -1074, 2.0 ** -1075)
print(round(0.1 + 0.2, 10), 1.1 * 1.1, 1.23456789e-5 * 1e5)

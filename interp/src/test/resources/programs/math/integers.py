import math

for n in (0, 1, 2, 3, 15, 16, 24, 25, 10 ** 6, 2 ** 62 - 1, 2 ** 64, 10 ** 40, 10 ** 41 + 7, True):
    r = math.isqrt(n)
    print("isqrt", n, r, r * r <= n < (r + 1) * (r + 1), type(r).__name__)
print(math.isqrt(2 ** 5001) >> 2400, math.isqrt(10 ** 2001 - 1) // 10 ** 990)

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 30 + 1, 10 ** 20), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(-12), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 0), math.lcm(0, 0, 5))
print(math.lcm(2, 3, 4, 5, 6, 7, 8, 9, 10), math.lcm(2 ** 70, 3 ** 40), math.lcm(*range(1, 40)))

for n in (0, 1, 5, 20, 21, 25, 50, 100):
    print("factorial", n, math.factorial(n))
f1000 = math.factorial(1000)
print(len(str(f1000)), f1000 % (10 ** 20 + 39), str(f1000)[:30], math.factorial(True))
print(math.factorial(3000) // math.factorial(2999))

for n, k in ((5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (67, 33), (68, 34), (1000, 3), (2 ** 70, 2), (10 ** 20, 3), (2 ** 70, 2 ** 70 - 1)):
    print("comb", n, k, math.comb(n, k))
for n, k in ((5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (30, 20), (1000, 3), (2 ** 70, 2), (10 ** 20, 3)):
    print("perm", n, k, math.perm(n, k))
print(math.perm(5), math.perm(5, None), math.perm(0), math.comb(True, True), math.perm(20, 2 ** 80))
print(sum(math.comb(200, k) for k in range(201)) == 2 ** 200, math.comb(300, 150) % 1000003)
print(math.comb(10 ** 6, 4), math.perm(10 ** 5, 5), len(str(math.comb(5000, 2500))))

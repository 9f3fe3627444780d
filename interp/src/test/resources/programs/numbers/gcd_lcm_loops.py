def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b if a and b else 0
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 18), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6), lcm(0, 3))
acc = 1
for i in range(1, 21):
    acc = lcm(acc, i)
print(acc)
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = ext_gcd(240, 46)
print(g, x, y, 240 * x + 46 * y)

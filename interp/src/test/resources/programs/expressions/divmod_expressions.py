for a in (7, -7):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b), a == (a // b) * b + a % b)
for a in (7.5, -7.5):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % 5, -0.0 % 5)
print(10**20 % 7, -(10**20) % 7, 10**20 // -7)

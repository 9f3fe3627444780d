def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50)
print(len(str(fact(200))))
print(fact(30) // fact(28))
print(sum([int(d) for d in str(fact(100))]))
print(fact(25) % 1000000007)
print(-f50, -f50 // 7, -f50 % 7)
print(f50.bit_length())
print(2 ** 64 - 1, 2 ** 64, -(2 ** 63))
print((2 ** 64) * (2 ** 64) == 2 ** 128)
print(str(2 ** 1000)[-20:])

x = 2
x *= 3 + 4
print(x)
x -= 1 - 1
print(x)
x //= 2 ** 2
print(x)
x **= 1 + 1
print(x)
y = [1, 2]
y += [3] * 2
print(y)
y *= 2
print(y)
s = "ab"
s += "c" * 3
print(s)
t = (1,)
t += (2, 3)
print(t)
z = 10
z <<= 1 + 1
z |= 1
z ^= 0b101
print(z, bin(z))

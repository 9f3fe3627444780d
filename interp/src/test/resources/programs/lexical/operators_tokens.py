a, b = 7, 3
print(a+b, a-b, a*b, a/b, a//b, a%b, a**b)
print(a&b, a|b, a^b, ~a, a<<b, a>>1)
print(a<b, a>b, a<=b, a>=b, a==b, a!=b)
x = 5
x += 1; x -= 2; x *= 3; x //= 2; x %= 5; x **= 3
print(x)
y = 0b1111
y &= 0b1010; y |= 0b0100; y ^= 0b0001; y <<= 2; y >>= 1
print(y)
z = 7.0
z /= 2
print(z)
print(a-+-b, - - a, not not a, ~~a)
print(1 if a else 2, [1,2][a>b])
print(a>b>2, 1<a<10>b)

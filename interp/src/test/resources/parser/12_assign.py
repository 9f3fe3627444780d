x = 1
x = y = z = 2
a, b = b, a
(a, b) = 1, 2
[a, b] = c
a, *b = c
*a, b = c
a.b = 1
a[0] = 1
a[1:2] = 3
a, (b, c) = d
x = yield
x = yield 1

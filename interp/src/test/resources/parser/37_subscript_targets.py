a[1:2, 3] = b
del a[::2]
a[b][c] = d
a.b.c.d = e
f().x = 1
f()[0] = 1

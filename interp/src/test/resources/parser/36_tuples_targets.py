a, = b
(a,) = b
[a] = b
a, b, c = range(3)
x, = y, = z
((a, b), [c, d]) = e

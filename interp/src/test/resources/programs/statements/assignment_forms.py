a = b = c = 0
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), [r, s] = [1, 2], (3, 4)
print(p, q, r, s)
first, *middle, last = range(6)
print(first, middle, last)
i, j, k = "abc"
print(i, j, k)
lst = [0, 0, 0]
lst[0], lst[1], lst[2] = 5, 6, 7
print(lst)
d = {}
d["a"], d["b"] = "AB"
print(d)
lst[1:], n = [8], 9
print(lst, n)
t = 1, 2
u, = [42]
print(t, u)
for idx, (ch, num) in enumerate(zip("xy", [10, 20])):
    print(idx, ch, num)

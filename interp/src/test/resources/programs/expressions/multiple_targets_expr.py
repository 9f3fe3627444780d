a = b = c = [1]
a.append(2)
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "mn"
print(m, n)
h = k = 5
h += 1
print(h, k)

a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
c = [0]
d = c
c *= 3
print(c, d)
e = [1]
e.extend(e)
print(e)
f = [1, 2]
f += range(2)
f += {9: 0}
print(f)
try:
    f = f + (1,)
except TypeError as ex:
    print("TypeError:", ex)

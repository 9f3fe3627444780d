a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [99]
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del a[::3]
print(a)
del a[1:3]
print(a)
a[1:1] = "xyz"
print(a)
a[-2:] = []
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = b[3:0:-1]
print(b)
b[::-1] = [10, 20, 30, 40, 50]
print(b)
c = [0] * 5
c[10:20] = [1]
print(c)
del c[:]
print(c)

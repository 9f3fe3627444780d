a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["q"]
except KeyError as e:
    print("KeyError:", e)
try:
    del a[50]
except IndexError as e:
    print("IndexError:", e)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

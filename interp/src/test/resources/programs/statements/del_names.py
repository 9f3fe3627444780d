a = 1
b = [1, 2]
del a
print("a" in globals(), "b" in globals())
del b[0]
print(b)
x, y, z = 1, 2, 3
del x, y
print("x" in globals(), z)
def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3]
for item in lst:
    pass
del item
print("item" in globals())

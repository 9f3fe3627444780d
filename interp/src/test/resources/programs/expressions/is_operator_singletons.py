def f():
    pass
print(f() is None)
print(None is not False)
x = []
y = x
y.append(1)
print(x, x is y)
x = x + [2]
print(x, y, x is y)
a = [1, 2]
b = a[:]
print(a == b, a is b)
t = (1, 2)
print(t == tuple(t))
s = "abc"
print(s[:] == s)
print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(True, int))
print(... is Ellipsis, repr(...))
print(NotImplemented is NotImplemented)

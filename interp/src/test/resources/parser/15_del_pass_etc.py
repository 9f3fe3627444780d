del x
del x, y
del a.b, a[0], (c, d), [e]
pass
for i in x:
    break
while y:
    continue

for x in y:
    pass
for a, b in c:
    pass
for x in 1, 2:
    pass
for x in y:
    a
else:
    b
for (a, b), *c in d: pass
for a.b in c: pass

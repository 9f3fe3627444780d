if x:
    y = 1
    if y:
        z = 2
    w = 3
v = 4

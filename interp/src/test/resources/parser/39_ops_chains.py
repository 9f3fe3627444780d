x = a if b else c
x = [a for a in b] + [c]
x = {1: 2}[1]
x = (1, 2)[0]
x = 'abc'[1:]
x = f(a)[b](c).d
x = not a
x = a == b == c

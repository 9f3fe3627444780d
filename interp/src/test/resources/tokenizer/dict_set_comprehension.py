d = {k: v for k, v in items if k}
s = {*a, *b}
m = {**d, 'k': 1}
g = (x
     for x in y)

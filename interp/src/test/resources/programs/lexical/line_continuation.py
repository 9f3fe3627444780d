# Explicit and implicit line joining
total = 1 + \
    2 + \
    3
print(total)
values = [
    1, 2,
    3,   # comment inside brackets
    4,
]
print(values)
d = {'a': 1,
     'b': (2,
           3)}
print(d)
s = ("implicit "
     "concatenation "
     'of strings')
print(s)
if total > 5 and \
   len(values) == 4:
    print("both")
def g(a,
      b=2,
      *c):
    return (a,
            b, c)
print(g(1,
        5, 6,
        7))
x = [i
     for i in range(5)
     if i % 2 == 0]
print(x)

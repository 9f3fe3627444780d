for i in range(3):
    pass
print("after for:", i)
for i in []:
    pass
print("unchanged after empty loop:", i)
squares = [j * j for j in range(4)]
try:
    print(j)
except NameError as e:
    print("NameError:", e)
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
k = 100
print([f() for f in funcs])
total = 0
for n in range(5):
    n *= 2
    total += n
print(n, total)
lst = [1, 2, 3]
for x in lst:
    lst = []
print(x, lst)

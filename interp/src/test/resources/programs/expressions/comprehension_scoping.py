x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(10) if i % 2 if i % 3])
def make():
    k = 5
    return [k * i for i in range(3)]
print(make())
print({c: [c * n for n in range(1, 3)] for c in "ab"})
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
fs = [(lambda n=n: n) for n in range(3)]
print([f() for f in fs])

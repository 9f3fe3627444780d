def mat_mul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(mat_mul(A, B))
print(transpose(A))
print(mat_mul(A, identity(3)) == A)
M = [[2, 0], [1, 3]]
P = identity(2)
for _ in range(5):
    P = mat_mul(P, M)
print(P)
for row in mat_mul(B, A):
    print(" ".join([f"{v:4d}" for v in row]))
print([sum(r) for r in A], [sum(c) for c in zip(*A)])

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(v for row in matrix for v in row))
print(sum(v for row in matrix for v in row if v % 2 == 0))
print(list((r, c) for r in range(2) for c in range(r, 3)))
print(max(sum(row) for row in matrix), min(row[i] for i, row in enumerate(matrix)))
print(sorted((sum(1 for ch in w if ch in "aeiou"), w) for w in ["banana", "kiwi", "apple"]))
x = 10
print(list(x + i for i in range(3)))
def f(n):
    return sum(i * n for i in range(4))
print(f(2), f(3))
print(list(sum(range(k)) for k in range(6)))

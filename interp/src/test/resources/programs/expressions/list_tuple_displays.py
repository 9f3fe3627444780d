print([], [1], [1, 2,], (), (1,), (1, 2,))
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single)
print(((1)), ((1,)))
print([[]] * 3, [[] for _ in range(3)])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1, 2] + [3], (1,) + (2,), [0] * 0, (7,) * 3)
print(list(), tuple(), list("ab"), tuple([1, 2]))
print([i for i in range(3)], [(i, j) for i in range(2) for j in range(2)])
print([[i * j for j in range(3)] for i in range(3)])

row = [0] * 4
print(row, [1, 2] * 3, [] * 5, 2 * ["x"], [None] * -1)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
print(grid)
shared = [[]] * 2
shared[0].append("both")
print(shared)
s = "banana"
print(s.count("a"), list(s).count("a"), [1, [1], 1].count(1), [[1], [1]].count([1]))
big = [7] * 1000
print(len(big), sum(big), big.count(7), big.index(7))

grid = {}
for r in range(3):
    for c in range(4):
        grid[(r, c)] = r * 10 + c
print(grid[1, 2], grid.get((5, 5), "off"), len(grid))
def neighbors(r, c):
    out = []
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        key = (r + dr, c + dc)
        if key in grid:
            out.append(grid[key])
    return out
print(neighbors(0, 0), neighbors(1, 1), neighbors(2, 3))
sparse = {(0, 0): 1, (100, 100): 2}
print(sorted(sparse), max(sparse), sparse[100, 100])
for (r, c), v in sorted(grid.items())[:5]:
    print(r, c, v)

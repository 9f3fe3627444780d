def count_paths(grid):
    rows, cols = len(grid), len(grid[0])
    memo = {}
    def walk(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        if (r, c) not in memo:
            memo[(r, c)] = walk(r + 1, c) + walk(r, c + 1)
        return memo[(r, c)]
    return walk(0, 0)
print(count_paths(["....", ".#..", "...#", "...."]))
print(count_paths(["..", ".."]), count_paths(["#"]))
def tree_sum(tree):
    def visit(node, depth):
        if node is None:
            return 0
        value, left, right = node
        return value * depth + visit(left, depth + 1) + visit(right, depth + 1)
    return visit(tree, 1)
t = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
print(tree_sum(t))

MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#..#",
    ".####.#.#.",
    "......#..E",
]
def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c >= 0:
            return r, c
def bfs(start, goal):
    queue = [start]
    prev = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    if goal not in prev:
        return None, len(prev)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)
start, goal = find("S"), find("E")
path, explored = bfs(start, goal)
print("start", start, "goal", goal, "explored", explored)
print("path length", len(path) - 1)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join(["".join(row) for row in grid]))
print(path[:6])
blocked, n = bfs(start, (0, 3))
print(blocked is not None, n)

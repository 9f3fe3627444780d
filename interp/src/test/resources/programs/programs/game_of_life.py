def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(live, height, width):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % height, (c + dc) % width)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, height, width):
    return "\n".join(["".join(["#" if (r, c) in live else "." for c in range(width)]) for r in range(height)])
H, W = 8, 10
board = parse([
    "..........",
    "..#.......",
    "...#......",
    ".###......",
    "..........",
    "......###.",
    "..........",
    "..........",
])
for gen in range(5):
    print(f"generation {gen}, population {len(board)}")
    print(render(board, H, W))
    board = step(board, H, W)
seen = {}
state = frozenset(board)
t = 5
while state not in seen and t < 200:
    seen[state] = t
    state = frozenset(step(state, H, W))
    t += 1
print("cycle found at", t, "first seen", seen.get(state), "period", t - seen.get(state, t))

# Backtracking search written with generators: a sudoku solver with
# constraint propagation, an exact-cover style pentomino-free tiling of
# dominoes, and subset sums, all enumerating solutions with yield from.


class Unsolvable(Exception):
    pass


class Contradiction(Unsolvable):
    def __init__(self, cell, reason):
        super().__init__("cell %s: %s" % (cell, reason))
        self.cell = cell


DIGITS = "123456789"


class Grid:
    def __init__(self, cells):
        self.cells = list(cells)

    @classmethod
    def parse(cls, text):
        chars = [c for c in text if c in DIGITS or c in ".0"]
        if len(chars) != 81:
            raise ValueError("need 81 cells, got %d" % len(chars))
        return cls(0 if c in ".0" else int(c) for c in chars)

    @staticmethod
    def peers(i):
        r, c = divmod(i, 9)
        br, bc = 3 * (r // 3), 3 * (c // 3)
        out = set()
        for k in range(9):
            out.add(r * 9 + k)
            out.add(k * 9 + c)
            out.add((br + k // 3) * 9 + bc + k % 3)
        out.discard(i)
        return out

    def candidates(self, i):
        used = {self.cells[p] for p in PEERS[i]}
        return [d for d in range(1, 10) if d not in used]

    def check(self):
        for i, v in enumerate(self.cells):
            if v and any(self.cells[p] == v for p in PEERS[i]):
                raise Contradiction(divmod(i, 9), "duplicate %d" % v)
        return True

    def __str__(self):
        rows = []
        for r in range(9):
            row = self.cells[r * 9:(r + 1) * 9]
            parts = [" ".join(str(v) if v else "." for v in row[k:k + 3]) for k in (0, 3, 6)]
            rows.append(" | ".join(parts))
            if r in (2, 5):
                rows.append("------+-------+------")
        return "\n".join(rows)

    def __eq__(self, other):
        return isinstance(other, Grid) and self.cells == other.cells

    def __hash__(self):
        return hash(tuple(self.cells))

    def copy(self):
        return Grid(self.cells)


PEERS = [Grid.peers(i) for i in range(81)]


def solve(grid, counter):
    counter[0] += 1
    best, best_cands = None, None
    for i in range(81):
        if grid.cells[i] == 0:
            cands = grid.candidates(i)
            if not cands:
                return
            if best is None or len(cands) < len(best_cands):
                best, best_cands = i, cands
                if len(cands) == 1:
                    break
    if best is None:
        yield grid.copy()
        return
    for d in best_cands:
        grid.cells[best] = d
        yield from solve(grid, counter)
    grid.cells[best] = 0


def first_solution(grid):
    counter = [0]
    gen = solve(grid, counter)
    for sol in gen:
        gen.close()
        return sol, counter[0]
    raise Unsolvable("no solution after %d nodes" % counter[0])


PUZZLE = """
53..7.... 6..195... .98....6.
8...6...3 4..8.3..1 7...2...6
.6....28. ...419..5 ....8..79
"""
g = Grid.parse(PUZZLE)
print(g)
print("clues:", sum(1 for v in g.cells if v), "candidates of (0,2):", g.candidates(2))
sol, nodes = first_solution(g)
print(sol)
print("nodes:", nodes, "valid:", sol.check(), "row sums:", {sum(sol.cells[r * 9:r * 9 + 9]) for r in range(9)})

# A puzzle with several solutions: count them with a generator pipeline.
multi = Grid.parse(PUZZLE)
for i in (0, 1, 4, 10, 12, 13):
    multi.cells[i] = 0
counter = [0]
sols = list(solve(multi, counter))
print("solutions:", len(sols), "distinct:", len(set(sols)), "nodes:", counter[0])
print("differences:", sorted({i for s in sols for i in range(81) if s.cells[i] != sols[0].cells[i]}))

bad = Grid.parse(PUZZLE)
bad.cells[2] = 5
try:
    bad.check()
except Unsolvable as e:
    print("bad:", e, e.cell, type(e).__mro__[1].__name__)

try:
    Grid.parse("123")
except ValueError as e:
    print("parse:", e)

impossible = Grid.parse(PUZZLE)
impossible.cells[2] = 4
impossible.cells[3] = 6
try:
    sol2, nodes2 = first_solution(impossible)
    print("solved anyway in", nodes2, "nodes:", sol2.cells[:9])
    impossible.cells[1] = 0
    impossible.cells[2] = 3
    first_solution(impossible)
except Unsolvable as e:
    print("impossible:", e)


def domino_tilings(w, h):
    """All tilings of a w x h board by dominoes, as strings of letters."""
    board = [[None] * w for _ in range(h)]

    def place(k, label):
        for r in range(h):
            for c in range(w):
                if board[r][c] is None:
                    break
            else:
                continue
            break
        else:
            yield ["".join(row) for row in board]
            return
        for dr, dc in ((0, 1), (1, 0)):
            r2, c2 = r + dr, c + dc
            if r2 < h and c2 < w and board[r2][c2] is None:
                board[r][c] = board[r2][c2] = label
                yield from place(k + 1, chr(ord(label) + 1))
                board[r][c] = board[r2][c2] = None

    yield from place(0, "a")


for w, h in [(2, 2), (3, 2), (4, 3), (4, 4)]:
    tilings = list(domino_tilings(w, h))
    print("%dx%d tilings: %d" % (w, h, len(tilings)))
    if len(tilings) <= 3:
        for t in tilings:
            print("   ", "/".join(t))


def subset_sums(items, target, start=0, chosen=()):
    if target == 0:
        yield chosen
        return
    for i in range(start, len(items)):
        if items[i] > target:
            break
        if i > start and items[i] == items[i - 1]:
            continue
        yield from subset_sums(items, target - items[i], i + 1, chosen + (items[i],))


items = sorted([10, 1, 2, 7, 6, 1, 5, 3, 8])
print(list(subset_sums(items, 8)))
gen = subset_sums(items, 15)
print(next(gen), next(gen), sum(1 for _ in gen))


def counting_solver():
    """A coroutine: send it numbers, it replies with running statistics."""
    total, count, best = 0, 0, None
    reply = None
    while True:
        x = yield reply
        if x is None:
            break
        total += x
        count += 1
        best = x if best is None or x > best else best
        reply = (count, total, best)
    return "finished after %d" % count


co = counting_solver()
next(co)
for n in (nodes, len(sols), 4, 17):
    print("coroutine:", co.send(n))
try:
    co.send(None)
except StopIteration as stop:
    print("stop:", stop.value)

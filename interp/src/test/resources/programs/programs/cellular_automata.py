# Cellular automata: elementary 1-D rules, Life-like 2-D rules parsed from
# "B36/S23" notation on a torus, Langton's ant, and cycle detection; runs are
# generators that yield successive generations.
import random


class RuleError(ValueError):
    pass


class ElementaryRule:
    def __init__(self, number):
        if not 0 <= number <= 255:
            raise RuleError("rule must be in 0..255, not %d" % number)
        self.number = number
        self.table = {tuple(int(b) for b in format(i, "03b")): (number >> i) & 1 for i in range(8)}

    def step(self, cells):
        n = len(cells)
        return [self.table[(cells[i - 1], cells[i], cells[(i + 1) % n])] for i in range(n)]

    def run(self, cells):
        while True:
            yield cells
            cells = self.step(cells)

    def __repr__(self):
        return "Rule%d" % self.number


class LifeRule:
    def __init__(self, born, survive, name=""):
        self.born = frozenset(born)
        self.survive = frozenset(survive)
        self.name = name

    @classmethod
    def parse(cls, text, name=""):
        try:
            b, s = text.upper().split("/")
            if not (b.startswith("B") and s.startswith("S")):
                raise ValueError
            return cls((int(c) for c in b[1:]), (int(c) for c in s[1:]), name)
        except ValueError:
            raise RuleError("bad rule %r" % text) from None

    def __str__(self):
        return "B%s/S%s" % ("".join(map(str, sorted(self.born))), "".join(map(str, sorted(self.survive))))

    def __eq__(self, other):
        return isinstance(other, LifeRule) and (self.born, self.survive) == (other.born, other.survive)

    def __hash__(self):
        return hash((self.born, self.survive))


class Torus:
    def __init__(self, w, h, live=()):
        self.w, self.h = w, h
        self.live = frozenset((x % w, y % h) for x, y in live)

    @classmethod
    def from_text(cls, text, w, h, dx=0, dy=0):
        rows = text.strip().splitlines()
        return cls(w, h, ((x + dx, y + dy) for y, row in enumerate(rows)
                          for x, ch in enumerate(row) if ch == "#"))

    def neighbours(self, x, y):
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.w, (y + dy) % self.h

    def step(self, rule):
        counts = {}
        for x, y in self.live:
            for p in self.neighbours(x, y):
                counts[p] = counts.get(p, 0) + 1
        nxt = [p for p, c in counts.items()
               if (c in rule.survive if p in self.live else c in rule.born)]
        return Torus(self.w, self.h, nxt)

    def __eq__(self, other):
        return (self.w, self.h, self.live) == (other.w, other.h, other.live)

    def __hash__(self):
        return hash((self.w, self.h, self.live))

    def __len__(self):
        return len(self.live)

    def bbox(self):
        if not self.live:
            return None
        xs = [x for x, _ in self.live]
        ys = [y for _, y in self.live]
        return min(xs), min(ys), max(xs), max(ys)

    def render(self):
        return "\n".join("".join("#" if (x, y) in self.live else "." for x in range(self.w))
                         for y in range(self.h))


def evolve(board, rule):
    while True:
        yield board
        board = board.step(rule)


def take(n, gen):
    for i, x in enumerate(gen):
        if i >= n:
            return
        yield x


def find_cycle(gen, limit):
    """Returns (start, period) of the first repeated state, or None."""
    seen = {}
    for i, state in enumerate(take(limit, gen)):
        key = state if isinstance(state, Torus) else tuple(state)
        if key in seen:
            return seen[key], i - seen[key]
        seen[key] = i
    return None


width = 31
start = [0] * width
start[width // 2] = 1
for number in (30, 90, 110, 184):
    rule = ElementaryRule(number)
    print(rule, "table:", "".join(str(rule.table[k]) for k in sorted(rule.table, reverse=True)))
    for row in take(8, rule.run(start)):
        print("   " + "".join(".#"[c] for c in row))
    print("   cycle:", find_cycle(rule.run(start), 300))
try:
    ElementaryRule(256)
except RuleError as e:
    print("RuleError:", e)

life = LifeRule.parse("B3/S23", "life")
highlife = LifeRule.parse("b36/s23", "highlife")
seeds = LifeRule.parse("B2/S", "seeds")
print(life, highlife, seeds, life == LifeRule({3}, {2, 3}), len({life, highlife, LifeRule.parse("B3/S32")}))
for bad in ("B3S23", "X3/S23", "B3/Sx"):
    try:
        LifeRule.parse(bad)
    except RuleError as e:
        print("RuleError:", e, e.__cause__, e.__suppress_context__)

glider = Torus.from_text(".#.\n..#\n###", 8, 8)
for i, b in enumerate(take(5, evolve(glider, life))):
    print("glider gen %d: %d cells bbox=%s" % (i, len(b), b.bbox()))
print(glider.step(life).step(life).step(life).step(life).render())
print("glider period on 8x8 torus:", find_cycle(evolve(glider, life), 100))
blinker = Torus.from_text("###", 5, 5, 1, 2)
print("blinker:", find_cycle(evolve(blinker, life), 10))
replicator = Torus.from_text(".###\n#..#\n#...\n#...", 16, 16, 6, 6)
sizes = [len(b) for b in take(12, evolve(replicator, highlife))]
print("highlife replicator sizes:", sizes)
print("seeds sizes:", [len(b) for b in take(6, evolve(Torus.from_text("##", 12, 12, 5, 5), seeds))])

random.seed(99)
soup = Torus(12, 12, [(random.randrange(12), random.randrange(12)) for _ in range(50)])
print(soup.render())
history = [len(b) for b in take(30, evolve(soup, life))]
print("soup population:", history)
print("soup cycle:", find_cycle(evolve(soup, life), 400))


def langton(steps, size=11):
    x = y = size // 2
    dx, dy = 0, -1
    black = set()
    for i in range(steps):
        if (x, y) in black:
            dx, dy = dy, -dx
            black.remove((x, y))
        else:
            dx, dy = -dy, dx
            black.add((x, y))
        x, y = (x + dx) % size, (y + dy) % size
        if (i + 1) % 100 == 0:
            yield i + 1, len(black), (x, y)


for snap in langton(500):
    print("ant:", snap)

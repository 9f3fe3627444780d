# A small graph library: weighted directed/undirected graphs with BFS, DFS
# as generators, Dijkstra with heapq, topological sort with cycle reports,
# union-find with Kruskal, strongly connected components and a random graph.
import heapq
import random


class GraphError(Exception):
    pass


class NoPath(GraphError):
    def __init__(self, src, dst):
        super().__init__("no path from %r to %r" % (src, dst))
        self.src, self.dst = src, dst


class CycleError(GraphError):
    def __init__(self, cycle):
        super().__init__("cycle: " + " -> ".join(map(str, cycle)))
        self.cycle = cycle


class Graph:
    directed = False

    def __init__(self, edges=()):
        self.adj = {}
        for e in edges:
            self.add_edge(*e)

    def add_node(self, n):
        self.adj.setdefault(n, {})

    def add_edge(self, a, b, w=1):
        self.add_node(a)
        self.add_node(b)
        self.adj[a][b] = w
        if not self.directed:
            self.adj[b][a] = w

    def __contains__(self, n):
        return n in self.adj

    def __len__(self):
        return len(self.adj)

    def __iter__(self):
        return iter(sorted(self.adj))

    def edges(self):
        for a in sorted(self.adj):
            for b in sorted(self.adj[a]):
                if self.directed or a <= b:
                    yield a, b, self.adj[a][b]

    def __repr__(self):
        return "%s(%d nodes, %d edges)" % (type(self).__name__, len(self), sum(1 for _ in self.edges()))

    def bfs(self, start):
        seen = {start: 0}
        frontier = [start]
        while frontier:
            nxt = []
            for n in frontier:
                yield n, seen[n]
                for m in sorted(self.adj[n]):
                    if m not in seen:
                        seen[m] = seen[n] + 1
                        nxt.append(m)
            frontier = nxt

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for m in sorted(self.adj[start]):
            if m not in seen:
                yield from self.dfs(m, seen)

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        heap = [(0, src)]
        done = set()
        while heap:
            d, n = heapq.heappop(heap)
            if n in done:
                continue
            done.add(n)
            for m, w in self.adj[n].items():
                nd = d + w
                if m not in dist or nd < dist[m]:
                    dist[m] = nd
                    prev[m] = n
                    heapq.heappush(heap, (nd, m))
        return dist, prev

    def shortest_path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            raise NoPath(src, dst)
        path = [dst]
        while path[-1] != src:
            path.append(prev[path[-1]])
        return dist[dst], path[::-1]

    def components(self):
        seen = set()
        out = []
        for n in self:
            if n not in seen:
                comp = sorted(self.dfs(n, seen=set()))
                seen.update(comp)
                out.append(comp)
        return out


class DiGraph(Graph):
    directed = True

    def reversed(self):
        r = DiGraph()
        for n in self.adj:
            r.add_node(n)
        for a, b, w in self.edges():
            r.add_edge(b, a, w)
        return r

    def toposort(self):
        state = {}
        order = []
        stack = []

        def visit(n):
            state[n] = "active"
            stack.append(n)
            for m in sorted(self.adj[n]):
                if state.get(m) == "active":
                    raise CycleError(stack[stack.index(m):] + [m])
                if m not in state:
                    visit(m)
            stack.pop()
            state[n] = "done"
            order.append(n)

        for n in self:
            if n not in state:
                visit(n)
        return order[::-1]

    def scc(self):
        """Kosaraju: finish order on self, then DFS on the reversed graph."""
        seen = set()
        finish = []

        def visit(n):
            seen.add(n)
            for m in sorted(self.adj[n]):
                if m not in seen:
                    visit(m)
            finish.append(n)

        for n in self:
            if n not in seen:
                visit(n)
        rev = self.reversed()
        assigned = set()
        comps = []
        for n in reversed(finish):
            if n not in assigned:
                comp = [m for m in rev.dfs(n, seen=set(assigned))]
                assigned.update(comp)
                comps.append(sorted(comp))
        return sorted(comps)


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


def kruskal(graph):
    uf = UnionFind(graph.adj)
    tree = []
    for a, b, w in sorted(graph.edges(), key=lambda e: (e[2], e[0], e[1])):
        if uf.union(a, b):
            tree.append((a, b, w))
    return tree, sum(w for _, _, w in tree)


roads = Graph([("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
               ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)])
print(roads, list(roads), "A" in roads, "Z" in roads)
print("bfs:", list(roads.bfs("A")))
print("dfs:", list(roads.dfs("A")))
dist, prev = roads.dijkstra("A")
print("dist:", sorted(dist.items()))
for dst in ("E", "D", "H"):
    try:
        print("path A->%s:" % dst, roads.shortest_path("A", dst))
    except GraphError as e:
        print(type(e).__name__, e, (e.src, e.dst))
print("components:", roads.components())
tree, cost = kruskal(roads)
print("mst:", tree, "cost:", cost)

deps = DiGraph([("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
                ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
                ("undershorts", "shoes")])
deps.add_node("watch")
print(deps, "topo:", deps.toposort())
deps.add_edge("jacket", "shirt")
try:
    deps.toposort()
except CycleError as e:
    print("CycleError:", e, len(e.cycle))
print("scc:", deps.scc())

random.seed(2024)
rg = DiGraph()
for i in range(12):
    rg.add_node(i)
for _ in range(20):
    a, b = random.randrange(12), random.randrange(12)
    if a != b:
        rg.add_edge(a, b, random.randint(1, 9))
print(rg, "scc:", rg.scc())
d, p = rg.dijkstra(0)
print("from 0:", sorted(d.items()))
uf = UnionFind(range(10))
merged = [uf.union(a, b) for a, b in [(0, 1), (2, 3), (1, 3), (0, 2), (7, 8), (9, 9)]]
print(merged, uf.groups(), uf.find(3) == uf.find(0))
grid = Graph()
for r in range(4):
    for c in range(4):
        if c < 3 and (r, c) != (1, 1):
            grid.add_edge((r, c), (r, c + 1))
        if r < 3 and (r, c) != (2, 2):
            grid.add_edge((r, c), (r + 1, c))
print(grid, "corner dist:", grid.shortest_path((0, 0), (3, 3)))
print("levels:", max(level for _, level in grid.bfs((0, 0))))

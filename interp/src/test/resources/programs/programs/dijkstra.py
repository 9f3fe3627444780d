GRAPH = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}
def pq_push(pq, item):
    pq.append(item)
    i = len(pq) - 1
    while i > 0 and pq[i - 1] > pq[i]:
        pq[i - 1], pq[i] = pq[i], pq[i - 1]
        i -= 1
def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    pq = [(0, source)]
    visited = set()
    order = []
    while pq:
        d, node = pq.pop(0)
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        for nbr, w in sorted(graph[node].items()):
            nd = d + w
            if nbr not in dist or nd < dist[nbr]:
                dist[nbr] = nd
                prev[nbr] = node
                pq_push(pq, (nd, nbr))
    return dist, prev, order
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
dist, prev, order = dijkstra(GRAPH, "A")
print("visit order:", order)
for node in sorted(GRAPH):
    if node in dist:
        print(f"{node}: {dist[node]:>3} via {' -> '.join(path(prev, node))}")
    else:
        print(f"{node}: unreachable")
for src in "DE":
    d, _, _ = dijkstra(GRAPH, src)
    print(src, sorted(d.items()))

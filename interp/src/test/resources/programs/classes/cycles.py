# Reference cycles made in bulk while live structures are in use: the cycle collector runs by
# itself at check points and must free only garbage (the corpus leak check sees the rest).
import gc

class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

def build_tree(depth, fanout, parent=None, counter=[0]):
    counter[0] += 1
    node = Node(counter[0], parent)
    if depth > 0:
        for _ in range(fanout):
            build_tree(depth - 1, fanout, node)
    return node

def total(node):
    return node.value + sum(total(c) for c in node.children)

keep = build_tree(4, 4)
kept_sum = total(keep)
results = []
for round_ in range(30):
    tree = build_tree(3, 5)
    ring = [{"i": i} for i in range(50)]
    for a, b in zip(ring, ring[1:] + ring[:1]):
        a["next"] = b
    def closure(n=round_):
        return closure, n
    gen = (x * round_ for x in range(3))
    results.append((total(tree) % 1000, next(gen), closure()[1]))
    del tree, ring, closure, gen

print(results[:3], results[-1], len(results))
print(total(keep) == kept_sum, keep.children[0].parent is keep, len(keep.children))

class Linked:
    def __init__(self):
        self.prev = self.next = self
    def insert(self, node):
        node.next = self.next
        node.prev = self
        self.next.prev = node
        self.next = node

for _ in range(5):
    head = Linked()
    for _ in range(2000):
        head.insert(Linked())
    count, n = 0, head.next
    while n is not head:
        count += 1
        n = n.next
    print("ring of", count)

class Selfish:
    pass
for i in range(20000):
    s = Selfish()
    s.me = s
    s.data = [s, {"s": s}]

def make_class(i):
    class Dynamic:
        value = i
        def get(self):
            return self.value
    return Dynamic
classes = [make_class(i)().get() for i in range(300)]
print(sum(classes))
gc.collect()
print(total(keep) == kept_sum, sum(c.value for c in keep.children))

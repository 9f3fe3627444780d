import pprint, collections, dataclasses, types
data = {'name': 'isola', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': 'c' * 30}], 'z': (1, 2, 3), 'm': {3, 1, 2}},
        'text': 'lorem ipsum dolor sit amet ' * 5, 'tuple1': ('x',), 'bytes': bytes(range(40)), 'empty': [], 'f': 1.5}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(data, sort_dicts=False, width=120)
print(pprint.pformat({'k': 10**20}, underscore_numbers=True))
r = [1, 2]; r.append(r)
print(pprint.pformat(r).split("<")[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.saferepr(r).startswith("[1, 2, <Recursion on list with id="), pprint.isreadable([1, "a"]))
od = collections.OrderedDict((str(i), i * 'x') for i in range(8))
pprint.pprint(od)
dd = collections.defaultdict(list, {'key%d' % i: list(range(i)) for i in range(8)})
pprint.pprint(dd)
c = collections.Counter('abracadabra' * 10 + 'xyz' * 7)
pprint.pprint(c, width=30)
pprint.pprint(collections.deque(range(30), maxlen=40))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = 'point label that is fairly long to force wrapping here'
pprint.pprint(Point(1, list(range(20))))
pprint.pprint(types.SimpleNamespace(alpha=list(range(25)), beta='b' * 50))
pprint.pprint(frozenset(range(40)))
pprint.pp({'b': 1, 'a': [2] * 40})
pprint.pprint('a very long string without many spaces_' * 4)
pprint.pprint(['short', 'x' * 100, bytearray(b'y' * 60)])
pprint.pprint({(1, 2): 'tuple key', 3: 'int key', 'z': 'str key'})

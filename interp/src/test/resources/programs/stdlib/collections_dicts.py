from collections import OrderedDict, defaultdict, ChainMap

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

o = OrderedDict()
o['b'] = 1; o['a'] = 2; o['c'] = 3
print(o, list(o), isinstance(o, dict))
o.move_to_end('b'); print(o)
o.move_to_end('b', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
err(lambda: o.move_to_end('zz'))
err(lambda: OrderedDict().popitem())
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1))
x = OrderedDict([('a', 1), ('b', 2)]); y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, x == dict(y), dict(x) == y, x != y)
print(OrderedDict.fromkeys('abc', 0), x.copy(), x | {'c': 3}, list(reversed(x)))
x.update(z=26); x.setdefault('a', 100); print(x, x.pop('z'), x.get('q'))
rec = OrderedDict(k=1); rec['self'] = rec; print(rec)

d = defaultdict(list)
for word in 'apple bob avocado banana cherry'.split():
    d[word[0]].append(word)
print(d, d['a'], d.default_factory)
print('zz' in d, d.get('zz'), len(d))
print(d['zz'], len(d))
n = defaultdict(int); n['x'] += 5; print(n, dict(n))
none = defaultdict(); err(lambda: none['missing']); print(none)
err(lambda: defaultdict(5))
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 1
print(dict(nested['a']), isinstance(n, dict), n.copy(), type(n.copy()).__name__)
print(defaultdict(set, {1: {2}}), defaultdict(list, a=[1]))
print(repr(defaultdict(None, {1: 2})))

base = {'a': 1, 'b': 2}; over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, cm.get('q', 'dflt'))
cm['a'] = 100; print(over, base)
del cm['a']; print(over)
err(lambda: cm.__delitem__('a'))
err(lambda: cm['nope'])
child = cm.new_child(); child['x'] = 1
print(child, child.parents, child.maps[0], list(child.keys()), dict(child))
print(cm.new_child({'m': 1}), ChainMap(), ChainMap({}).pop('q', 'default'))
err(lambda: ChainMap({}).popitem())
err(lambda: ChainMap({}).pop('q'))
print(list(ChainMap({'a': 1}, {'b': 2, 'a': 3}).items()))

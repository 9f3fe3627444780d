import collections
print(dict.__repr__ is dict.__repr__, dict.__repr__ == dict.__repr__, {dict.__repr__: 1}.get(dict.__repr__))

class D(dict): pass
class E(dict):
    def __repr__(self): return 'E'
print(D.__repr__ is dict.__repr__, E.__repr__ is dict.__repr__, D.__repr__ == dict.__repr__)
print(collections.OrderedDict.__repr__ is dict.__repr__, collections.Counter.__repr__ is dict.__repr__)
print(int.__repr__ is int.__repr__, bool.__repr__ is int.__repr__)

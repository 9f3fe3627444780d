from collections.abc import (Iterable, Iterator, Sized, Container, Callable, Hashable,
                             Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Generator, Reversible, Collection)
import collections.abc

values = [1, 'a', [1], (1,), {1: 2}, {1}, frozenset(), len, iter([]),
          (x for x in ()), range(3), b'', None, 2.5]
names = ['Iterable', 'Iterator', 'Sized', 'Container', 'Callable', 'Hashable', 'Mapping',
         'MutableMapping', 'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Generator',
         'Reversible', 'Collection']
for v in values:
    print(type(v).__name__, [n for n in names if isinstance(v, getattr(collections.abc, n))])

class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
print(isinstance(Bag(), Sized), isinstance(Bag(), Iterable), isinstance(Bag(), Collection),
      issubclass(Bag, Container), isinstance(Bag(), Sequence))

class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(list, Hashable), issubclass(int, Hashable))

class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry()
r['A'] = 1; r.update({'B': 2}, C=3); r.setdefault('d', 4)
print(dict(r), r.get('a'), 'b' in r, r.pop('c'), r.pop('zz', 'none'), len(r))
print(list(r.keys()), list(r.items()), list(r.values()), r == {'a': 1, 'b': 2, 'd': 4})
print(r.popitem(), isinstance(r, Mapping), isinstance(r, dict))
r.clear(); print(len(r))
try:
    r.pop('gone')
except KeyError as e:
    print('KeyError', e)

class Squares(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, s.index(9), s.count(4), list(reversed(s)), isinstance(s, Iterable))

class Stack(MutableSequence):
    def __init__(self): self.data = []
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def insert(self, i, v): self.data.insert(i, v)
st = Stack(); st.append(1); st.extend([2, 3]); st += [4]
print(st.data, st.pop(), st.data); st.reverse(); st.remove(2); print(st.data)

class Incomplete(Mapping):
    def __getitem__(self, k): return k
try:
    Incomplete()
except TypeError as e:
    print(e)

class FSet(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __len__(self): return len(self.s)
    def __iter__(self): return iter(self.s)
    def __contains__(self, x): return x in self.s
a, b = FSet([1, 2, 3]), FSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= FSet([1, 2, 3, 4]), a == FSet([3, 2, 1]))
print(Mapping, MutableSequence.__module__, Iterable.__name__)

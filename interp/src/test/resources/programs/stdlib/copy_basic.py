import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(98)
print(a, s, d, s is a, s[1] is a[1], d[1] is a[1])
t = (1, 2, 3); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); dt = copy.deepcopy(t2); print(dt, dt is t2, dt[1] is t2[1])
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(bytearray(b'ab')))
for v in (None, 1, 2.5, 'str', b'b', True, len, int, range(3)):
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)

cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is cyc)
dd = {'self': None}; dd['self'] = dd; cd = copy.deepcopy(dd); print(cd['self'] is cd)
shared = [0]; both = [shared, shared]; cb = copy.deepcopy(both); print(cb[0] is cb[1], cb[0] is shared)

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
p = Point(1, [2]); q = copy.copy(p); r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, q.y is p.y, r.y is p.y, type(r).__name__)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
sl = copy.deepcopy(Slotted()); print(sl.a, hasattr(sl, 'b'))
sc = copy.copy(Slotted()); print(sc.a)

class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called'); return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([5])).v)

class Stateful:
    def __init__(self): self.secret = 1; self.cache = 'big'
    def __getstate__(self): return {'secret': self.secret}
    def __setstate__(self, state): self.__dict__.update(state); self.restored = True
st = copy.deepcopy(Stateful()); print(sorted(vars(st).items()))

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 'x'
cm = copy.deepcopy(ml); print(cm, type(cm).__name__, cm.tag, cm[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1)); print(md, type(md).__name__)

P = namedtuple('P', 'x y')
np_ = P(1, [2]); print(copy.copy(np_), copy.deepcopy(np_), copy.deepcopy(np_).y is np_.y)
od = OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(od)['a'] is od['a'])
df = defaultdict(list, a=[1]); dfc = copy.deepcopy(df); dfc['b'].append(2); print(dfc, df)
print(copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=4)))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(memo[id(x)] is y[0], y[0] is y[1])
err(lambda: copy.copy((i for i in ())))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

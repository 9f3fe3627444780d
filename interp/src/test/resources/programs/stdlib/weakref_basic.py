# weakref: ref identity and callbacks, dead refs, unsupported types, hashing, WeakValueDictionary,
# WeakKeyDictionary, WeakSet, finalize, WeakMethod, proxy, and referents freed by the collector.
import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'A(%d)' % self.n
    def m(self): return self.n
a = A(1)
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), weakref.getweakrefcount(a), type(r).__name__)
log = []
r2 = weakref.ref(a, lambda wr: log.append(('dead', wr is r2, wr())))
print(weakref.getweakrefcount(a), r2.__callback__ is not None)
del a
print(r(), log, r2.__callback__)
for bad in (1, 'x', [], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError:', e)
b = A(2)
print(hash(weakref.ref(b)) == hash(b), weakref.ref(b) == weakref.ref(b))
d = weakref.WeakValueDictionary()
objs = [A(i) for i in range(5)]
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()), d[3], d.get(9, 'missing'))
del objs[1:3]
gc.collect()
print(len(d), sorted(d.keys()), 1 in d, 4 in d)
k = weakref.WeakKeyDictionary()
keys = [A(i) for i in range(3)]
for x in keys:
    k[x] = x.n * 10
print(len(k), sorted(k.values()))
keys.pop()
print(len(k), sorted(k.values()), keys[0] in k)
s = weakref.WeakSet(keys)
print(len(s), keys[0] in s)
keys.clear()
print(len(s), len(k))
f_log = []
c = A(7)
f = weakref.finalize(c, f_log.append, 'finalized')
print(f.alive, f_log)
del c
print(f.alive, f_log)
m = A(5)
wm = weakref.WeakMethod(m.m)
print(wm()(), wm() == m.m)
del m
print(wm())
p = weakref.proxy(A(8)) if False else None
e = A(9); px = weakref.proxy(e)
print(px.n, px.m())
del e
try:
    px.n
except ReferenceError as ex:
    print('ReferenceError:', ex)
# cycles: a weakref to an object freed by the collector
class Node:
    pass
n1 = Node(); n2 = Node(); n1.other = n2; n2.other = n1
rn = weakref.ref(n1, lambda wr: print('cycle member died'))
del n1, n2
gc.collect()
print(rn())
print(repr(weakref.ref(A(1))).endswith('; dead>'))

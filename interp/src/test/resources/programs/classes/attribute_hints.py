# Instance attributes read and written at the same place for many objects whose dicts differ
# (order, deletions, other classes, classes changed later) always give the right value.
class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class B:
    def __init__(self, x, y):
        self.y = y          # the other order: x sits at another entry
        self.x = x

def read(o):
    return o.x, o.y

def write(o, v):
    o.x = v
    return o.x

objs = [A(1, 2), B(3, 4), A(5, 6), B(7, 8)]
for _ in range(3):
    print([read(o) for o in objs], [write(o, i) for i, o in enumerate(objs)])

a = A(1, 2)
del a.x
try:
    read(a)
except AttributeError as e:
    print('AttributeError:', e)
a.x = 10                      # back, now after y
print(read(a), write(a, 11), read(a))

# A property added to the class later takes over the instance attribute of the same name
A.x = property(lambda self: 'from property', lambda self, v: print('setter got', v))
print(read(A(1, 2)), write(A(1, 2), 99))
del A.x
print(read(A(1, 2)))

# __getattr__ added later is consulted for missing names only
def fallback(self, name):
    return 'fallback ' + name
A.__getattr__ = fallback
o = A(1, 2)
del o.y
print(read(o))
del A.__getattr__

# Objects of many shapes at one site
class C:
    pass
shapes = []
for i in range(6):
    c = C()
    for k in range(i):
        setattr(c, 'a%d' % k, k)
    c.x = i
    c.y = -i
    shapes.append(c)
print([read(c) for c in shapes], [write(c, -1) for c in shapes])

# Attributes written through __dict__ and setattr are seen
d = A(0, 0)
d.__dict__['x'] = 'via dict'
setattr(d, 'y', 'via setattr')
print(read(d))
d.__dict__.clear()
d.x, d.y = 'after', 'clear'
print(read(d))

# Slotted and dict-less objects at the same site
class S:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x, self.y = 's1', 's2'
print(read(S()), read(A('a', 'b')), write(S(), 'slot'))

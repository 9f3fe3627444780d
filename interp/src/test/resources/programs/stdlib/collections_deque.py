from collections import deque

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([10, 11])
print(d, d.count(7), d.index(7), 3 in d, 99 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.insert(1, 'x'); d.remove('x'); d.reverse(); print(d)
d[0] = 'first'; del d[1]; print(d, d.maxlen)
d.clear(); print(d, bool(d))
err(d.pop); err(d.popleft); err(lambda: d[0]); err(lambda: deque([1]).index(5))
err(lambda: deque([1]).remove(5)); err(lambda: deque([1])['a'])

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(-1); print(b)
b.extend(range(5)); print(b)
err(lambda: b.insert(0, 1))
err(lambda: deque(maxlen=-1))
print(deque(maxlen=0), deque('abc'), repr(deque()))
z = deque(maxlen=0); z.append(1); print(z)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque([0]))
c = deque([1, 2]); c += [3]; c *= 2; print(c)
e = c.copy(); e.append('new'); print(c, e)
r = deque([1]); r.append(r); print(r)

q = deque()
for i in range(100000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total)

it = deque([1, 2, 3])
def mutate():
    for x in it:
        it.append(x)
err(mutate)
print(deque([3, 1, 2], 5), type(deque()), deque.__name__)

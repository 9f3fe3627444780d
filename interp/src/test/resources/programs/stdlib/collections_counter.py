from collections import Counter

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())
c.update('aaz'); c.update({'b': 10}); print(c)
c.subtract(a=100); print(c)
print(+c, -c)
a = Counter(a=3, b=1, c=0); b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b)
a += b; print(a)
a -= Counter(a=1); print(a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(x=1, y=1, z=3))
del c['nope']; del c['z']; print('z' in c)
err(lambda: Counter.fromkeys('ab'))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
print(dict(Counter(words)), isinstance(c, dict), list(Counter('hello').keys()))
x = Counter(a=2); x.update(Counter(a=3)); x.update(['a'], b=2); print(x)
print(Counter('aab') + Counter('bcc') == Counter('aabbcc'))
cc = Counter('abc').copy(); print(type(cc).__name__, cc)
print(sum(Counter('aaabbc').values()), Counter('xyz').most_common(1))

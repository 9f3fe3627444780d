import functools, itertools, collections, contextlib, string, math, operator
print('{name:>{w}}|{0[1]}|{d[k]}'.format([1, 2], name='x', w=4, d={'k': 'v'}), '%(a)s-%(b)05.1f' % {'a': 'A', 'b': 2.25})
x = 42; print(f'{x=}', f'{x!r:>6}', f'{3.14159:.2f}', f'{"nested " + str(x)}', f'{x:08b}', f'{1e9:e}', f'{12345.678:,.2f}')
print('tab\there'.expandtabs(4), 'abc'.translate(str.maketrans('ab', 'xy', 'c')), '{a}{b}'.format_map({'a': 1, 'b': 2}), 'a,b,,c'.split(','), ' x '.strip(), 'Hello'.swapcase(), 'hello world'.title())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), functools.reduce(operator.mul, range(1, 6)), [k + str(len(list(g))) for k, g in itertools.groupby('aaabbc')])
print(list(zip([1, 2], 'ab', strict=True)), list(enumerate('xy', start=5)), sorted(['b', 'A', 'c'], key=str.lower), int('0x1f', 16), int('1f', 16), int('0b101', 0))
@contextlib.contextmanager
def ctx(n):
    print('enter', n); yield n * 2; print('exit', n)
with ctx(1) as a, ctx(2) as b:
    print(a, b)
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f(), [lambda: i for i in range(3)][0](), [(lambda i=i: i)() for i in range(3)])
def counter():
    n = 0
    def inc():
        nonlocal n; n += 1; return n
    return inc
c = counter(); c(); print(c(), (y := 10) + y)
d = collections.defaultdict(lambda: 'missing'); print(d['k'], dict(d), collections.Counter('hello').most_common(2), collections.OrderedDict(a=1).popitem())
print(2 ** 100, (2 ** 100) % 97, -7 // 2, -7 % 2, divmod(2 ** 70, 12345), math.factorial(25), round(2.5), round(3.5), round(1.25, 1), float('nan') == float('nan'))
print({1, 2} | {3}, {1, 2} & {2}, {1, 2} ^ {2, 3}, frozenset({1}) == {1}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})), sorted({3: 'c', 1: 'a'}.items()))
class P:
    __slots__ = ('_x',)
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
p = P(); p.x = 5; print(p.x, hasattr(p, '__dict__'))
class Base:
    def hi(self): return 'base'
class Kid(Base):
    def hi(self): return 'kid+' + super().hi()
print(Kid().hi(), Kid.__mro__, isinstance(Kid(), Base), issubclass(Kid, (int, Base)))
print(*[1, 2, 3], sep='-', end='!\n')
print(list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations_with_replacement('ab', 2)))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 + 0.2, 1 / 3, 10 / 4, 7.0 // 2, 2 ** -1, (-8) ** (1 / 3) if False else 'skip', abs(-2.5), max('abc'), min([], default=0))
print(bytes.fromhex('ff00').hex(), bytearray(b'abc').upper(), list(b'hi'), 'é'.encode(), b'\xc3\xa9'.decode(), 'x'.encode('utf-16-le'))
s = 'The quick brown fox'; print(s[::-1], s[4:9], s.find('q'), s.count('o'), s.replace('o', '0', 1), s.partition(' '), s.center(25, '*'), s.zfill(22))

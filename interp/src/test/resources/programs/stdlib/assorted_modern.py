import collections, itertools, functools, math, sys, operator, string, random, heapq, bisect, copy, types, enum, dataclasses, typing, json, re, io, os, time
print(f"{1234567:,} {0.5:.1%} {12:#x} {'x':^7}|")
print(collections.ChainMap({'a': 1}, {'b': 2})['b'], list(itertools.pairwise([1, 2, 3])), list(itertools.batched([1,2,3,4,5], 2)) if hasattr(itertools, 'batched') else 'nb')
@functools.cache
def fibc(n): return n if n < 2 else fibc(n-1) + fibc(n-2)
print(fibc(80), math.dist((0, 0), (3, 4)), math.lcm(4, 6), 'prefix_x'.removeprefix('prefix_'), {'a': 1} | {'b': 2})
print(sys.float_info.max, sys.hash_info.modulus, sys.maxsize, sys.byteorder, sys.platform, sys.getsizeof([]) > 0)
print(types.MappingProxyType({'a': 1})['a'])
print(int.bit_count(255), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), divmod(-7, 2), round(2.675, 2))
print(sorted({'b': 2, 'a': 1}.items(), key=operator.itemgetter(1)), string.ascii_letters[:5], random.Random(1).random())
Point = collections.namedtuple('Point', 'x y', defaults=[0])
print(Point(1), Point._fields, Point(1, 2)._asdict(), Point._make([3, 4]))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color(1), Color['GREEN'], list(Color), Color.RED.name)
print(json.dumps({'a': [1, 2.5, None, True]}, indent=2, sort_keys=True))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1b22'), re.findall(r'\w+', 'hello world'))
x = [1, [2, 3]]; y = copy.deepcopy(x); y[1].append(4); print(x, y)
print(sum(i * i for i in range(10)), any(c.isdigit() for c in 'ab1'), max([3, 1, 2], key=lambda v: -v))
print(str(b'abc', 'utf-8'), bytes([65, 66]).decode(), 'ß'.upper(), 'Straße'.casefold(), '%5.2f|%-4d|%s' % (3.14159, 7, 'z'))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', range(2))), list(map(pow, [2, 3], [3, 2])))
print(sys.intern('abc') is sys.intern('abc'), id(None) == id(None), hash((1, 2)) == hash((1, 2)))
print(time.strftime('%Y', time.gmtime(0)), os.sep, os.path.splitext('a/b.tar.gz'))

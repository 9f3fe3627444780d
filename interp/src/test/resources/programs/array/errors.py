# array errors: OverflowError/TypeError per typecode, bad typecodes, indexes, methods
from array import array


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for code in 'bBuhHiIlLqQfd':
    for v in [2 ** 70, -2 ** 70, 2 ** 40, -2 ** 40, 2 ** 31, -2 ** 31 - 1, 70000, -70000, 300, -300, 256, -129, -1,
              1.5, 'x', 'xy', None, True]:
        attempt(lambda: array(code, [v]))
attempt(lambda: array('z'))
attempt(lambda: array(1))
attempt(lambda: array('ii'))
attempt(lambda: array())
attempt(lambda: array('i', 'abc'))
attempt(lambda: array('i', array('u', 'ab')))
attempt(lambda: array('u', array('i', [1])))
attempt(lambda: array('i', array('d', [1.5])))
attempt(lambda: array('i', b'\x01\x00'))
attempt(lambda: array('b', 5))
attempt(lambda: array('i', [1, 2], 3))
attempt(lambda: array('i', x=1))
a = array('i', [1, 2, 3])
attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: a['x'])
attempt(lambda: a.__setitem__(5, 1))
attempt(lambda: a.__setitem__(0, 1.5))
attempt(lambda: a.__setitem__(0, 2 ** 40))
attempt(lambda: a.__setitem__(slice(0, 1), [1]))
attempt(lambda: a.__setitem__(slice(0, 1), array('d', [1.0])))
attempt(lambda: a.__setitem__(slice(None, None, 2), array('i', [1, 2, 3])))
attempt(lambda: a.__delitem__(7))
attempt(lambda: a + [1])
attempt(lambda: a + array('d'))
attempt(lambda: a.__iadd__([1]))
attempt(lambda: a.extend(array('h', [1])))
attempt(lambda: a.extend(5))
attempt(lambda: a.append('x'))
attempt(lambda: a.append(1, 2))
attempt(lambda: array('i').pop())
attempt(lambda: a.pop(10))
attempt(lambda: a.remove(42))
attempt(lambda: a.index(42))
attempt(lambda: a.frombytes(b'\x01'))
attempt(lambda: a.frombytes('abcd'))
attempt(lambda: a.fromlist((1, 2)))
attempt(lambda: a.fromlist([1, 'x']))
attempt(lambda: a.tounicode())
attempt(lambda: a.fromunicode('x'))
attempt(lambda: array('u').fromunicode(5))
attempt(lambda: hash(a))
attempt(lambda: a < [1])
print(a)
b = array('B', [1, 2])
attempt(lambda: b.extend([3, 256, 4]))
print(b)
for f in [lambda: a.extend(), lambda: a.remove(), lambda: a.count(), lambda: a.frombytes(), lambda: a.fromlist(),
          lambda: a.insert(1), lambda: a.pop(1, 2), lambda: a.index(), lambda: a.reverse(1), lambda: a.tolist(1)]:
    attempt(f)

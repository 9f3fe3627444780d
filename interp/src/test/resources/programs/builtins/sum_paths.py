# sum()'s fast paths (int total as a machine word, float total as a double) agree with the
# generic path on every kind of item, including where they hand over to it.
print(sum(range(100000)))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([2**63 - 1, 1]))
print(sum([1, 2, 2**70, 3]), sum([2**70, -2**70, 5]))
print(sum([True, True, 3]), sum([True, False], 10), type(sum([True, True])).__name__)
print(sum([0.1] * 10), sum([1, 0.5, 2]), sum([0.5, True, 2**40]), sum([1e308, 1e308]))
print(sum([1.5, 2**80]), sum([0.5, 2**63 - 1]), sum([], 0.0), sum([], 7), sum((), start=2.5))
print(sum([1, 2.5, 3]), sum([1, 2], 0.5))
print(sum(x / 3 for x in range(10)), sum(float(i) for i in range(1000)))

class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)
    __radd__ = __add__
print(sum([MyInt(1), MyInt(2)]), type(sum([MyInt(1), MyInt(2)])).__name__)
print(sum([0.5, MyInt(2)]))                 # the float path reads the value, as CPython does
print(sum([1, MyInt(2), 3]))

class MyFloat(float):
    def __radd__(self, other):
        return 'radd'
print(sum([1.0, MyFloat(2.0)]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))

def gen():
    yield 1
    yield 2.5
    yield 'x'
try:
    sum(gen())
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 2, None])
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1.5, None])
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)

class Counted:
    def __init__(self): self.calls = 0
    def __iter__(self): return self
    def __next__(self):
        self.calls += 1
        if self.calls > 3:
            raise StopIteration
        return self.calls
c = Counted(); print(sum(c), c.calls)     # the iterator is not asked again after it ends

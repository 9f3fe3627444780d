a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection([2, 3, 9]), a.difference({1}, {2}), a.symmetric_difference([4, 5]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9, 10}), a.isdisjoint(b))
c = set(a)
c |= {10}; print(c)
c &= {1, 2, 10, 11}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
print(set("hello"), set(), set([1, 1, 1]), len(set(range(100)) - set(range(50))))

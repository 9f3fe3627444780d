lst = [1, 2, 3, [4]]
print(2 in lst, 5 in lst, [4] in lst, 4 not in lst)
print("ell" in "hello", "" in "abc", "x" not in "abc")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(2 in {1, 2}, frozenset([1]) in {frozenset([1])})
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(True is True, (1 == 1) is True)
x = float("nan")
print(x in [x], x == x)
print(b"a" in b"abc", 98 in b"abc")
print((1, 2) in [(1, 2)], (1,) in [(1, 2)])

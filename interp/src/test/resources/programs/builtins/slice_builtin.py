s = slice(5)
print(s, s.start, s.stop, s.step)
s2 = slice(1, 10, 2)
print(s2, s2.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
data = list(range(10))
print(data[s], data[s2], "abcdefghij"[s2], data[slice(None, None, -3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)

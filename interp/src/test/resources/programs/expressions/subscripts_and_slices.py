s = list(range(10))
print(s[2], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:])
print(s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[-3:], s[:-3], s[-3:-1])
print(s[100:], s[-100:2], s[5:2])
print(s[::-3], s[-1:-5:-1])
t = "abcdefgh"
print(t[1:6:2], t[::-2], t[5:0:-1])
print((1, 2, 3, 4)[1:3])
sl = slice(1, 8, 3)
print(s[sl], t[sl], sl.start, sl.stop, sl.step)
print(slice(None, 5).indices(10), slice(-3, None, -1).indices(10))
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][::-1])
d = {(1, 2): "tuple key"}
print(d[1, 2])
print("xyz"[True], [10, 20][False])

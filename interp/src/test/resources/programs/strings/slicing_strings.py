s = "Hello, World!"
print(s[0], s[-1], s[7:12], s[:5], s[7:], s[-6:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:3:-2])
print(s[100:], repr(s[5:5]), s[-100:3])
print(s[len(s) - 1], s[~0], s[~1])
words = s.split()
print([w[::-1] for w in words])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print(s[slice(0, 5)], s[slice(None, None, -3)])

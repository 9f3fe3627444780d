lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
print(lst)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 3
print(d)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
m[0] += [9]
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
lst[idx()] += 1
print(lst, calls)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "ab"
words = [s]
words[0] += "c"
print(words, s)
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

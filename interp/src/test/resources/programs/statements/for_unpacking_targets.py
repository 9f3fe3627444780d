pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word[0])
d = {"x": [1, 2], "y": [3, 4]}
for key, (a, b) in d.items():
    print(key, a + b)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
lst = [None, None]
for lst[0] in range(3):
    pass
print(lst)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)

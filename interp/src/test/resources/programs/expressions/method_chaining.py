s = "  Hello, World  "
print(s.strip().lower().replace("world", "there").split(", "))
print("-".join("a b c".split()).upper().center(9, "*"))
words = "the quick brown fox".split()
print(" ".join([w.capitalize() for w in words]))
print(list(map(str.upper, words)))
print(sorted(words, key=str.lower)[0].title())
up = str.upper
print(up("abc"), str.join(",", ["x", "y"]))
app = [].append
print(app(1))
d = {"a": 1}
print(list(d.items())[0][0].upper())
print((1).bit_length(), (255).to_bytes(2, "big"), 3.5.is_integer(), (4.0).is_integer())
print("x".__len__(), [1, 2].__getitem__(1), (5).__add__(3))

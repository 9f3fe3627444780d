s = "Mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(enumerate("abc")), list(zip("abc", "xyz")))
print([c for c in s if c in "aeiou"], len(set(s)), sorted(set(s)))
vowels = 0
for i, ch in enumerate(s):
    if ch.lower() in "aeiou":
        vowels += 1
        print(i, end=" ")
print("->", vowels)
print(list(reversed("abc")), list(map(ord, "AZ")), "".join(map(chr, [72, 105])))
print(list(iter("xy")), next(iter("first")))

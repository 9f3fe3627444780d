items = [3, 1, 3, 2, 1, 5, 2, 3]
seen = set()
out = []
for x in items:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
print(list(dict.fromkeys(items)))
print(sorted(set(items)), len(set(items)))
words = ["b", "A", "a", "B", "c"]
seen_lower = {}
for w in words:
    seen_lower.setdefault(w.lower(), w)
print(list(seen_lower.values()))

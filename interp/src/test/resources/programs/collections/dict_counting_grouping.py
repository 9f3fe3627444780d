text = "one two three two three three four four four four"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_count = {}
for w, c in counts.items():
    by_count.setdefault(c, []).append(w)
print(by_count)
inverted = {v: k for k, v in counts.items()}
print(inverted)
top = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:2]
print(top)
by_len = {}
for w in sorted(set(text.split())):
    by_len[len(w)] = by_len.get(len(w), []) + [w]
print(by_len)
print(sum(counts.values()), max(counts, key=counts.get), len(counts))

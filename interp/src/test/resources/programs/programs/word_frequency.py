TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""
STOP = {"it", "was", "the", "of"}
def tokenize(text):
    words = []
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words
def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq
words = tokenize(TEXT)
print("total words:", len(words))
print("unique words:", len(set(words)))
freq = count(words)
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 6:")
for word, n in ranked[:6]:
    print(f"  {word:<12}{n:>3} {'*' * n}")
content = {w: n for w, n in freq.items() if w not in STOP}
print("content words appearing twice:", sorted([w for w, n in content.items() if n == 2]))
by_len = {}
for w in content:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
longest = max(content, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))

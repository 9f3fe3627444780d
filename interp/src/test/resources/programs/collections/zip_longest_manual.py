def zip_longest(a, b, fill=None):
    n = max(len(a), len(b))
    out = []
    for i in range(n):
        out.append((a[i] if i < len(a) else fill, b[i] if i < len(b) else fill))
    return out
print(zip_longest([1, 2, 3], "ab"))
print(zip_longest([], [1], fill=0))
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks(list(range(10)), 3), chunks("abcdefg", 2), chunks([], 4))
def interleave(*seqs):
    out = []
    for group in zip(*seqs):
        out.extend(group)
    return out
print(interleave("abc", "123", "xyz"))
def pairwise(seq):
    return list(zip(seq, seq[1:]))
print(pairwise([1, 4, 9, 16]), [b - a for a, b in pairwise([1, 4, 9, 16])])

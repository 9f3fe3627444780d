comparisons = 0
def merge(left, right, key):
    global comparisons
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        comparisons += 1
        if key(right[j]) < key(left[i]):
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def merge_sort(seq, key=lambda x: x):
    if len(seq) <= 1:
        return list(seq)
    mid = len(seq) // 2
    return merge(merge_sort(seq[:mid], key), merge_sort(seq[mid:], key), key)
def lcg(seed):
    state = [seed]
    def nxt():
        state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
        return state[0] % 1000
    return nxt
rand = lcg(42)
data = [rand() for _ in range(200)]
result = merge_sort(data)
print(result[:10], result[-5:])
print(result == sorted(data), comparisons)
pairs = [(k % 5, i) for i, k in enumerate(data[:20])]
stable = merge_sort(pairs, key=lambda p: p[0])
print(stable)
print(stable == sorted(pairs, key=lambda p: p[0]))
print(merge_sort([]), merge_sort([1]), merge_sort("mergesort"), merge_sort([3, -1, 2.5, 0]))
def inversions(seq):
    if len(seq) <= 1:
        return list(seq), 0
    mid = len(seq) // 2
    left, a = inversions(seq[:mid])
    right, b = inversions(seq[mid:])
    out, c, i, j = [], 0, 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j]); j += 1; c += len(left) - i
        else:
            out.append(left[i]); i += 1
    return out + left[i:] + right[j:], a + b + c
print(inversions([2, 4, 1, 3, 5])[1], inversions(list(range(10, 0, -1)))[1], inversions(data)[1])

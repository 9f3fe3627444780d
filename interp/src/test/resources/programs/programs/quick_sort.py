def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quicksort([x for x in a if x > pivot])
def partition(a, lo, hi, trace):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    trace.append((lo, hi, pivot, i))
    return i
def quicksort_inplace(a, lo=0, hi=None, trace=None):
    if hi is None:
        hi = len(a) - 1
    if trace is None:
        trace = []
    if lo < hi:
        p = partition(a, lo, hi, trace)
        quicksort_inplace(a, lo, p - 1, trace)
        quicksort_inplace(a, p + 1, hi, trace)
    return trace
def quickselect(a, k):
    a = list(a)
    lo, hi = 0, len(a) - 1
    while True:
        if lo == hi:
            return a[lo]
        p = partition(a, lo, hi, [])
        if k == p:
            return a[p]
        if k < p:
            hi = p - 1
        else:
            lo = p + 1
data = [38, 27, 43, 3, 9, 82, 10, 3, 55, -4, 0, 27]
print(quicksort(data))
copy = data[:]
trace = quicksort_inplace(copy)
print(copy, len(trace))
for t in trace[:5]:
    print(" partition", t)
print([quickselect(data, k) for k in range(len(data))] == sorted(data))
print(quickselect(data, len(data) // 2))
words = "the quick brown fox jumps over the lazy dog".split()
print(quicksort(words))
print(quicksort([]), quicksort([5, 5, 5]), quicksort([2.5, -1, 1e9]))

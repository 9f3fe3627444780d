def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
arr = [i * 3 for i in range(100)]
for t in (0, 3, 150, 297, 298, -5, 1000):
    print(t, binary_search(arr, t))
print(first_true(0, 10 ** 6, lambda x: x * x >= 2 * 10 ** 8))
print(first_true(0, 100, lambda x: 2 ** x > 10 ** 20))
words = sorted("pear apple fig banana cherry date grape kiwi lemon mango".split())
print(words)
for w in ("fig", "lemon", "zucchini", "apple"):
    print(w, binary_search(words, w))
def sqrt_bisect(x, eps=1e-12):
    lo, hi = 0.0, max(1.0, x)
    while hi - lo > eps:
        mid = (lo + hi) / 2
        if mid * mid < x:
            lo = mid
        else:
            hi = mid
    return round(lo, 9)
print([sqrt_bisect(v) for v in (2, 9, 0.25, 1e6)])

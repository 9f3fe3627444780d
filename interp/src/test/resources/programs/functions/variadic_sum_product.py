def total(*nums, start=0):
    result = start
    for n in nums:
        result += n
    return result
def product(first, *rest):
    for r in rest:
        first *= r
    return first
print(total(), total(1, 2, 3), total(*range(101)), total(0.5, 0.25, start=10))
print(product(2), product(2, 3, 4), product("ab", 3), product([0], 2))
def stats(*values):
    if not values:
        return None
    n = len(values)
    mean = sum(values) / n
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"n": n, "mean": mean, "median": median, "range": ordered[-1] - ordered[0]}
print(stats(), stats(5), stats(3, 1, 4, 1, 5, 9, 2, 6))

print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 3), sum([1, 2.5]), sum((True, True, False)))
print(sum([1, 2], 10), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([], start=5))
print(sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1, -1e100]))
for args in [(["a", "b"], ""), ([b"a"], b""), ([1, "x"],), (5,), ([[1]],)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError:", e)

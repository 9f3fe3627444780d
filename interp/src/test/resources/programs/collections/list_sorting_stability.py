records = [("alice", "eng", 3), ("bob", "ops", 1), ("carol", "eng", 1),
           ("dave", "ops", 3), ("erin", "eng", 2), ("frank", "hr", 1)]
by_level = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_level])
by_dept_then_level = sorted(by_level, key=lambda r: r[1])
print([r[0] for r in by_dept_then_level])
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
nums.sort(key=lambda n: (n % 2, n))
print(nums)
words = ["b", "A", "c", "B", "a", "C"]
words.sort(key=str.lower)
print(words)
words.sort()
print(words)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1], []]))

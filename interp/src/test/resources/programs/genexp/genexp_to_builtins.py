nums = [3, 8, 1, 9, 4]
print(sum(x * x for x in nums))
print(max(x % 5 for x in nums), min(-x for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any(x > 100 for x in nums))
print(sorted(x for x in nums if x % 2), list(x + 1 for x in nums), tuple(str(x) for x in nums))
print(set(x // 3 for x in nums) == {0, 1, 2, 3}, dict((x, x * 2) for x in nums[:2]))
print("".join(c.upper() for c in "gen" if c != "e"), ",".join(str(i) for i in range(4)))
print(sum(1 for _ in range(1000)), len(list(c for c in "hello")))
print(max((len(w), w) for w in "a bb ccc dd".split()))

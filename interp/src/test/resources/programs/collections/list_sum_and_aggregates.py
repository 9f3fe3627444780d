nums = [4, 8, 15, 16, 23, 42]
print(sum(nums), sum(nums, 100), sum([]), sum([0.5, 0.25]), sum([[1], [2, 3]], []))
print(len(nums), min(nums), max(nums), sum(nums) / len(nums))
print(all([n > 0 for n in nums]), any([n > 40 for n in nums]), all([]), any([]))
evens = [n for n in nums if n % 2 == 0]
print(evens, len(evens))
prefix = []
total = 0
for n in nums:
    total += n
    prefix.append(total)
print(prefix)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)

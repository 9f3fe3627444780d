names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(zip(names, ages)), list(zip()), list(zip(names)))
print(dict(zip(names, ages)))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(range(3), "abc", [True, False, None])))
print(list(enumerate("xy", -5)))

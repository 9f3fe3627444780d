print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}))
print(sorted([3, 1, 2], reverse=True), sorted(["aa", "b", "ccc"], key=len), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([]), sorted([1.5, 1, True, 0]), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, None])
except TypeError as e:
    print("TypeError:", e)
print(sorted([None]), sorted([{"a": 1}]))

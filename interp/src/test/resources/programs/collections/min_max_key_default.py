data = [("x", 3), ("y", 1), ("z", 3), ("w", 0)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(3, 1, 2), min("b", "a", "c"), max("apple", "fig", key=len))
print(max([1, 2], [1, 3]), min((2, "a"), (1, "z")))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(max({"a": 3, "b": 5}), max({"a": 3, "b": 5}.values()))

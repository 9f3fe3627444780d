print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2, 1), (1, 9)), max([1, 2.5, 2]))
print(min([], default="d"), max((), default=0), min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max(1, True), max(True, 1), min(0, False, 0.0), max([3, 3.0]), max([3.0, 3]))
print(max({"a": 2, "b": 1}), max({"a": 2, "b": 1}, key=lambda k: -ord(k)), min(range(5, 10)))
for args, kw in [((), {}), (([],), {}), ((1,), {}), ((1, "a"), {}), (([1], [2]), {"default": 0})]:
    try:
        print(max(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(set(), set([1, 2, 2]), set("hello") == {"h", "e", "l", "o"}, set(range(3)), set({1: "a"}))
print(frozenset(), frozenset([1, 1]), frozenset("aa"), set(frozenset([2])))
print(dict(), dict(a=1), dict([("b", 2)]), dict({"c": 3}), dict(zip("de", [4, 5])), dict({"x": 1}, y=2))
for bad in (5, [[1]], [1, 2]):
    try:
        print(set(bad) if bad == 5 else dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)

def f():
    pass
items = [f, lambda: 0, print, len, str, int, list.append, "abc".upper, 5, "s", [1], None, {}.get, range]
print([callable(x) for x in items])
print([type(x).__name__ for x in items])
for obj in (5, "abc", None, [1, 2]):
    try:
        obj()
    except TypeError as e:
        print("TypeError:", e)

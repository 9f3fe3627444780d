print(len(""), len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2, 3: 4}), len(set()), len(range(10)))
print(len(b"xyz"), len(bytearray(5)), len(frozenset("aab")), len(range(1, 100, 7)), len("😀é"))
print(len({}.keys()), len({"a": 1}.items()), len([[]]))
for bad in (5, None, 3.5, len):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)

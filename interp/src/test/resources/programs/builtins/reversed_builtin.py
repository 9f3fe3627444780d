print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(b"xy")))
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
for bad in (5, {1}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)

print([1, 2, 3] == [1, 2, 3], [1, 2] == [2, 1], [] == [], [[]] == [[]])
print([1, 2] < [1, 2, 3], [2] > [1, 100], [1, "a"] < [1, "b"])
print([1, 2.0] == [1.0, 2], (1, 2) == [1, 2], list((1, 2)) == [1, 2])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
print({"a": [1]} == {"a": [1]}, {1, 2} == {2, 1}, [{1}] == [{1}])
nan = float("nan")
l = [nan]
print(l == l, [nan] == [float("nan")])

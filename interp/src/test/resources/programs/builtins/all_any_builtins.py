print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""), all([[], [1]]), any([[], [1]]), all(range(1, 5)), any(range(1)))
print(all({0: 1}), any({0: 1, 1: 0}), all((True,)), any(set()))
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
try:
    any()
except TypeError as e:
    print("TypeError:", e)

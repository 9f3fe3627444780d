fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs)
print(fs | {9}, fs & {1, 5}, type(fs | {9}).__name__, type({9} | fs).__name__)
d = {fs: "key"}
print(d[frozenset({1, 2, 3})])
print(hash(frozenset()) == hash(frozenset([])), frozenset() == set())
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(fs.union([4]), fs.issubset({1, 2, 3, 4}), frozenset("aba"))
print(repr(frozenset()), frozenset({frozenset()}))

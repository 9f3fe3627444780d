print(list(), list([1, 2]), list((3, 4)), list("ab"), list({"k": 1}), list({"v"}), list(range(3)))
print(list(b"AB"), list({"a": 1}.items()), list(zip("ab", "cd")), list(map(abs, [-1])))
print(tuple(), tuple([1]), tuple("xy"), tuple(range(2)), tuple({1: 2}))
for bad in (5, None, 1.5):
    try:
        list(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    tuple(1, 2)
except TypeError as e:
    print("TypeError:", e)
l = [1, 2]
print(list(l) is l, list(l) == l, tuple(t := (1, 2)) is t)

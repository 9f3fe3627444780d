a = [1, 2]
b = (3, 4)
c = {5, 6}
print([*a, *b, 0])
print((*a, *b))
print({*a, *b, 2})
print([*range(3), *"ab"])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "x": 100})
print(*a, *b, sep="-")
first, *rest = [*a, *b]
print(first, rest)
print([*[], *()])
print(*"xyz")
print(dict(**d1, z=3))
print({**{}, **{1: 'a'}})

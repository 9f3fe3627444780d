people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print((1, "b") < (1, "c"), (2,) > (1, 99), () < (0,))
print((1, 2, 3) == (1, 2, 3), (1, 2) != (1, 2.0))
print(sorted([(2, "a"), (1, "z"), (2, "A"), (1, "b")]))
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))

g = (c * 2 for c in "abc")
print(type(g).__name__, iter(g) is g)
for item in g:
    print(item)
print(list(g))
squares = (n * n for n in range(1, 6))
total = 0
for sq in squares:
    total += sq
    if total > 20:
        break
print(total, list(squares))
pairs = zip((i for i in range(3)), (c for c in "xyz"))
print(list(pairs))
print(list(enumerate(w.upper() for w in ["a", "b"])))
print(sorted((v for v in {"b": 2, "a": 1}.values()), reverse=True))
print(list(map(str, (i * i for i in range(4)))), list(filter(None, (i % 3 for i in range(6)))))

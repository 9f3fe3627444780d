a, *b = range(5)
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = [1, 2]
print(a, b, c)
a, *b, c = (1, 2, 3, 4, 5)
print(a, b, c)
[a, *b] = {10: 1}
print(a, b)
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
(a, *b), c = "xyz", 1
print(a, b, c)
*head, = "ab"
print(head)

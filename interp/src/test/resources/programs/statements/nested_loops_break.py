found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
pairs = []
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        if a + b > 4:
            break
        pairs.append((a, b))
print(pairs)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print(i, j)
    i += 1
for x in range(3):
    for y in range(3):
        pass
print(x, y)

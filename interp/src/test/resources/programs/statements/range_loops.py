print([i for i in range(10, 0, -2)])
for i in range(3, -4, -3):
    print(i, end=" ")
print()
acc = []
for i in range(0, 20, 7):
    acc.append(i)
print(acc)
for i in range(5, 5):
    print("never")
for i in range(-3, 0):
    print(i, end=",")
print()
n = 0
for _ in range(1000):
    n += 1
print(n)
r = range(100, 0, -25)
for idx, v in enumerate(r):
    print(idx, v)

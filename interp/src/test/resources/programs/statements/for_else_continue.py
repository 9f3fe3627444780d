for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(5):
    if i == 2:
        continue
    print("i =", i)
else:
    print("done i", i)
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print(total)
for ch in "abc":
    pass
print(ch)

def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
    return i
find([5, 3, 7], 7)
find([5, 3, 7], 8)
find([], 1)
n = 10
while n:
    n -= 3
    if n < 0:
        break
else:
    print("never printed for 10")
print(n)
n = 9
while n:
    n -= 3
else:
    print("clean exit", n)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)

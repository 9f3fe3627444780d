def parse(s):
    return int(s)
numbers = ["1", "2", "three"]
total = 0
for n in numbers:
    total += parse(n)
print(total)

parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "|".join(parts))
s = ""
for c in "abcde":
    s = c + s
print(s)
acc = ""
for i in range(1, 6):
    acc += f"{i}^2={i * i}; "
print(acc.rstrip("; "))
table = "\n".join([" ".join([f"{i * j:3}" for j in range(1, 5)]) for i in range(1, 5)])
print(table)
print("=" * 20)
print("ab" * 3 + "c" * 2)
print(str(123) + str(4.5) + str([6]) + str((7,)) + str({8}))

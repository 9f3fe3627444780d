values = [1, 2, 3
print(values)
total = (1 + 2))

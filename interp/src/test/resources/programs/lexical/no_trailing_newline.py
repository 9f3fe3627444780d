print("no trailing newline")
x = 5
print(x * 2)
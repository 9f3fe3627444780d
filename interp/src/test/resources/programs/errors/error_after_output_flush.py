import sys
for i in range(3):
    print("line", i)
sys.stdout.write("partial ")
print("to stderr first", file=sys.stderr)
result = [1, 2, 3].index(7)

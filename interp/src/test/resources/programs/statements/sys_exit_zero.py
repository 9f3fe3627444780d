import sys
print("before exit")
for i in range(5):
    if i == 2:
        sys.exit(0)
    print("loop", i)
print("never")

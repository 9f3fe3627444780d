name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year:", age + 1)
nums = list(map(int, input().split()))
print(sum(nums), max(nums))
line = input("prompt> ")
print(repr(line))
try:
    input()
except EOFError as e:
    print("EOFError:", repr(str(e)))

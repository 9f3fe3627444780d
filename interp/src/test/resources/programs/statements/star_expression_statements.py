def f(*args):
    return args
x = *range(3), 4
print(x)
y = [*"ab", *[1]],
print(y)
*a, = 1, 2
print(a)
print(*[1, 2], *(3,), sep=",")
nums = [1, 2, 3]
result = f(*nums, *nums[::-1])
print(result)
first, *_, last = "python"
print(first, last, _)
head, *tail = [1]
print(head, tail)

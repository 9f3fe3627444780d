print("raiser: before the error")


def divide(a, b):
    return a / b


RESULT = divide(1, 0)
print("raiser: never printed")

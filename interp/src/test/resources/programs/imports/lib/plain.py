"""A plain helper module for the import programs."""
print("plain: top level runs, __name__ =", __name__)

VALUE = 42
_hidden = "private"
counter = 0


def greet(who):
    return "hello, " + who


def bump():
    global counter
    counter += 1
    return counter


def explode(n):
    return 10 // n

# A generator pipeline: generator functions chained with yield from, generator expressions,
# and builtins consuming them (sum, max, sorted).
def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    yield from (x * x for x in source)


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window.pop(0)


def bench():
    total = 0
    for _ in range(20):
        total += sum(windows(squares(evens(numbers(20000))), 4))
    return total + max(x % 1000 for x in numbers(50000))


if __name__ == "__main__":
    print(bench())

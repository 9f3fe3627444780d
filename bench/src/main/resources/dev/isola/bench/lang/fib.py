# Recursive Fibonacci: calls, comparisons, small-int arithmetic.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bench():
    return fib(30)


if __name__ == "__main__":
    print(bench())

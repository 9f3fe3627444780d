# A loop summing i*i for 10 million i: the for/range loop, int multiply and add.
def bench():
    total = 0
    for i in range(10_000_000):
        total += i * i
    return total


if __name__ == "__main__":
    print(bench())

# Building a list of 1 million floats (a linear congruential sequence) and sorting it.
def bench():
    x = 12345
    data = []
    for _ in range(1_000_000):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x / 2147483648.0)
    data.sort()
    return data[0] + data[-1] + data[len(data) // 2]


if __name__ == "__main__":
    print(bench())

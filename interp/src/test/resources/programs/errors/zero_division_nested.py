def ratio(a, b):
    return a / b
def average_ratio(pairs):
    total = 0
    for a, b in pairs:
        total += ratio(a, b)
    return total / len(pairs)
def report(data):
    print("processing", len(data), "pairs")
    return average_ratio(data)
report([(1, 2), (3, 0)])

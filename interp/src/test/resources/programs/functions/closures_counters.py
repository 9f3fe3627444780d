def make_counter(start=0, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    return tick
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_acc()
acc(1)
print(acc(2))
def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in multipliers()])
def late_binding():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in late_binding()])

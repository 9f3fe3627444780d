def safe_sum(items):
    try:
        return sum(int(s) for s in items)
    except ValueError as e:
        return "error: " + str(e)
print(safe_sum(["1", "2", "3"]), safe_sum(["1", "x", "3"]))
g = (10 // x for x in [5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))
g2 = (i for i in range(2))
print(next(g2), next(g2), next(g2, "done"))
try:
    next(g2)
except StopIteration:
    print("StopIteration")
try:
    sum(x for x in 5)
except TypeError as e:
    print("TypeError:", e)

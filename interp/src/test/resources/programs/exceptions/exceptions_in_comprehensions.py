def parse_all(items):
    try:
        return [int(x) for x in items]
    except ValueError as e:
        return "failed: " + str(e)
print(parse_all(["1", "2"]), parse_all(["1", "two"]))
def safe(f, x):
    try:
        return f(x)
    except Exception as e:
        return type(e).__name__
print([safe(lambda v: 10 // v, v) for v in (5, 0, "a", 2)])
print({k: safe(lambda v: {"a": 1}[v], k) for k in "ab"})
try:
    {x: 1 / x for x in range(-2, 3)}
except ZeroDivisionError as e:
    print("ZeroDivisionError in dict comprehension:", e)
counter = [0]
def tick(x):
    counter[0] += 1
    if x == 3:
        raise StopIteration("explicit")
    return x
try:
    print([tick(x) for x in range(6)])
except StopIteration as e:
    print("StopIteration escaped comprehension:", e, counter[0])

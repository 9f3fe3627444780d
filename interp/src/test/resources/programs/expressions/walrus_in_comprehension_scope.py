def f(items):
    results = [m for x in items if (m := x % 4) != 0]
    return results, m
print(f([1, 4, 6, 8, 9]))
def g():
    total = 0
    [total := total + i for i in range(1, 5)]
    return total
print(g())
found = None
if any([(found := w).startswith("b") for w in ["apple", "banana", "cherry"]]):
    print("found", found)
data = {"a": 3, "b": 0}
if (v := data.get("a")) is not None and v > 1:
    print("a is", v)
if not (w := data.get("c")):
    print("c missing", w)
while (chunk := "abcdefg"[len(found):len(found) + 2]):
    print(chunk)
    found += chunk

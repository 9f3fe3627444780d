def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError), e)
def nested_list(depth):
    lst = []
    for _ in range(depth):
        lst = [lst]
    return lst
def measure(l):
    return 0 if not l else 1 + measure(l[0])
print(measure(nested_list(200)))
try:
    measure(nested_list(100000))
except RecursionError:
    print("too deep")
print("still running", recurse.__name__)

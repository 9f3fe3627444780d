def square(x):
    return x * x
def cube(x):
    return x ** 3
funcs = [square, cube, abs, str]
print([f(-3) for f in funcs])
table = {"sq": square, "cu": cube}
print(table["cu"](2), sorted(table))
alias = square
del square
print(alias(9), alias.__name__)
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, "hello"), apply(lambda: "none"))
print(isinstance(alias, object), callable(alias), callable(table))
pair = (min, max)
print([f([4, 1, 7]) for f in pair])
def pick(name):
    if name == "up":
        return str.upper
    return str.lower
print(pick("up")("MiXed"), pick("down")("MiXed"))

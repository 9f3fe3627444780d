import operator


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


# Binary number operations on several types, through the generic protocols.
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
             "and_", "or_", "xor"]:
    f = getattr(operator, name)
    attempt(name, f, 7, 3)
    attempt(name + " float", f, 7.5, 2)
    attempt(name + " bool", f, True, True)
    attempt(name + " big", f, 2 ** 70, 5)
    attempt(name + " str", f, "ab", 3)
    print(name, getattr(operator, "__" + name.rstrip("_") + "__") is f, f.__name__)

attempt("add lists", operator.add, [1], [2])
attempt("add tuple list", operator.add, (1,), [2])
attempt("mul seq", operator.mul, 3, "xy")
attempt("mod fmt", operator.mod, "%s-%d", ("a", 4))
attempt("div zero", operator.truediv, 1, 0)
attempt("floordiv zero", operator.floordiv, 1, 0)
attempt("matmul", operator.matmul, 1, 2)
attempt("sets", operator.or_, {1, 2}, {3})
attempt("sets and", operator.and_, {1, 2}, {2, 3})
attempt("sets sub", operator.sub, {1, 2}, {2, 3})
attempt("sets xor", operator.xor, {1, 2}, {2, 3})
attempt("dict or", operator.or_, {1: 2}, {3: 4})
attempt("pow neg", operator.pow, 2, -1)
attempt("pow 3 args", operator.pow, 2, 3, 4)
attempt("neg pow", operator.pow, -8, 2)
attempt("shift neg", operator.lshift, 1, -1)
attempt("float and", operator.and_, 1.5, 1)

# Unary operations.
for name in ["neg", "pos", "abs", "inv", "invert", "index", "not_", "truth"]:
    f = getattr(operator, name)
    for v in [5, -2.5, True, 0, "s", [], [0], None, 2 ** 65]:
        attempt(name + " " + repr(v), f, v)
print(operator.__inv__ is operator.inv, operator.__invert__ is operator.invert, operator.__index__ is operator.index)

# Argument errors.
attempt("add one", operator.add, 1)
attempt("add three", operator.add, 1, 2, 3)
attempt("neg none", operator.neg)
attempt("neg two", operator.neg, 1, 2)
try:
    operator.add(1, b=2)
except TypeError as e:
    print("kw", e)
try:
    operator.not_(a=1)
except TypeError as e:
    print("kw", e)

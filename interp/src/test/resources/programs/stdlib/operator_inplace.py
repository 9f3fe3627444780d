import operator


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


# In-place operations mutate mutable objects and return the result.
a = [1, 2]
b = operator.iadd(a, [3])
print(a, b, a is b)
b = operator.iadd(a, (4, 5))
print(a, b is a)
b = operator.imul(a, 2)
print(a, b is a)
s = {1, 2}
print(operator.ior(s, {3}) is s, s)
print(operator.iand(s, {1, 3}) is s, s)
print(operator.isub(s, {1}) is s, s)
print(operator.ixor(s, {4}) is s, s)
d = {1: 2}
print(operator.ior(d, {3: 4}) is d, d)
c = [1]
print(operator.iconcat(c, (2,)) is c, c)

# Immutable operands: a new object.
t = (1,)
u = operator.iadd(t, (2,))
print(t, u, t is u)
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift",
             "iand", "ior", "ixor", "imatmul"]:
    f = getattr(operator, name)
    attempt(name, f, 12, 5)
    attempt(name + " str", f, "x", 1.5)
    print(name, getattr(operator, "__" + name + "__") is f, f.__name__)
attempt("iconcat str", operator.iconcat, "ab", "cd")
attempt("iconcat int", operator.iconcat, 1, 2)
attempt("iconcat str int", operator.iconcat, "a", 1)
attempt("ipow", operator.ipow, [], [])


def power(x):
    x **= 2
    return x


attempt("**=", power, "s")
attempt("**= ok", power, 3)

# The co_* attributes of a function's code object that describe its
# signature and names.


def f(a, b=1, /, c=2, *rest, d, e=5, **kw):
    x = 1

    def inner(y):
        return x + y
    return inner


class K:
    def method(self, q):
        return q


for fn in (f, f(0, d=1), K.method, lambda: 0, lambda p, *, r: p):
    co = fn.__code__
    print(co.co_name, co.co_qualname, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount,
          co.co_kwonlyargcount, co.co_nlocals)
    print("  ", co.co_varnames, co.co_cellvars, co.co_freevars, co.co_filename.endswith("code_object_attributes.py"))
print(type(f.__code__).__name__, f.__code__.__class__ is type(f.__code__))
try:
    f.__code__.co_nothing
except AttributeError as e:
    print("AttributeError:", e)

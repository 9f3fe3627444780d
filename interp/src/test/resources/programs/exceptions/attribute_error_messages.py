objs = [5, "s", [1], {}, None, (1,), 1.5, b"x", True, range(3), len]
for o in objs:
    try:
        o.missing_attr
    except AttributeError as e:
        print(type(o).__name__, "->", e)
try:
    "abc".uper()
except AttributeError as e:
    print(e, e.args)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    [].append = None
except AttributeError as e:
    print(e)
print(getattr(5, "missing", "default"), hasattr("x", "upper"), hasattr("x", "nope"))

e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
saved = None
try:
    raise KeyError("keep")
except KeyError as err:
    saved = err
print("saved:", repr(saved))
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        result = type(exc).__name__
    return result, "exc" in locals()
print(f())

def show(e):
    print(type(e).__name__, e.args)
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("converted") from inner
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("plain")
except IndexError as e:
    show(e)
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    show(e)
    print("  cause args:", e.__cause__.args)

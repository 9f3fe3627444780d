def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise
def outer():
    try:
        middle()
    except ValueError as e:
        print("outer caught:", e)
        return e
e = outer()
print(type(e).__name__, e.args)
def reraise_named():
    try:
        raise KeyError("k")
    except KeyError as err:
        raise err
try:
    reraise_named()
except KeyError as e:
    print("caught", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested_handlers():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    nested_handlers()
except Exception as e:
    print("bare raise re-raised:", type(e).__name__, e)

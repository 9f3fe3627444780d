def handler_fails():
    try:
        raise ValueError("first")
    except ValueError as e:
        return 1 / 0
try:
    handler_fails()
except ZeroDivisionError as e:
    print("got", type(e).__name__, "context:", repr(e.__context__))
def finally_raises():
    try:
        raise KeyError("a")
    finally:
        raise IndexError("b")
try:
    finally_raises()
except IndexError as e:
    print("finally replaced:", repr(e), "context:", repr(e.__context__))
def cleanup_order():
    out = []
    try:
        try:
            raise ValueError("v")
        except ValueError:
            out.append("handler 1")
            raise TypeError("t")
        finally:
            out.append("inner finally")
    except TypeError as e:
        out.append("outer handler " + str(e))
    return out
print(cleanup_order())
def name_unbound_after_except():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return "err unbound: " + str(u)
print(name_unbound_after_except())

def attempt(thunk):
    try:
        thunk()
    except BaseException as e:
        print(type(e).__name__, e.args)
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("inst", 1)
def raise_non_exception():
    raise 42
def raise_class_not_exc():
    raise int
def raise_stored():
    err = KeyError("stored")
    raise err
attempt(raise_class)
attempt(raise_instance)
attempt(raise_non_exception)
attempt(raise_class_not_exc)
attempt(raise_stored)
def raise_from_non_exc():
    raise ValueError("x") from 5
attempt(raise_from_non_exc)
def raise_from_class():
    raise ValueError("y") from KeyError
try:
    raise_from_class()
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)

# Exception attributes set from Python: __cause__, __context__, __traceback__, __suppress_context__,
# args and custom attributes, with CPython's type checks.
e = ValueError(1)
e.__cause__ = KeyError(2); e.custom = 3
print(repr(e.__cause__), e.custom, e.__suppress_context__, e.__context__)
e.__traceback__ = None; e.args = [5, 6]; print(e.args, e)
for bad in (lambda: setattr(e, '__cause__', 5), lambda: setattr(e, '__traceback__', 1), lambda: delattr(e, 'nope')):
    try: bad()
    except (TypeError, AttributeError) as x: print(type(x).__name__, x)
class MyErr(Exception):
    pass
m = MyErr('m'); m.__cause__ = e; m.extra = 1; m.__suppress_context__ = False
print(repr(m.__cause__), m.extra, m.__suppress_context__)
try:
    try:
        raise KeyError('a')
    except KeyError as k:
        raise ValueError('b') from k
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)

def f():
    pass
def f(a, b):
    pass
def f(a, b=1, c=2):
    pass
def f(*args, **kwargs):
    pass
def f(a, *, b, c=1):
    pass
def f(a, b, /, c, *, d):
    pass
def f(a=1, /, b=2, *c, d, e=3, **f):
    pass
def f(a: int, b: str = 'x', *c: tuple, d: 'D', **e: dict) -> bool:
    pass
def f(a,): pass
def f(a, /,): pass

def outer(a, b=2, /, c=3, *args, d, **kw):
    def inner():
        nonlocal a
        return a
    return inner


class K(Base, metaclass=M):
    x: int = 0

def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    yield from y
    z = yield from w
    await_ = (yield)

# An uncaught throw() shows the caller's line and the generator's yield line.
def gen():
    x = 1
    yield x
    yield x + 1

g = gen()
next(g)
g.throw(ValueError("boom"))

# sys.exc_info() and sys.exception(), and a generator's own exception state.
import sys

print(sys.exc_info())
print(sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info())

def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[1]
        print("resumed, still handling", repr(sys.exc_info()[1]))
    print("after handler", sys.exc_info()[:2])
    yield "done"

g = gen()
print("yielded", repr(next(g)))
print("caller sees", sys.exc_info())
try:
    raise IndexError("caller")
except IndexError:
    print(next(g))
    print("caller still", repr(sys.exc_info()[1]))

def peek():
    yield repr(sys.exception())

try:
    raise OSError("outer")
except OSError:
    print(next(peek()))

def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2

g = yields_in_finally()
next(g)
print(g.throw(ValueError("x")))
print(sys.exc_info())

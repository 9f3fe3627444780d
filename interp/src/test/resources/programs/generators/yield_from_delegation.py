# throw() and close() delegate through yield from, as CPython's _gen_throw does.
def inner():
    try:
        yield "i1"
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i-recovered"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "o1"
    except ValueError as e:
        print("outer caught", repr(e))
        yield "o-recovered"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom and g.gi_yieldfrom.__name__)
print(g.throw(KeyError("k")))
print(next(g))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom and g.gi_yieldfrom.__name__)
g.close()
print("closed")

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()

g = outer()
next(g)
g.close()
print("closed while delegating")

class Sub:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *args):
        print("Sub.throw", [type(a).__name__ for a in args])
        raise StopIteration(99)
    def close(self):
        print("Sub.close")

def over_sub():
    r = yield from Sub()
    print("sub returned", r)
    yield "end"

g = over_sub()
print(next(g), next(g))
print(g.throw(IndexError("i")))
g = over_sub()
next(g)
g.close()

def over_iter():
    yield from iter([1, 2, 3])

g = over_iter()
next(g)
try:
    g.throw(LookupError("no throw method"))
except LookupError as e:
    print("raised at the yield from:", e)

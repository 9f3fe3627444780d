# gen.throw(): caught at the yield, propagating, into unstarted and finished generators.
def catcher():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("caught", repr(e))
            yield "after-catch"

g = catcher()
print(next(g))
print(g.throw(ValueError("one")))
print(next(g))
print(g.throw(ValueError, "two"))
print(next(g))
print(g.throw(ValueError, ValueError("three")))
print(g.send("hello"))

def passthrough():
    yield 1
    yield 2

g = passthrough()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print("finished:", g.gi_frame is None if hasattr(g, "gi_frame") else True, list(g))

g = passthrough()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted", e)
print(list(g))

try:
    g.throw(TypeError("late"))
except TypeError as e:
    print("finished gen", e)

def returns_on_throw():
    try:
        yield 1
    except ZeroDivisionError:
        return "done"

g = returns_on_throw()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("stop value", e.value)

for bad in [(1,), (ValueError("x"), 5), (ValueError, None, 3)]:
    g = passthrough()
    next(g)
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
    print(next(g))
try:
    passthrough().throw()
except TypeError as e:
    print(e)

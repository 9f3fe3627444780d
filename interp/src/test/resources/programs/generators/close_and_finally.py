# close(): GeneratorExit at the yield, finally and with blocks run, errors.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def gen():
    with Ctx("a"):
        try:
            yield 1
            yield 2
        finally:
            print("finally runs")

g = gen()
print(next(g))
print(g.close())
print(g.close())
print(list(g))

g = gen()
g.close()
print("unstarted close is quiet")

def catches_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print("saw", repr(e))
        raise

g = catches_exit()
next(g)
g.close()

def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    try:
        yield 2
    finally:
        print("second close is obeyed")

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended)
g.close()

def raises_other():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

g = raises_other()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

def returns_value():
    try:
        yield 1
    except GeneratorExit:
        return 5

g = returns_value()
next(g)
print(g.close())

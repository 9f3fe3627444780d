# Dropping the last reference to a suspended generator closes it: finally and with exits run.
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("with exit", exc[0] and exc[0].__name__)
        return False

def gen(tag):
    try:
        with Ctx():
            yield tag
            yield tag
    finally:
        print("finally", tag)

g = gen("a")
next(g)
del g
print("after del a")

def use():
    h = gen("b")
    next(h)
    print("leaving use")

use()
print("after use")

for x in gen("c"):
    print("loop", x)
    break
print("after break")

g = gen("d")
del g
print("unstarted: nothing")

g = gen("e")
list(g)
del g
print("finished: nothing")

g = gen("f")
next(g)
g = None
print("rebound")

keep = gen("at exit")
next(keep)
print("end of program")

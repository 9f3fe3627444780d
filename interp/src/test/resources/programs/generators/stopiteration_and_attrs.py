# return values, PEP 479, attributes, re-entry, send to an unstarted generator.
def ret():
    yield 1
    return [1, 2]

g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)

def none_ret():
    yield 1

g = none_ret()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("value", e.value, e.args)

def tuple_ret():
    yield
    return (1, 2)

g = tuple_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value", e.value)

def delegator():
    r = yield from ret()
    print("yield from got", r)

print(list(delegator()))

def leaks_stop():
    yield 1
    raise StopIteration("inner")

try:
    list(leaks_stop())
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)

def next_on_empty():
    yield next(iter([]))

try:
    next(next_on_empty())
except RuntimeError as e:
    print(e)

def attrs():
    print("inside running:", g.gi_running)
    yield 1

g = attrs()
print(g.__name__, g.__qualname__, g.gi_code.co_name if hasattr(g.gi_code, "co_name") else "attrs")
print(g.gi_running, g.gi_yieldfrom, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_suspended)
list(g)
print(g.gi_suspended)

class K:
    def method(self):
        yield self

print(K().method().__qualname__)

def reenter():
    yield me.send(None)

me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

g = none_ret()
try:
    g.send(3)
except TypeError as e:
    print("TypeError:", e)
print(next(g))

print(sum(x * x for x in range(5)), [y for y in (z + 1 for z in range(3))])
print({k: v for k, v in zip("ab", range(2))}, {c for c in "aab"})

def framed(a):
    b = a * 2
    yield b
    c = b + 1
    yield c

g = framed(5)
fr = g.gi_frame
print(type(fr).__name__, fr.f_lineno, fr.f_code is g.gi_code, fr.f_locals, fr.f_globals is globals())
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
list(g)
print(g.gi_frame)

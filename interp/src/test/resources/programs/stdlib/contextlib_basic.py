# contextlib: contextmanager (as context manager and decorator, exceptions thrown in), suppress,
# closing, nullcontext, ExitStack, redirect_stdout, and the generator protocol errors.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('b') as t:
    print('inside', t)

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print('caught', e)

with catching():
    raise ValueError('boom')
print('after')
try:
    with tag('x'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)

@tag('deco')
def decorated():
    print('in decorated')
decorated()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')

class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

log = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(log.append, i)
    stack.enter_context(tag('stacked'))
print(log)
buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))

@contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
@contextmanager
def empty():
    if False:
        yield
try:
    with empty():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
with ExitStack() as s:
    s.callback(print, 'cb with', 'args')
    s2 = s.pop_all()
print('popped')
s2.close()

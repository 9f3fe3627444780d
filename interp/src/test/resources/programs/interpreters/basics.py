# not-differential: concurrent.interpreters is CPython 3.14's (PEP 734); the machine's python3
# is 3.11. The expected output follows 3.14's documented behaviour.
from concurrent import interpreters

main = interpreters.get_main()
print(type(main).__name__, main.whence, main == interpreters.get_current(), repr(main) == f'Interpreter({main.id})')

interp = interpreters.create()
print(interp.id != main.id, interp.whence, interp.is_running(), interp in interpreters.list_all())
print(interpreters.Interpreter(interp.id) is interp)

# __main__ persists across exec calls, and is the interpreter's own
interp.exec("counter = 1")
interp.exec("counter += 41\nprint('in the other interpreter:', __name__, counter)")
counter = 'not touched'
print('here:', counter)

# prepare_main copies shareable values; anything else is refused
interp.prepare_main({'a': 1}, b=(2, 'three', 4.5, b'six', None, True, 2**70))
interp.exec("print(a, b, type(b).__name__)")
for bad in ([1], {'k': 1}, object(), (1, [2])):
    try:
        interp.prepare_main(x=bad)
    except interpreters.NotShareableError as e:
        print('NotShareableError:', e)
print([interpreters.is_shareable(v) for v in (1, 'x', b'y', 1.5, None, (1, 'a'), [], {}, len)])

# Uncaught exceptions come back as ExecutionFailed with the other side's description
try:
    interp.exec("def f():\n    raise KeyError('missing')\nf()")
except interpreters.ExecutionFailed as e:
    print(type(e).__name__, isinstance(e, interpreters.InterpreterError))
    print(e.excinfo.type.__name__, e.excinfo.msg, e.excinfo.formatted)
    print(str(e).splitlines()[:3])
interp.exec("print('still alive:', counter)")

# call() runs a function in the other interpreter and copies the result back
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def describe(x, y=10):
    return (x, y, __name__)

print(interp.call(fib, 20), interp.call(describe, 'x'), interp.call(describe, 1, 2))
try:
    interp.call(lambda: [1, 2])
except interpreters.NotShareableError as e:
    print('NotShareableError:', e)
except interpreters.ExecutionFailed as e:
    print('ExecutionFailed:', e.excinfo.type.__name__)

# Threads calling into different interpreters
others = [interpreters.create() for _ in range(3)]
threads = [o.call_in_thread(fib, 15) for o in others]
for t in threads:
    t.join()
print(len(interpreters.list_all()) >= 5)

# Isolation: modules, builtins and classes changed in one interpreter are unseen in another
interp.exec("import builtins\nbuiltins.shared_by_mistake = 1\nimport math\nmath.pi = 3")
others[0].exec("import builtins, math\nprint(hasattr(builtins, 'shared_by_mistake'), math.pi)")
import math
print(math.pi)

for o in others:
    o.close()
interp.close()
try:
    interp.exec("pass")
except interpreters.InterpreterNotFoundError as e:
    print('InterpreterNotFoundError:', str(e) == f'unrecognized interpreter ID {interp.id}')
print(interp in interpreters.list_all(), main in interpreters.list_all())

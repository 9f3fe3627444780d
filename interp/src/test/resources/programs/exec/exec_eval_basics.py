# exec and eval: default namespaces, explicit globals/locals, results, __builtins__.
x = 10
print(eval("x + 1"))
exec("y = x * 2")
print(y)
print(eval("  x - 1"))
print(eval(b"x * 3"))

g = {"a": 1}
exec("b = a + 1", g)
print(sorted(k for k in g if k != "__builtins__"), g["b"], "__builtins__" in g)
print(type(g["__builtins__"]).__name__)

g = {"a": 1}
loc = {}
exec("c = a + 5\ndef f():\n    return a\nd = f()", g, loc)
print(sorted(loc), loc["c"], loc["d"], "c" in g)

print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("[n * n for n in range(4)]", {}))

def func():
    local_v = 7
    print(eval("local_v + x"))
    exec("local_v = 100; new_name = 1")
    print(local_v)
    ns = {}
    exec("z = local_v", globals(), {"local_v": 3})
    exec("w = 5", None, ns)
    print(ns)

func()

code = compile("1 + 2", "<calc>", "eval")
print(type(code).__name__, eval(code))
code = compile("q = 4\nprint('exec code', q)", "prog.py", "exec")
print(exec(code))
print(q)
code = compile(b"r = 1", "f", "exec", 0, False, -1)
exec(code)
print(r)
single = compile("5 * 5", "<s>", "single")
exec(single)
exec(compile("def h(n):\n    return n + 1\n", "<def>", "exec"))
print(h(1))
print(eval("(lambda k: k * 2)(21)"))

class C:
    exec("attr = 3")
print(C.attr)

c = compile(source="kw = 1", filename="kw.py", mode="exec", dont_inherit=True, optimize=0)
ns = {}
exec(c, ns)
print(ns["kw"])

def gen():
    exec("print('exec in a generator', v)", {"v": 1})
    yield eval("2 + 2")
print(list(gen()))

import sys
def handler():
    try:
        raise KeyError(1)
    except KeyError:
        return eval("sys.exc_info()[0]")
print(handler())

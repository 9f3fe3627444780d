# Error cases of compile/exec/eval, SyntaxError fields, tracebacks through <string>.
for src in ["x = = 1", "def", "a b c"]:
    try:
        compile(src, "myfile.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)

try:
    eval("x = 1")
except SyntaxError as e:
    print("eval statement:", e.msg, e.filename, e.lineno)

try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print("IndentationError", e.msg, e.lineno)

calls = [
    lambda: exec("1", []),
    lambda: eval("1", []),
    lambda: exec(1),
    lambda: eval(1),
    lambda: compile("1", "f", "bad"),
    lambda: compile(1, "f", "exec"),
    lambda: eval(),
    lambda: exec("1", globals=None),
    lambda: exec("1", {}, {}, {}),
    lambda: exec(),
    lambda: compile("1", "f"),
    lambda: compile("1", "f", "exec", bogus=1),
    lambda: compile("1", "f", "exec", 0, 0, 0, 0),
    lambda: compile("1", "f", "exec", source="x"),
    lambda: compile("1", 5, "exec"),
]
for call in calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    exec("def f():\n    return 1 / 0\nf()")
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno, end=" ")
        tb = tb.tb_next
    print()

try:
    eval("undefined_name")
except NameError as e:
    print(e)

exec("raise ValueError('from exec')")

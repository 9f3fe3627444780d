x = "global"
def read():
    return x
def local():
    x = "local"
    return x
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
    return x
print(read(), local(), broken(), x)
def uses_builtin():
    return len("abc")
len_backup = len
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(uses_builtin(), shadow_builtin(), len("abc"))
def nested():
    y = "enclosing"
    def inner():
        return x, y
    return inner()
print(nested())

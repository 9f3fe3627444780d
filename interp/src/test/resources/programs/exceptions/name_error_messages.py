def use_undefined():
    return undefined_variable
try:
    use_undefined()
except NameError as e:
    print("NameError:", e, e.args)
try:
    print(lenn("abc"))
except NameError as e:
    print("NameError:", e)
def unbound():
    if False:
        local_var = 1
    return local_var
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("NameError (unexpected):", e)
def free_unbound():
    def inner():
        return captured
    r = inner
    try:
        return r()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    captured = 1
print(free_unbound())
try:
    del never_defined
except NameError as e:
    print("NameError:", e)

def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc(); inc()
print(get())
def three_levels():
    v = "L1"
    def mid():
        def inner():
            nonlocal v
            v = "set by inner"
        inner()
        return v
    r = mid()
    return r, v
print(three_levels())
def shadowing():
    x = "outer"
    def f():
        x = "local"
        return x
    f()
    return x
print(shadowing())

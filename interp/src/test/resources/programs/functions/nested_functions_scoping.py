def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3()
    return level2()
print(level1())
def outer(x):
    def middle(y):
        def inner(z):
            return x * 100 + y * 10 + z
        return inner
    return middle
print(outer(1)(2)(3))
def builder():
    fns = {}
    def reg(name, value):
        def getter():
            return f"{name}={value}"
        fns[name] = getter
    reg("a", 1)
    reg("b", 2)
    return fns
print([g() for g in builder().values()])
def late():
    def show():
        return v
    v = "assigned after def"
    return show()
print(late())

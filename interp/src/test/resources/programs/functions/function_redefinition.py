def f():
    return "first"
g = f
def f():
    return "second"
print(f(), g(), f is g)
def h(n):
    return "outer"
def wrapper():
    def h(n):
        return "inner " + str(n)
    return h(1)
print(wrapper(), h(1))
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([fn() for fn in funcs], funcs[0] is funcs[1])

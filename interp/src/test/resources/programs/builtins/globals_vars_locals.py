x_global = 10
print("x_global" in globals(), globals()["x_global"])
globals()["made_by_dict"] = 99
print(made_by_dict)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    return vars()
print(g())
print(vars() is globals())
print(globals().get("nope", "absent"), "__name__" in globals(), __name__)

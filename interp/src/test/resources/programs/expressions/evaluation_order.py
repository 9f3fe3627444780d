order = []
def t(name, val=None):
    order.append(name)
    return val if val is not None else name
def f(*args, **kw):
    return args, kw
f(t("a"), t("b"), k=t("c"), **{"z": t("d")})
print(order); order.clear()
x = t("L", 1) + t("R", 2) * t("RR", 3)
print(order, x); order.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(order); order.clear()
lst = [0, 0, 0]
lst[t("idx", 1)] = t("value", 9)
print(order, lst); order.clear()
a = t("left", 1) < t("mid", 2) < t("right", 3)
print(order); order.clear()
t("obj", [1, 2])[t("sub", 0)]
print(order); order.clear()
y = t("cond", 1) if t("test", True) else t("other", 2)
print(order); order.clear()
p, q = t("p"), t("q")
print(order)

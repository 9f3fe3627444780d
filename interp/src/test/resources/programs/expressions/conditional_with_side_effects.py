log = []
def v(name, val):
    log.append(name)
    return val
r = v("then", 1) if v("cond", False) else v("else", 2)
print(r, log); log.clear()
r = v("then", 1) if v("cond", True) else v("else", 2)
print(r, log); log.clear()
r = [v("a", 1), v("b", 0)][v("i", 1)] or v("fallback", 7)
print(r, log); log.clear()
r = v("x", 0) and v("never", 1) if v("c", 1) else v("no", 2)
print(r, log); log.clear()
r = all([v(i, i < 2) for i in range(5)])
print(r, log); log.clear()
r = any([v(i, i > 1) for i in range(5)])
print(r, log)

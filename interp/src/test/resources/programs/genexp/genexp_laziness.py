log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(i) for i in range(5))
print(log)
print(next(g), log)
print(next(g), log)
print(list(g), log)
print(list(g))
log.clear()
print(any(noisy(i) > 1 for i in range(10)), log)
log.clear()
print(all(noisy(i) < 2 for i in range(10)), log)
src = [1, 2, 3]
g2 = (x * 10 for x in src)
src.append(4)
print(list(g2))
src2 = [1, 2]
g3 = (x for x in src2)
src2 = [100]
print(list(g3))

log = []
class_like = {}
def key(name):
    log.append(name)
    return name
class_like[key("a")] = class_like[key("b")] = key("value")
print(class_like, log)
x = [0, 0]
i = 0
i = x[i] = 1
print(i, x)
a = b = []
a.append(1)
print(b)
y = z = 5
y += 1
print(y, z)
p = q = r = (1, 2)
print(p is q is r)
